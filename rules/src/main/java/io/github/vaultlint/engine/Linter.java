package io.github.vaultlint.engine;

import io.github.vaultlint.analysis.Analysis;
import io.github.vaultlint.cache.NoteCache;
import io.github.vaultlint.section.Sections;
import io.github.vaultlint.analysis.Insights;
import io.github.vaultlint.config.ConfigException;
import io.github.vaultlint.config.ConfigLoader;
import io.github.vaultlint.config.RuleLevel;
import io.github.vaultlint.config.VaultlintConfig;
import io.github.vaultlint.link.LinkResolver;
import io.github.vaultlint.parse.NoteParser;
import io.github.vaultlint.parse.NoteReader;
import io.github.vaultlint.rule.Finding;
import io.github.vaultlint.rule.Rule;
import io.github.vaultlint.rule.RuleContext;
import io.github.vaultlint.rule.RuleRegistry;
import io.github.vaultlint.rule.Severity;
import io.github.vaultlint.type.NoteTypes;
import io.github.vaultlint.vault.Note;
import io.github.vaultlint.vault.ObsidianSettings;
import io.github.vaultlint.vault.VaultFile;
import io.github.vaultlint.vault.VaultIndex;
import io.github.vaultlint.vault.VaultScanner;
import io.github.vaultlint.suppress.Suppressor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Function;

/**
 * The pipeline: load config, scan, parse every note once in parallel, build the index, run the
 * rules (per note in parallel, then vault-wide), and return sorted findings. Knows nothing of Maven.
 */
public final class Linter {
    private final RuleRegistry registry;

    public Linter(RuleRegistry registry) {
        this.registry = registry;
    }

    public Linter() {
        this(RuleRegistry.builtin());
    }

    public RuleRegistry registry() {
        return registry;
    }

    /**
     * Runs a full check.
     *
     * @throws ConfigException when the configuration is unusable (the only reason a run stops)
     * @throws IOException when the vault root itself cannot be read
     */
    public LintResult run(LintOptions options) throws ConfigException, IOException {
        Map<String, Long> timings = new LinkedHashMap<>();
        long t0 = System.nanoTime();
        Path root = options.vault().toAbsolutePath().normalize();
        if (!Files.isDirectory(root)) {
            throw new ConfigException("vault " + options.vault() + " is not a folder; set vaultlint.vault to the vault root");
        }
        VaultlintConfig config = new ConfigLoader(registry).load(options.effectiveConfig(), options.configRequired());
        NoteTypes types = NoteTypes.load(config, root); // schemas load (and fail) before any note is read
        ObsidianSettings obsidian = ObsidianSettings.load(root);

        // The note cache loads on its own thread while the vault is scanned.
        NoteCache cache = options.cacheDir() == null ? null
                : NoteCache.open(options.cacheDir(), NoteCache.key(config.maxFileSize()), options.log());
        VaultScanner.Result scan = new VaultScanner(p -> config.ignored(p) || obsidian.excludes(p)).scan(root);
        long t1 = System.nanoTime();
        timings.put("scan", (t1 - t0) / 1_000_000);

        int threads = options.threads() > 0 ? options.threads() : Runtime.getRuntime().availableProcessors();
        ForkJoinPool pool = new ForkJoinPool(Math.max(1, threads));
        try {
            List<Note> notes = parse(pool, scan, config, cache);
            long t2 = System.nanoTime();
            timings.put("parse", (t2 - t1) / 1_000_000);

            List<VaultIndex.VaultProblem> problems = new ArrayList<>();
            for (VaultScanner.ScanProblem p : scan.problems()) {
                problems.add(new VaultIndex.VaultProblem("unreadable-file", p.path(), 1, 1, p.message()));
            }
            if (obsidian.problem() != null) {
                problems.add(new VaultIndex.VaultProblem("obsidian-config", ObsidianSettings.APP_JSON,
                        obsidian.problemLine(), obsidian.problemColumn(), ObsidianSettings.APP_JSON + ": " + obsidian.problem()));
            }
            VaultIndex index = new VaultIndex(root, scan.files(), notes, scan.folders(), problems);
            LinkResolver resolver = new LinkResolver(index);

            Map<String, Object> memo = new ConcurrentHashMap<>();
            Suppressor.Result checked = runRules(pool, index, resolver, config, types, memo);
            resolver.forgetMemo(); // only the link rules need the resolutions; bounded memory for large vaults
            List<Finding> findings = checked.findings();
            long t3 = System.nanoTime();
            timings.put("rules", (t3 - t2) / 1_000_000);
            // The analyzer reads the section analysis the rules already computed (same memo), never re-parsing.
            RuleContext analysisCtx = new Context(ANALYSIS, index, resolver, config, types, new ConcurrentLinkedQueue<>(), memo);
            Insights insights = pool.submit(() -> Analysis.analyzer(types, note -> Sections.of(note, analysisCtx))
                    .analyze(index.notes())).get();
            long t4 = System.nanoTime();
            timings.put("analysis", (t4 - t3) / 1_000_000);
            if (cache != null) {
                cache.awaitSaved();
            }
            int linted = (int) notes.stream().filter(Note::linted).count();
            return new LintResult(options.vault().toString(), config, index, findings,
                    Summary.of(linted, scan.files().size(), findings), timings, checked.suppressed(), insights);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("vaultlint failed unexpectedly: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdown();
        }
    }

    /**
     * Reads and parses every note on the pool, from the cache where it has them. A method of its own
     * so the parser and its string pool are garbage once it returns, not held for the whole run.
     */
    private static List<Note> parse(ForkJoinPool pool, VaultScanner.Result scan, VaultlintConfig config, NoteCache cache)
            throws InterruptedException, ExecutionException {
        NoteReader reader = new NoteReader(new NoteParser(), config.maxFileSize());
        List<VaultFile> noteFiles = scan.files().stream().filter(VaultFile::isNote).toList();
        List<Note> notes = pool.submit(() -> noteFiles.parallelStream().map(f -> reader.read(f, cache)).toList()).get();
        if (cache != null) {
            cache.saveInBackground(); // overlaps the rules; joined before the result is returned
        }
        return notes;
    }

    private Suppressor.Result runRules(ForkJoinPool pool, VaultIndex index, LinkResolver resolver, VaultlintConfig config,
                                       NoteTypes types, Map<String, Object> memo)
            throws InterruptedException, ExecutionException {
        List<Active> active = new ArrayList<>();
        for (RuleRegistry.Entry e : registry.all()) {
            RuleLevel level = config.level(e.id());
            if (level == RuleLevel.OFF) {
                continue;
            }
            Severity sev = level == null ? e.info().severity() : level.severity();
            active.add(new Active(e.id(), sev, e.create()));
        }
        ConcurrentLinkedQueue<Finding> out = new ConcurrentLinkedQueue<>();
        List<Note> linted = index.notes().stream().filter(Note::linted).toList();
        pool.submit(() -> linted.parallelStream().forEach(note -> {
            for (Active a : active) {
                a.rule.checkNote(note, new Context(a, index, resolver, config, types, out, memo));
            }
        })).get();
        for (Active a : active) {
            a.rule.checkVault(new Context(a, index, resolver, config, types, out, memo));
        }
        List<Finding> findings = new ArrayList<>(out);
        findings.removeIf(f -> !isLinted(index, f.file()));
        findings.sort(Finding.ORDER);
        Suppressor suppressor = new Suppressor(registry.ids(), id -> {
            RuleLevel level = config.level(id);
            RuleRegistry.Entry e = registry.find(id);
            return level == null ? (e == null ? null : e.info().severity()) : level.severity();
        });
        return suppressor.apply(index, findings);
    }

    private static boolean isLinted(VaultIndex index, String path) {
        VaultFile f = index.file(path);
        return f == null || f.linted();
    }

    private record Active(String id, Severity severity, Rule rule) {
    }

    /** The analysis phase reads shared per-note results through a context; it reports nothing. */
    private static final Active ANALYSIS = new Active("analysis", Severity.INFO, new Rule() { });

    private record Context(Active active, VaultIndex vault, LinkResolver resolver, VaultlintConfig config,
                           NoteTypes types, ConcurrentLinkedQueue<Finding> out, Map<String, Object> memo) implements RuleContext {
        @Override
        @SuppressWarnings("unchecked")
        public <T> T memo(Note note, String key, Function<Note, T> compute) {
            // Notes are computed per path; one note is handled by one thread at a time.
            return (T) memo.computeIfAbsent(key + '\u0000' + note.path(), k -> compute.apply(note));
        }

        @Override
        public void report(Note note, int line, int column, int endLine, int endColumn, String message) {
            report(note.path(), line, column, endLine, endColumn, message);
        }

        @Override
        public void report(String file, int line, int column, int endLine, int endColumn, String message) {
            out.add(new Finding(active.id(), active.severity(), file, line, column, endLine, endColumn, message));
        }
    }
}
