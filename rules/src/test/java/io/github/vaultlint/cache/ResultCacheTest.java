package io.github.vaultlint.cache;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.vaultlint.engine.Check;
import io.github.vaultlint.engine.Format;
import io.github.vaultlint.engine.LintOptions;
import io.github.vaultlint.engine.LintResult;
import io.github.vaultlint.engine.Linter;
import io.github.vaultlint.rule.Rule;
import io.github.vaultlint.rule.RuleContext;
import io.github.vaultlint.rule.RuleInfo;
import io.github.vaultlint.rule.RuleRegistry;
import io.github.vaultlint.rule.Severity;
import io.github.vaultlint.vault.Note;
import org.junit.jupiter.api.BeforeEach;
import io.github.vaultlint.testutil.VaultFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The result cache through whole runs: a warm run reports exactly what a run without any cache
 * reports (findings and insights), only changed notes run the local rules, cross-note results are
 * never stale, any configuration change starts afresh, and a damaged file is ignored.
 */
class ResultCacheTest {
    private static final Pattern STATS = Pattern.compile("results reused for (\\d+) of (\\d+) notes, (\\d+) computed");

    @TempDir
    Path vault;
    @TempDir
    Path out;

    /** Cache writers log from their own threads. */
    private final List<String> log = java.util.Collections.synchronizedList(new ArrayList<>());

    /** Paths the counting rule checked, across the runs of a test. */
    static final Set<String> CHECKED = ConcurrentHashMap.newKeySet();

    /** A local test rule that records which notes it checked and reports notes containing "COUNT". */
    @RuleInfo(id = "test-counter", severity = Severity.INFO, summary = "test", description = "test", local = true)
    public static final class CountingRule implements Rule {
        @Override
        public void checkNote(Note note, RuleContext ctx) {
            CHECKED.add(note.path());
            if (note.blocks().stream().anyMatch(b -> b.text().contains("COUNT"))) {
                ctx.report(note, 1, 1, "counted " + note.path());
            }
        }
    }

    /** Claims to be local but reads other notes: the engine must refuse it. */
    @RuleInfo(id = "test-liar", severity = Severity.INFO, summary = "test", description = "test", local = true)
    public static final class LyingRule implements Rule {
        @Override
        public void checkNote(Note note, RuleContext ctx) {
            ctx.resolver().resolutions(note);
        }
    }

    /** Where the config-editing rule writes, and what. */
    static volatile Path editConfig;
    static volatile String editTo;

    /** Edits the vault's configuration while the run is on, as a user saving the file would. */
    @RuleInfo(id = "test-config-editor", severity = Severity.INFO, summary = "test", description = "test")
    public static final class ConfigEditingRule implements Rule {
        @Override
        public void checkVault(RuleContext ctx) {
            try {
                Files.writeString(editConfig, editTo);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }

    @BeforeEach
    void reset() {
        CHECKED.clear();
    }

    private static RuleRegistry registryWith(Class<? extends Rule> extra) {
        List<Class<? extends Rule>> types = new ArrayList<>();
        RuleRegistry.builtin().all().forEach(e -> types.add(e.type()));
        types.add(extra);
        return new RuleRegistry(types);
    }

    private LintResult run(RuleRegistry registry) throws Exception {
        log.clear();
        return new Linter(registry).run(LintOptions.of(vault).withCache(out.resolve("cache")).withLog(log::add));
    }

    private LintResult run() throws Exception {
        return run(RuleRegistry.builtin());
    }

    private LintResult uncached() throws Exception {
        return new Linter().run(LintOptions.of(vault));
    }

    /** {reused, total, computed} from the result cache's log line. */
    private int[] stats() {
        for (String l : log) {
            Matcher m = STATS.matcher(l);
            if (m.find()) {
                return new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))};
            }
        }
        throw new AssertionError("no result cache line in " + log);
    }

    private static List<String> brief(LintResult r) {
        return VaultFiles.brief(r);
    }

    private void write(String path, String text) throws Exception {
        VaultFiles.write(vault, path, text);
    }

    private void small() throws Exception {
        write("Topics/Kafka.md", "# Kafka\n\nPartitions.\n");
        write("Topics/Kubernetes.md", "# Kubernetes\n\n## Scheduling\n\nPods wait. COUNT\n");
        write("Debrief.md", "# Debrief\n\nSee [[Kubernetes#Scheduling]] and [[Kafka]].\n\n##\n");
        write("Sub/Other.md", "# Other\n\nAlso [[Kafka]].\n\n##\n");
    }

    /** A copy of the repository's sample vault: debriefs, stories, topics, a config with ignores. */
    private void sampleVault() throws Exception {
        Path src = null;
        for (Path p = Path.of("").toAbsolutePath(); p != null && src == null; p = p.getParent()) {
            if (Files.isRegularFile(p.resolve("sample-vault/.vaultlint.yml"))) {
                src = p.resolve("sample-vault");
            }
        }
        assertNotNull(src, "sample-vault not found above " + Path.of("").toAbsolutePath());
        Path from = src;
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                String rel = from.relativize(p).toString().replace('\\', '/');
                if (rel.startsWith("target/") || rel.equals("pom.xml")) {
                    continue;
                }
                Path to = vault.resolve(rel);
                Files.createDirectories(to.getParent());
                Files.copy(p, to);
            }
        }
    }

    /** Findings and the insights object of vaultlint.json from a full check, with or without a cache. */
    private List<String> report(boolean cache, String name) throws Exception {
        log.clear();
        Path dir = out.resolve(name);
        LintOptions lint = LintOptions.of(vault).withCache(cache ? out.resolve("cache") : null).withLog(log::add);
        Check.Outcome o = new Check(new Linter()).run(new Check.Options(lint, dir, Set.of(Format.JSON), null, 0, null,
                false, false, Map.of()));
        JsonNode json = new ObjectMapper().readTree(o.written().get("json").toFile());
        List<String> lines = new ArrayList<>(brief(o.result()));
        lines.add("insights " + json.get("insights"));
        return lines;
    }

    @Test
    void warmRunReportsExactlyWhatAnUncachedRunDoes() throws Exception {
        sampleVault();
        List<String> cold = report(true, "cold");
        int[] first = stats();
        assertEquals(0, first[0]);
        assertTrue(first[1] > 10, "the sample vault has notes: " + first[1]);
        assertTrue(Files.isRegularFile(out.resolve("cache").resolve(ResultCache.FILE)));

        List<String> warm = report(true, "warm");
        assertEquals(List.of(first[1], first[1], 0), List.of(stats()[0], stats()[1], stats()[2]));
        assertEquals(report(false, "off"), warm, "same as without a cache");
        assertEquals(cold, warm);
        String insights = warm.get(warm.size() - 1);
        assertTrue(insights.startsWith("insights {\"interviewCount\":") && !insights.startsWith("insights {\"interviewCount\":0,"),
                "the sample vault has interviews");

        // Edits: a debrief gains a weak point and an action, a topic is deleted, a note is renamed.
        Path debrief;
        try (Stream<Path> s = Files.list(vault.resolve("Interviews"))) {
            debrief = s.sorted().findFirst().orElseThrow();
        }
        Files.writeString(debrief, "\n## Extra\n\n- [ ] Practise Kubernetes autoscaling questions\n\n##\n", StandardOpenOption.APPEND);
        Files.delete(vault.resolve("Topics/Observability.md"));
        Files.move(vault.resolve("Topics/Kubernetes Scheduling.md"), vault.resolve("Topics/K8s Scheduling.md"));
        List<String> edited = report(true, "edited");
        int[] after = stats();
        assertEquals(first[1] - 1, after[1], "one note fewer");
        assertEquals(2, after[2], "the edited and the renamed note are computed: " + log);
        assertEquals(report(false, "edited-off"), edited, "same as without a cache after edits");
        assertFalse(edited.equals(warm));
    }

    @Test
    void onlyChangedNotesRunTheLocalRules() throws Exception {
        small();
        RuleRegistry registry = registryWith(CountingRule.class);
        LintResult first = run(registry);
        assertEquals(Set.of("Debrief.md", "Sub/Other.md", "Topics/Kafka.md", "Topics/Kubernetes.md"), new TreeSet<>(CHECKED));

        CHECKED.clear();
        LintResult second = run(registry);
        assertEquals(Set.of(), CHECKED, "no local rule ran on an unchanged note");
        assertEquals(List.of(4, 4, 0), List.of(stats()[0], stats()[1], stats()[2]));
        assertEquals(brief(first), brief(second));
        assertTrue(brief(second).stream().anyMatch(s -> s.contains("test-counter counted Topics/Kubernetes.md")), brief(second).toString());
        assertTrue(brief(second).stream().anyMatch(s -> s.startsWith("Debrief.md:5") && s.contains("empty-heading")), brief(second).toString());

        CHECKED.clear();
        write("Debrief.md", "# Debrief\n\nSee [[Kubernetes#Scheduling]] and [[Kafka]]. COUNT\n\n## Fixed\n");
        LintResult third = run(registry);
        assertEquals(Set.of("Debrief.md"), CHECKED);
        assertEquals(List.of(3, 4, 1), List.of(stats()[0], stats()[1], stats()[2]));
        List<String> b = brief(third);
        assertFalse(b.stream().anyMatch(s -> s.startsWith("Debrief.md") && s.contains("empty-heading")), "fixed: " + b);
        assertTrue(b.stream().anyMatch(s -> s.contains("test-counter counted Debrief.md")), b.toString());
        assertTrue(b.stream().anyMatch(s -> s.startsWith("Sub/Other.md") && s.contains("empty-heading")), "kept: " + b);
    }

    @Test
    void deletedOrRenamedTargetBreaksLinksOnTheNextRun() throws Exception {
        small();
        run();
        run();
        assertFalse(brief(run()).stream().anyMatch(s -> s.contains("broken-link")));

        Files.delete(vault.resolve("Topics/Kafka.md"));
        List<String> deleted = brief(run());
        assertEquals(List.of(3, 3, 0), List.of(stats()[0], stats()[1], stats()[2]), "the linking notes' own results are reused");
        assertTrue(deleted.stream().anyMatch(s -> s.startsWith("Debrief.md:3") && s.contains("broken-link")), deleted.toString());
        assertTrue(deleted.stream().anyMatch(s -> s.startsWith("Sub/Other.md:3") && s.contains("broken-link")), deleted.toString());
        assertEquals(brief(uncached()), deleted);

        Files.move(vault.resolve("Topics/Kubernetes.md"), vault.resolve("Topics/K8s.md"));
        List<String> renamed = brief(run());
        assertTrue(renamed.stream().anyMatch(s -> s.startsWith("Debrief.md:3") && s.contains("[[Kubernetes#Scheduling]]")
                && s.contains("broken-link")), renamed.toString());
        assertEquals(brief(uncached()), renamed);
    }

    @Test
    void resultsOfARunWhoseConfigurationChangedMidwayAreNotKept() throws Exception {
        small();
        editConfig = vault.resolve(".vaultlint.yml");
        editTo = "rules:\n  empty-heading: off\n";
        List<String> during = brief(run(registryWith(ConfigEditingRule.class)));
        assertTrue(during.stream().anyMatch(s -> s.contains("empty-heading")), "the run used the configuration it started with");
        assertTrue(log.stream().anyMatch(l -> l.contains("configuration changed during the run; per-note results are not kept")),
                log.toString());
        assertFalse(Files.exists(out.resolve("cache").resolve(ResultCache.FILE)), "nothing kept under either configuration");
        List<String> after = brief(run());
        assertEquals(0, stats()[0], "nothing to reuse: " + log);
        assertEquals(brief(uncached()), after);
        assertFalse(after.stream().anyMatch(s -> s.contains("empty-heading")), after.toString());
    }

    @Test
    void anyConfigurationChangeStartsAfresh() throws Exception {
        small();
        run();
        assertTrue(brief(run()).stream().anyMatch(s -> s.startsWith("Debrief.md:5") && s.contains("empty-heading")));

        write(".vaultlint.yml", "rules:\n  empty-heading: off\n");
        List<String> off = brief(run());
        assertEquals(0, stats()[0], "nothing reused: " + log);
        assertTrue(log.stream().anyMatch(l -> l.contains("written for another engine or configuration")), log.toString());
        assertFalse(off.stream().anyMatch(s -> s.contains("empty-heading")), off.toString());
        assertEquals(brief(uncached()), off);

        write(".vaultlint.yml", "rules:\n  empty-heading: warning\n");
        write("Sub/.vaultlint.yml", "rules:\n  empty-heading: off\n");
        List<String> sub = brief(run());
        assertEquals(0, stats()[0]);
        assertTrue(sub.stream().anyMatch(s -> s.startsWith("Debrief.md:5") && s.contains("empty-heading")), sub.toString());
        assertFalse(sub.stream().anyMatch(s -> s.startsWith("Sub/") && s.contains("empty-heading")), sub.toString());
        run();
        assertEquals(4, stats()[0], "the same configuration again: reused");

        write("Sub/.vaultlint.yml", "rules:\n  empty-heading: error\n");
        List<String> error = brief(run());
        assertEquals(0, stats()[0]);
        assertTrue(error.stream().anyMatch(s -> s.startsWith("Sub/Other.md:5") && s.contains("ERROR empty-heading")), error.toString());
        assertEquals(brief(uncached()), error);
    }

    @Test
    void withStaleOrMissingResultsCachedNotesDecodeTheirBodiesAndMatchAnUncachedRun() throws Exception {
        sampleVault();
        report(true, "cold");
        Path debrief;
        try (Stream<Path> s = Files.list(vault.resolve("Interviews"))) {
            debrief = s.sorted().findFirst().orElseThrow();
        }
        Files.writeString(debrief, "\n## More\n\n- [ ] Review [[Kafka]] consumer groups\n", StandardOpenOption.APPEND);
        Files.delete(out.resolve("cache").resolve(ResultCache.FILE));
        List<String> missing = report(true, "missing");
        assertEquals(0, stats()[0], "no results.bin: every note is checked, from the cached models");
        assertTrue(log.stream().anyMatch(l -> l.matches(".*notes\\.bin: (\\d+) of \\1 notes reused, 0 parsed.*")
                || l.contains("notes reused, 1 parsed")), "notes.bin still serves the models: " + log);
        assertEquals(report(false, "missing-off"), missing);

        // Results written under another configuration are stale: every body is decoded again.
        Files.writeString(vault.resolve(".vaultlint.yml"), "\n# a comment changes the configuration's hash\n",
                StandardOpenOption.APPEND);
        List<String> stale = report(true, "stale");
        assertEquals(0, stats()[0]);
        assertTrue(log.stream().anyMatch(l -> l.contains("notes reused, 0 parsed")), log.toString());
        assertEquals(report(false, "stale-off"), stale);
    }

    @Test
    void aWarmRunDecodesTheBodiesOfChangedNotesOnly() throws Exception {
        sampleVault();
        run();
        Path topic = vault.resolve("Topics/Kafka.md");
        if (!Files.exists(topic)) {
            try (Stream<Path> s = Files.list(vault.resolve("Topics"))) {
                topic = s.sorted().findFirst().orElseThrow();
            }
        }
        Files.writeString(topic, "\n- edited\n", StandardOpenOption.APPEND);
        LintResult warm = run();
        String edited = vault.relativize(topic).toString().replace('\\', '/');
        int lazy = 0;
        for (Note n : warm.index().notes()) {
            io.github.vaultlint.vault.NoteBody body = io.github.vaultlint.vault.NoteBody.of(n.blocks());
            if (n.path().equals(edited)) {
                assertEquals(null, body, "the edited note was parsed");
            } else {
                assertNotNull(body, n.path() + " came from notes.bin");
                assertFalse(body.decoded(), n.path() + ": nothing on a warm run needs the blocks of an unchanged note");
                lazy++;
            }
        }
        assertTrue(lazy > 10, "lazy bodies: " + lazy);
        assertEquals(brief(uncached()), brief(warm));
    }

    @Test
    void aChangeInAReferencedSchemaFileStartsAfresh() throws Exception {
        small();
        write(".vaultlint.yml", "noteTypes:\n  topic:\n    match: { paths: [\"Topics/**\"] }\n    schema: schemas/topic.schema.yaml\n");
        write("schemas/topic.schema.yaml", "type: object\nproperties:\n  status:\n    $ref: \"common/status.yaml\"\n");
        write("schemas/common/status.yaml", "type: string\n");
        write("Topics/Kafka.md", "---\nstatus: 3\n---\n# Kafka\n\nPartitions.\n");
        List<String> a = brief(run());
        assertTrue(a.stream().anyMatch(s -> s.contains("frontmatter-schema")), a.toString());
        run();
        assertEquals(4, stats()[0]);

        write("schemas/common/status.yaml", "type: integer\n");
        List<String> b = brief(run());
        assertEquals(0, stats()[0], "a file a schema $refs is configuration too: " + log);
        assertFalse(b.stream().anyMatch(s -> s.contains("frontmatter-schema")), b.toString());
        assertEquals(brief(uncached()), b);
    }

    @Test
    void aBrokenSchemaStillFailsAWarmRun() throws Exception {
        small();
        write(".vaultlint.yml", "noteTypes:\n  topic:\n    match: { paths: [\"Nowhere/**\"] }\n    schema: schemas/topic.schema.yaml\n");
        write("schemas/topic.schema.yaml", "type: object\n");
        run();
        run();
        assertEquals(4, stats()[0]);
        // No note has this type, so no note is validated: the run must still compile the schema and fail.
        write("schemas/topic.schema.yaml", "type: object\nrequired: 5\n");
        io.github.vaultlint.config.ConfigException e = assertThrows(io.github.vaultlint.config.ConfigException.class,
                () -> run());
        assertTrue(e.getMessage().contains("topic.schema.yaml"), e.getMessage());
        assertThrows(io.github.vaultlint.config.ConfigException.class, () -> run(), "and again: nothing was kept");
        write("schemas/topic.schema.yaml", "type: object\nrequired: 5\n".replace("5", "[status]"));
        run();
    }

    @Test
    void aNoteChangedBeforeAWarmRunIsValidatedAgainstItsSchema() throws Exception {
        // A warm run under an unchanged configuration compiles only the schemas changed notes need.
        small();
        write(".vaultlint.yml", "noteTypes:\n  topic:\n    match: { paths: [\"Topics/**\"] }\n    schema: schemas/topic.schema.yaml\n");
        write("schemas/topic.schema.yaml", "type: object\nrequired: [status]\nproperties:\n  status: { enum: [draft, done] }\n");
        write("Topics/Kafka.md", "---\nstatus: done\n---\n# Kafka\n\nPartitions.\n");
        write("Topics/Kubernetes.md", "---\nstatus: done\n---\n# Kubernetes\n\n## Scheduling\n\nPods wait.\n");
        run();
        assertFalse(brief(run()).stream().anyMatch(s -> s.contains("frontmatter-schema")));
        assertEquals(4, stats()[0]);

        write("Topics/Kafka.md", "---\nstatus: finished\n---\n# Kafka\n\nPartitions.\n");
        List<String> b = brief(run());
        assertEquals(3, stats()[0], log.toString());
        assertTrue(b.stream().anyMatch(s -> s.startsWith("Topics/Kafka.md:2") && s.contains("frontmatter-schema")), b.toString());
        assertEquals(brief(uncached()), b);
    }

    @Test
    void schemaFileChangeStartsAfresh() throws Exception {
        small();
        write(".vaultlint.yml", "noteTypes:\n  topic:\n    match: { paths: [\"Topics/**\"] }\n    schema: schemas/topic.schema.yaml\n");
        write("schemas/topic.schema.yaml", "type: object\n");
        write("Topics/Kafka.md", "---\nowner: me\n---\n# Kafka\n\nPartitions.\n");
        run();
        assertFalse(brief(run()).stream().anyMatch(s -> s.contains("frontmatter-schema")));
        assertEquals(4, stats()[0]);

        write("schemas/topic.schema.yaml", "type: object\nrequired: [status]\n");
        List<String> b = brief(run());
        assertEquals(0, stats()[0], "a schema file is configuration: " + log);
        assertTrue(b.stream().anyMatch(s -> s.startsWith("Topics/Kafka.md") && s.contains("frontmatter-schema")), b.toString());
        assertEquals(brief(uncached()), b);
    }

    @Test
    void damagedOrForeignFileIsIgnoredWithALogLine() throws Exception {
        small();
        List<String> expected = brief(run());
        Path file = out.resolve("cache").resolve(ResultCache.FILE);
        byte[] good = Files.readAllBytes(file);

        Files.write(file, new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17});
        assertEquals(expected, brief(run()));
        assertTrue(log.stream().anyMatch(l -> l.contains("result cache") && l.contains("is unreadable")), log.toString());
        assertEquals(0, stats()[0]);

        good[good.length / 2] ^= 0x55; // a flipped byte fails the checksum
        Files.write(file, good);
        assertEquals(expected, brief(run()));
        assertTrue(log.stream().anyMatch(l -> l.contains("checksum mismatch")), log.toString());

        Files.write(file, java.util.Arrays.copyOf(good, good.length / 3));
        assertEquals(expected, brief(run()));
        assertEquals(0, stats()[0]);

        run();
        assertEquals(4, stats()[0], "rewritten after the damage");
        assertEquals(expected, brief(run()));
    }

    @Test
    void noCacheFolderMeansNoResultCache() throws Exception {
        small();
        new Linter().run(LintOptions.of(vault).withLog(log::add));
        assertFalse(log.stream().anyMatch(l -> l.contains("result cache")), log.toString());
        assertFalse(Files.exists(out.resolve("cache")));
    }

    @Test
    void aLocalRuleThatReadsOtherNotesIsRefused() throws Exception {
        small();
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> run(registryWith(LyingRule.class)));
        assertTrue(String.valueOf(e.getMessage()).contains("declared local"), e.getMessage());
        // The failed run waited for its cache writer: the note cache is complete, no temporary file is left.
        assertTrue(Files.isRegularFile(out.resolve("cache").resolve(NoteCache.FILE)));
        try (var files = Files.list(out.resolve("cache"))) {
            assertEquals(List.of(), files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".tmp")).toList());
        }
    }
}
