package io.github.vaultlint.engine;

import io.github.vaultlint.analysis.Analysis;
import io.github.vaultlint.analysis.Analyzer;
import io.github.vaultlint.cache.ConfigHash;
import io.github.vaultlint.cache.ContentKey;
import io.github.vaultlint.cache.NoteCache;
import io.github.vaultlint.cache.ResultCache;
import io.github.vaultlint.section.Sections;
import io.github.vaultlint.analysis.Insights;
import io.github.vaultlint.config.ConfigException;
import io.github.vaultlint.config.ConfigLoader;
import io.github.vaultlint.config.VaultlintConfig;
import io.github.vaultlint.link.LinkResolver;
import io.github.vaultlint.parse.DiskReads;
import io.github.vaultlint.parse.NoteParser;
import io.github.vaultlint.parse.NoteReader;
import io.github.vaultlint.rule.Finding;
import io.github.vaultlint.rule.Rule;
import io.github.vaultlint.rule.RuleContext;
import io.github.vaultlint.rule.RuleRegistry;
import io.github.vaultlint.rule.Severity;
import io.github.vaultlint.scope.ConfigExplainer;
import io.github.vaultlint.scope.ConfigExplanation;
import io.github.vaultlint.scope.ConfigScopes;
import io.github.vaultlint.scope.RuleLevels;
import io.github.vaultlint.scope.Scope;
import io.github.vaultlint.type.NoteType;
import io.github.vaultlint.type.NoteTypes;
import io.github.vaultlint.vault.Note;
import io.github.vaultlint.vault.ObsidianSettings;
import io.github.vaultlint.vault.PropertyTypes;
import io.github.vaultlint.vault.VaultFile;
import io.github.vaultlint.vault.VaultIndex;
import io.github.vaultlint.vault.VaultScanner;
import io.github.vaultlint.report.HtmlReport;
import io.github.vaultlint.report.JsonReport;
import io.github.vaultlint.report.JunitReport;
import io.github.vaultlint.report.SarifReport;
import io.github.vaultlint.suppress.Suppressor;
import io.github.vaultlint.util.FileNames;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
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
        CacheWrites writes = new CacheWrites();
        try {
            return run(options, writes);
        } finally {
            writes.awaitQuietly();
        }
    }

    /**
     * Runs a full check and returns while the cache files may still be written, so that the caller's
     * own work (writing the reports) overlaps that: the caller must {@link CacheWrites#await()} them
     * before the JVM may exit. After a failure nothing is left behind.
     */
    public LintResult run(LintOptions options, CacheWrites writes) throws ConfigException, IOException {
        Map<String, Long> timings = new LinkedHashMap<>();
        long t0 = System.nanoTime();
        Path root = root(options);
        // What the configuration files held when the run started: results are only kept under a key
        // computed from the same bytes (an edit during the run must not be keyed as what it ran with).
        String rootFilesAtStart = options.cacheDir() == null ? null : ConfigHash.rootFiles(root, options.effectiveConfig());
        // The configuration loads (YAML parsing: about 100 ms in a fresh JVM) while the vault is
        // walked: the walk needs none of it, and exclusions are applied to its result afterwards.
        FutureTask<VaultlintConfig> configLoading = new FutureTask<>(
                () -> new ConfigLoader(registry).load(options.effectiveConfig(), options.configRequired(), root));
        Thread configThread = new Thread(configLoading, "vaultlint-config");
        configThread.setDaemon(true);
        configThread.start();
        // So does the per-note result file; it is used once the configuration's hash is known.
        ResultCache results = options.cacheDir() == null ? null : ResultCache.open(options.cacheDir(), options.log());
        // The next run trusts a file's size and time only if that time is well before this.
        Instant walkStarted = Instant.now();
        VaultScanner.Result walked = new VaultScanner(p -> false, ownFiles(root, options)).scan(root);
        VaultlintConfig config = Background.await(configLoading);
        ObsidianSettings obsidian = ObsidianSettings.load(root);
        // The note cache loads on its own thread while the notes are read. A vault too large for it in
        // this heap still gets the per-note results, keyed by the content hashes the cache computes.
        long markdownBytes = 0;
        for (VaultFile f : walked.files()) {
            if (f.isNote()) {
                markdownBytes += f.size();
            }
        }
        NoteCache cache = options.cacheDir() == null ? null
                : NoteCache.worthStoring(markdownBytes)
                ? NoteCache.open(options.cacheDir(), NoteCache.key(config.maxFileSize()), walkStarted, options.log())
                : NoteCache.keysOnly(options.cacheDir(), options.log());
        VaultScanner.Result scan = walked.excluding(p -> config.ignored(p) || obsidian.excludes(p));
        // Resolving the note types reads no schema; sub-folder configs are dot files the scan skips,
        // so one is looked for in every folder it found.
        NoteTypes types = NoteTypes.resolve(config, root);
        ConfigScopes scopes = ConfigScopes.load(registry, config, types, root, scan.folders());
        Reuse reuse = Reuse.NONE;
        String configHash = null;
        boolean schemasCompiledBefore = false;
        if (results != null) {
            configHash = ConfigHash.of(registry, root, options.effectiveConfig(), scan.folders(), types.schemaFiles());
            if (rootFilesAtStart.equals(ConfigHash.rootFiles(root, options.effectiveConfig()))) {
                bind(results, ResultCache.key(NoteCache.key(config.maxFileSize()), configHash));
                reuse = new Reuse(cache, results, null);
                schemasCompiledBefore = results.matched();
            } else {
                log(options, "vaultlint: the configuration changed while the run started; per-note results are neither used nor kept");
                results = null;
            }
        }
        // Compiling the schemas costs a few hundred ms of class loading in a fresh JVM: it happens on
        // a thread of its own while the notes are read, and a note validated before that is done
        // compiles its schema on demand. When every schema compiled in an earlier run under this very
        // configuration (the result cache matched), only those that changed notes need are compiled.
        AtomicBoolean compiling = new AtomicBoolean();
        Runnable compileSchemas = () -> {
            if (compiling.compareAndSet(false, true)) {
                compileInBackground(scopes);
            }
        };
        if (!schemasCompiledBefore) {
            compileSchemas.run();
        }
        long t1 = System.nanoTime();
        timings.put("scan", (t1 - t0) / 1_000_000);

        int threads = options.threads() > 0 ? options.threads() : Runtime.getRuntime().availableProcessors();
        ForkJoinPool pool = new ForkJoinPool(Math.max(1, threads));
        boolean succeeded = false;
        try {
            // A note parsed afresh (new or changed) is validated: its schema starts compiling then.
            List<Note> notes = parse(pool, threads, options.threads() <= 0, scan, config, cache, compileSchemas, line -> log(options, line));
            long t2 = System.nanoTime();
            timings.put("parse", (t2 - t1) / 1_000_000);

            List<VaultIndex.VaultProblem> problems = new ArrayList<>();
            for (VaultScanner.ScanProblem p : scan.problems()) {
                // An ignored path is not linted, so what the walk found wrong with it is not reported either
                // (a symbolic link to a shared folder outside the vault, ignored on purpose).
                if (!ignored(p.path(), config, obsidian)) {
                    problems.add(new VaultIndex.VaultProblem(p.ruleId(), p.path(), 1, 1, p.message()));
                }
            }
            if (config.source() != null) {
                String shown = ConfigLoader.shown(config.source(), root).toString().replace('\\', '/');
                problems.addAll(UnusedIgnores.of(config, shown, walked));
            }
            for (ObsidianSettings.Issue p : obsidian.problems()) {
                problems.add(new VaultIndex.VaultProblem("obsidian-config", p.file(), p.line(), p.column(), p.file() + ": " + p.message()));
            }
            PropertyTypes propertyTypes = PropertyTypes.load(root);
            if (propertyTypes.problem() != null) {
                problems.add(new VaultIndex.VaultProblem("obsidian-config", PropertyTypes.TYPES_JSON, propertyTypes.problemLine(),
                        propertyTypes.problemColumn(), PropertyTypes.TYPES_JSON + ": " + propertyTypes.problem()));
            }
            VaultIndex index = new VaultIndex(root, scan.files(), notes, scan.folders(), problems, propertyTypes);
            LinkResolver resolver = new LinkResolver(index, reuse != Reuse.NONE, obsidian.newLinkFormat());
            if (reuse != Reuse.NONE) {
                // Link findings are replayed only under the same names (paths, folders, aliases).
                ContentKey.Builder names = new ContentKey.Builder();
                resolver.names(names::add);
                reuse = reuse.under(names.key());
            }

            Map<MemoKey, Object> memo = new ConcurrentHashMap<>();
            RuleLevels levels = new RuleLevels(scopes, index::note);
            Suppressor.Result checked = runRules(pool, index, resolver, levels, memo, reuse);
            resolver.forgetMemo(); // only the link rules need the resolutions; bounded memory for large vaults
            List<Finding> findings = checked.findings();
            long t3 = System.nanoTime();
            timings.put("rules", (t3 - t2) / 1_000_000);
            // The analyzer reads the section analysis the rules already computed (same memo), never re-parsing.
            Shared shared = new Shared(index, resolver, levels, new ConcurrentLinkedQueue<>(), memo);
            Analyzer.Reuse analysisReuse = reuse.analysis();
            Insights insights = pool.submit(() -> Analysis.analyzer(config, note -> scopes.scopeOf(note.path()).types().typeOf(note),
                    note -> Sections.of(note, shared.context(ANALYSIS, note))).analyze(index.notes(), analysisReuse)).get();
            // A schema that does not compile stops the run here, before any result is kept.
            compile(scopes.root().types(), schemasCompiledBefore);
            for (Scope folder : scopes.folders()) {
                compile(folder.types(), schemasCompiledBefore);
            }
            if (results != null) {
                // Kept only if no configuration file changed during the run (sub-folder configs and
                // schemas are read after the start; this catches an edit after the key was taken).
                if (configHash.equals(ConfigHash.of(registry, root, options.effectiveConfig(), scan.folders(), types.schemaFiles()))) {
                    results.saveInBackground();
                } else {
                    log(options, "vaultlint: the configuration changed during the run; per-note results are not kept");
                    results = null;
                }
            }
            long t4 = System.nanoTime();
            timings.put("analysis", (t4 - t3) / 1_000_000);
            writes.add(cache, results);
            succeeded = true;
            int linted = (int) notes.stream().filter(Note::linted).count();
            return new LintResult(options.vault().toString(), config, index, findings,
                    Summary.of(linted, scan.files().size(), findings), timings, checked.suppressed(), insights, scopes,
                    checked.silenced());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("vaultlint failed unexpectedly: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdown();
            if (!succeeded) {
                // A run that failed part-way leaves no cache writer behind it (the build may clean target/ next).
                CacheWrites failed = new CacheWrites();
                failed.add(cache, results);
                failed.awaitQuietly();
            }
        }
    }

    /** The path, or a folder's contents (a glob such as {@code Shared/**} names what is below it), are ignored. */
    private static boolean ignored(String path, VaultlintConfig config, ObsidianSettings obsidian) {
        return config.ignored(path) || config.ignored(path + "/") || obsidian.excludes(path) || obsidian.excludes(path + "/");
    }

    private static void bind(ResultCache results, String key) throws IOException {
        try {
            results.bind(key);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    /** Compiles every schema of {@code scopes} on a daemon thread; failures are reported by the run's own compile. */
    private static void compileInBackground(ConfigScopes scopes) {
        Thread t = new Thread(() -> {
            try {
                scopes.root().types().compileAll();
                for (Scope folder : scopes.folders()) {
                    folder.types().compileAll();
                }
            } catch (ConfigException | RuntimeException e) {
                // reported by the run's own compileAll()
            }
        }, "vaultlint-types");
        t.setDaemon(true);
        t.start();
    }

    /** All of {@code types}' schemas, or only those that failed on demand when an earlier run compiled them all. */
    private static void compile(NoteTypes types, boolean compiledBefore) throws ConfigException {
        if (compiledBefore) {
            types.compileTried();
        } else {
            types.compileAll();
        }
    }

    /**
     * Explains the effective configuration of one note: the config files that apply to it (root, then
     * the sub-folder chain), its note type and why, its section templates and schema, and every rule's
     * level with what set it. Reads only that note and the configs on its path.
     *
     * @param notePath the note, relative to the vault (an absolute path inside the vault works too;
     *                 ".md" may be left out)
     * @throws ConfigException when the configuration is unusable or the note is not in the vault
     */
    public ConfigExplanation explain(LintOptions options, String notePath) throws ConfigException, IOException {
        Path root = root(options);
        VaultlintConfig config = new ConfigLoader(registry).load(options.effectiveConfig(), options.configRequired(), root);
        NoteTypes types = NoteTypes.load(config, root);
        String rel = NotePaths.resolve(root, notePath);
        List<String> ancestors = new ArrayList<>();
        for (int i = rel.indexOf('/'); i >= 0; i = rel.indexOf('/', i + 1)) {
            ancestors.add(rel.substring(0, i));
        }
        ConfigScopes scopes = ConfigScopes.load(registry, config, types, root, ancestors);
        String ignored = NotePaths.ignoredBy(rel, config, ObsidianSettings.load(root));
        Path file = FileNames.resolve(root, rel);
        Note note = new NoteReader(new NoteParser(), config.maxFileSize())
                .read(new VaultFile(rel, file, Files.size(file), ignored == null));
        return ConfigExplainer.explain(scopes, note, ignored);
    }

    private static void log(LintOptions options, String line) {
        if (options.log() != null) {
            options.log().accept(line);
        }
    }

    private static Path root(LintOptions options) throws ConfigException {
        Path root = options.vault().toAbsolutePath().normalize();
        if (!Files.isDirectory(root)) {
            throw new ConfigException("vault " + options.vault() + (Files.exists(root) ? " is not a folder" : " does not exist")
                    + "; set vaultlint.vault to the vault root");
        }
        return root;
    }

    /**
     * The vault-relative paths of what this check writes, when it writes inside the vault (reports to
     * {@code <vault>/reports}): the report files and the cache folder. The walk skips them, or each run
     * would count the last one's reports and cache as attachments (and a link could resolve to them).
     * Only vaultlint's own files: notes in a folder the reports share are still linted.
     */
    static Set<String> ownFiles(Path root, LintOptions options) {
        Set<String> own = new HashSet<>();
        String out = inside(root, options.outputDir());
        if (out != null) {
            for (String file : List.of(JsonReport.FILE, HtmlReport.FILE, SarifReport.FILE, JunitReport.FILE)) {
                own.add(out.isEmpty() ? file : out + "/" + file);
            }
        }
        String cache = inside(root, options.cacheDir());
        if (cache != null && !cache.isEmpty()) {
            own.add(cache);
        }
        return own;
    }

    /** {@code path} relative to the vault root with '/' ("" for the root itself), or null when it is outside. */
    private static String inside(Path root, Path path) {
        if (path == null) {
            return null;
        }
        Path p = path.toAbsolutePath().normalize();
        Path rel = null;
        if (p.startsWith(root)) {
            rel = root.relativize(p);
        } else {
            // The vault named through a symbolic link and the output through its real path, or the reverse.
            try {
                Path realRoot = root.toRealPath();
                Path realP = Files.exists(p) ? p.toRealPath() : p;
                rel = realP.startsWith(realRoot) ? realRoot.relativize(realP) : null;
            } catch (IOException | SecurityException e) {
                return null;
            }
        }
        return rel == null ? null : rel.toString().replace('\\', '/');
    }

    /** Threads per core added to read (and parse) notes when reads turn out to wait on the disk. */
    private static final int DISK_READERS_PER_CORE = 3;

    /**
     * Reads and parses every note on the pool, from the cache where it has them; {@code onParsed} runs
     * after a note was parsed afresh. When the first reads show the files come from the disk, not the
     * page cache ({@link DiskReads}), more threads join in: a thread waiting on the disk leaves its
     * core idle. A method of its own so the parser and its string pool are garbage once it returns,
     * not held for the whole run.
     */
    private static List<Note> parse(ForkJoinPool pool, int threads, boolean autoThreads, VaultScanner.Result scan, VaultlintConfig config,
                                    NoteCache cache, Runnable onParsed, Consumer<String> log)
            throws InterruptedException, ExecutionException {
        NoteReader reader = new NoteReader(new NoteParser(), config.maxFileSize());
        List<VaultFile> noteFiles = scan.files().stream().filter(VaultFile::isNote).toList();
        Note[] notes = new Note[noteFiles.size()];
        AtomicInteger next = new AtomicInteger();
        List<Thread> extra = Collections.synchronizedList(new ArrayList<>());
        AtomicReference<Throwable> failed = new AtomicReference<>();
        DiskReads[] disk = new DiskReads[1];
        Runnable work = () -> {
            for (int i = next.getAndIncrement(); i < notes.length; i = next.getAndIncrement()) {
                notes[i] = reader.read(noteFiles.get(i), cache, disk[0]);
                if (cache == null || cache.parsed() > 0) {
                    onParsed.run();
                }
            }
        };
        // Only with the thread count left to the engine: a count the user set is kept.
        disk[0] = !autoThreads ? null : new DiskReads(median -> {
            log.accept("vaultlint: notes are read from the disk, not the page cache (median read " + median / 1000
                    + " us); " + DISK_READERS_PER_CORE * threads + " more threads read them");
            for (int t = 0; t < DISK_READERS_PER_CORE * threads; t++) {
                Thread reading = new Thread(() -> {
                    try {
                        work.run();
                    } catch (Throwable e) { // rethrown by the run, as a pool task's would be
                        failed.compareAndSet(null, e);
                    }
                }, "vaultlint-read-" + t);
                reading.setDaemon(true);
                extra.add(reading);
                reading.start();
            }
        });
        List<ForkJoinTask<?>> tasks = new ArrayList<>(threads);
        for (int t = 0; t < threads; t++) {
            tasks.add(pool.submit(work));
        }
        try {
            for (ForkJoinTask<?> task : tasks) {
                task.get();
            }
        } finally {
            // After a failure too, no reader takes another note (after success every note is taken).
            next.set(notes.length);
            // Started by a pool task before it finished: all here. Each finishes the note it has taken.
            synchronized (extra) {
                for (Thread t : extra) {
                    t.join();
                }
            }
        }
        if (failed.get() != null) {
            throw new ExecutionException(failed.get());
        }
        if (cache != null) {
            cache.saveInBackground(); // overlaps the rules; joined before the result is returned
        }
        return List.of(notes);
    }

    private Suppressor.Result runRules(ForkJoinPool pool, VaultIndex index, LinkResolver resolver, RuleLevels levels,
                                       Map<MemoKey, Object> memo, Reuse reuse) throws InterruptedException, ExecutionException {
        ConfigScopes scopes = levels.scopes();
        List<Active> active = new ArrayList<>();
        for (RuleRegistry.Entry e : registry.all()) {
            // A rule off at the root may be on in a sub-folder or for a note type: it runs, and each
            // note (and each finding of a vault-wide rule) gets its own level.
            if (scopes.enabledAnywhere(e.id())) {
                active.add(new Active(e.id(), e.create(), e.info().local(), e.info().links()));
            }
        }
        ConcurrentLinkedQueue<Finding> out = new ConcurrentLinkedQueue<>();
        Shared shared = new Shared(index, resolver, levels, out, memo);
        List<Note> linted = index.notes().stream().filter(Note::linted).toList();
        pool.submit(() -> linted.parallelStream().forEach(note -> {
            ContentKey content = reuse.contentKey(note);
            ResultCache.Entry cached = reuse.findings(note, content);
            // Its link findings hold while no name in the vault and no note its links looked into changed.
            List<Finding> cachedLinks = cached == null ? null : reuse.links(note, content);
            Scope scope = scopes.scopeOf(note.path());
            NoteType type = levels.typeOf(scope, note);
            // A note with cached results runs only the other rules; its cached findings are replayed.
            List<Finding> local = cached != null ? null : new ArrayList<>();
            List<Finding> links = cachedLinks != null || !reuse.keepsLinks() ? null : new ArrayList<>();
            if (cached != null) {
                out.addAll(cached.findings());
            }
            if (cachedLinks != null) {
                out.addAll(cachedLinks);
            }
            boolean resolved = false;
            for (Active a : active) {
                if (a.local() && cached != null || a.links() && cachedLinks != null) {
                    continue;
                }
                Severity sev = levels.severity(a.id(), scope, type);
                if (sev != null) {
                    resolved |= a.links();
                    a.rule.checkNote(note, new Context(a, note.path(), sev, scope, shared, a.local() ? local : a.links() ? links : null));
                }
            }
            if (local != null) {
                reuse.computed(note, content, local);
            }
            if (links != null) {
                reuse.computedLinks(note, content, resolved ? resolver.consulted(note) : Set.of(), links);
            }
        })).get();
        for (Active a : active) {
            a.rule.checkVault(new Context(a, null, null, scopes.root(), shared, null));
        }
        List<Finding> findings = new ArrayList<>(out);
        findings.removeIf(f -> !isLinted(index, f.file()));
        findings.sort(Finding.ORDER);
        return new Suppressor(registry.ids(), levels::severity).apply(index, findings);
    }

    private static boolean isLinted(VaultIndex index, String path) {
        VaultFile f = index.file(path);
        return f == null || f.linted();
    }

    /** An enabled rule; {@code local} and {@code links} as its {@code RuleInfo} declares. */
    private record Active(String id, Rule rule, boolean local, boolean links) {
    }

    /** The analysis phase reads shared per-note results through a context; it reports nothing. */
    private static final Active ANALYSIS = new Active("analysis", new Rule() { }, false, false);

    /**
     * What this run may reuse from the result cache, and where its fresh per-note results go. With
     * the cache off ({@link #NONE}) every note is computed and nothing is kept. {@code names} is the
     * key of the vault's names, which link findings are kept under (null until the index is built).
     */
    private record Reuse(NoteCache notes, ResultCache results, ContentKey names) {
        static final Reuse NONE = new Reuse(null, null, null);

        Reuse under(ContentKey names) {
            return new Reuse(notes, results, names);
        }

        boolean keepsLinks() {
            return results != null && names != null;
        }

        List<Finding> links(Note note, ContentKey content) {
            return !keepsLinks() ? null : results.reuseLinks(note.path(), content, names, notes::keyOf);
        }

        /** Keeps the link findings unless a note they read has no content key (its bytes unknown). */
        void computedLinks(Note note, ContentKey content, Set<String> consulted, List<Finding> findings) {
            if (!keepsLinks() || content == null || !content.equals(contentKey(note))) {
                return;
            }
            Map<String, ContentKey> keys = new HashMap<>();
            for (String path : consulted) {
                ContentKey k = notes.keyOf(path);
                if (k == null) {
                    return;
                }
                keys.put(path, k);
            }
            results.links(note.path(), content, new ResultCache.Links(names, keys, findings));
        }

        ContentKey contentKey(Note note) {
            return notes == null ? null : notes.keyOf(note.path());
        }

        ResultCache.Entry findings(Note note, ContentKey content) {
            return results == null ? null : results.reuse(note.path(), content);
        }

        void computed(Note note, ContentKey content, List<Finding> local) {
            if (results != null) {
                // A cached note whose body, read again for the rules, no longer matched its key is not kept.
                results.findings(note.path(), content != null && content.equals(contentKey(note)) ? content : null, local);
            }
        }

        Analyzer.Reuse analysis() {
            return new Analyzer.Reuse() {
                @Override
                public Analyzer.PerNote cached(Note note) {
                    ResultCache.Entry e = results == null ? null : results.reused(note.path());
                    return e == null ? null : e.analysis();
                }

                @Override
                public void computed(Note note, Analyzer.PerNote result) {
                    if (results != null) {
                        results.analysis(note.path(), result);
                    }
                }
            };
        }
    }

    /** What every context of a run shares. */
    /** A memoised value's key: what it is and for which note. Not a record: its equals would go through a method handle. */
    static final class MemoKey {
        private final String key;
        private final String path;
        private final int hash;

        MemoKey(String key, String path) {
            this.key = key;
            this.path = path;
            this.hash = 31 * key.hashCode() + path.hashCode();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof MemoKey m && m.hash == hash && m.key.equals(key) && m.path.equals(path);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }

    private record Shared(VaultIndex vault, LinkResolver resolver, RuleLevels levels, ConcurrentLinkedQueue<Finding> out,
                          Map<MemoKey, Object> memo) {
        Context context(Active active, Note note) {
            return new Context(active, note.path(), Severity.INFO, levels.scopes().scopeOf(note.path()), this, null);
        }
    }

    /**
     * A rule's view while it checks one note ({@code notePath} with its severity there) or the whole
     * vault ({@code notePath} null). Config and note types are those of {@code scope}. A finding on
     * any other file gets that file's level, and is dropped where the rule is off. A local or links
     * rule's findings also go to {@code kept}, for the result cache; such a rule may not look at the vault.
     */
    private record Context(Active active, String notePath, Severity noteSeverity, Scope scope, Shared shared,
                           List<Finding> kept) implements RuleContext {
        @Override
        public VaultIndex vault() {
            requireCrossNote("vault()", active.local() || active.links());
            return shared.vault();
        }

        @Override
        public LinkResolver resolver() {
            requireCrossNote("resolver()", active.local());
            return shared.resolver();
        }

        /** A rule declared local (or links) whose findings read other notes would be served stale from the cache. */
        private void requireCrossNote(String what, boolean refused) {
            if (refused && notePath != null) { // checkVault always runs, and may read the vault
                throw new IllegalStateException("rule " + active.id() + " is declared " + declared() + " but calls " + what
                        + "; its findings may depend on other notes, so drop " + flag());
            }
        }

        private String flag() {
            return active.local() ? "local = true" : "links = true";
        }

        private String declared() {
            return (active.local() ? "local" : "links") + " (@RuleInfo(" + flag() + "))";
        }

        @Override
        public VaultlintConfig config() {
            return scope.config();
        }

        @Override
        public NoteTypes types() {
            return scope.types();
        }

        @Override
        public boolean enabled(String ruleId, Note note) {
            return shared.levels().severity(ruleId, note.path()) != null;
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> T memo(Note note, String key, Function<Note, T> compute) {
            // Notes are computed per path; one note is handled by one thread at a time, so a get and a
            // put do (no key string and no capturing lambda per call, which C1 code pays for).
            MemoKey k = new MemoKey(key, note.path());
            Object v = shared.memo().get(k);
            if (v == null) {
                v = compute.apply(note);
                Object raced = v == null ? null : shared.memo().putIfAbsent(k, v); // null is not kept, as computeIfAbsent
                if (raced != null) {
                    v = raced;
                }
            }
            return (T) v;
        }

        @Override
        public void report(Note note, int line, int column, int endLine, int endColumn, String message) {
            report(note.path(), line, column, endLine, endColumn, message);
        }

        @Override
        public void report(String file, int line, int column, int endLine, int endColumn, String message) {
            if ((active.local() || active.links()) && notePath != null && !file.equals(notePath)) {
                throw new IllegalStateException("rule " + active.id() + " is declared " + declared() + " but reports on " + file
                        + " while checking " + notePath + "; drop " + flag());
            }
            Severity sev = file.equals(notePath) ? noteSeverity : shared.levels().severity(active.id(), file);
            if (sev != null) {
                Finding f = new Finding(active.id(), sev, file, line, column, endLine, endColumn, message);
                shared.out().add(f);
                if (kept != null) {
                    kept.add(f);
                }
            }
        }
    }
}
