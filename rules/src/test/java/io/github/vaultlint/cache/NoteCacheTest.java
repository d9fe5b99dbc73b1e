package io.github.vaultlint.cache;

import io.github.vaultlint.engine.LintOptions;
import io.github.vaultlint.engine.LintResult;
import io.github.vaultlint.engine.Linter;
import io.github.vaultlint.rule.Finding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The note cache through whole runs: unchanged notes are not parsed again, cross-note results are
 * always fresh (a deleted or renamed note breaks links to it at once), and a damaged or foreign
 * cache is ignored, never an error.
 */
class NoteCacheTest {
    private static final Pattern STATS = Pattern.compile("(\\d+) of (\\d+) notes reused, (\\d+) parsed");

    @TempDir
    Path vault;
    @TempDir
    Path out;

    /** Cache writers log from their own threads. */
    private final List<String> log = java.util.Collections.synchronizedList(new ArrayList<>());

    private void vault() throws Exception {
        Files.createDirectories(vault.resolve("Topics"));
        Files.writeString(vault.resolve("Topics/Kubernetes.md"), "# Kubernetes\n\n## Scheduling\n\nPods wait. ^sched\n");
        Files.writeString(vault.resolve("Topics/Kafka.md"), "# Kafka\n\nPartitions.\n");
        Files.writeString(vault.resolve("Debrief.md"), "# Debrief\n\nSee [[Kubernetes#Scheduling]] and [[Kafka]] and"
                + " [[Kubernetes#^sched]].\n");
        Files.writeString(vault.resolve("Other.md"), "# Other\n\nAlso [[Kafka]].\n");
    }

    private LintResult run() throws Exception {
        log.clear();
        return new Linter().run(LintOptions.of(vault).withCache(out.resolve("cache")).withLog(log::add));
    }

    /** {reused, total, parsed} from the cache's log line. */
    private int[] stats() {
        for (String l : log) {
            Matcher m = STATS.matcher(l);
            if (m.find()) {
                return new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))};
            }
        }
        throw new AssertionError("no cache line in " + log);
    }

    private static List<String> brief(LintResult r) {
        return r.findings().stream().map(f -> f.file() + ":" + f.line() + " " + f.ruleId() + " " + f.message()).toList();
    }

    @Test
    void secondRunReusesEveryNoteWithTheSameFindings() throws Exception {
        vault();
        Files.writeString(vault.resolve("Broken.md"), "# Broken\n\nSee [[Missing note]].\n");
        LintResult first = run();
        assertEquals(List.of(0, 5, 5), List.of(stats()[0], stats()[1], stats()[2]));
        assertTrue(Files.isRegularFile(out.resolve("cache").resolve(NoteCache.FILE)));

        LintResult second = run();
        assertEquals(List.of(5, 5, 0), List.of(stats()[0], stats()[1], stats()[2]));
        assertEquals(brief(first), brief(second));
        assertEquals(brief(first), brief(new Linter().run(LintOptions.of(vault))), "same as without a cache");
        assertTrue(brief(second).stream().anyMatch(s -> s.contains("broken-link")), brief(second).toString());
    }

    @Test
    void anEditedNoteIsParsedAgain() throws Exception {
        vault();
        run();
        Files.writeString(vault.resolve("Other.md"), "# Other\n\nNow [[Kafka#No such heading]].\n");
        LintResult r = run();
        assertEquals(List.of(3, 4, 1), List.of(stats()[0], stats()[1], stats()[2]));
        assertEquals(List.of("Other.md:3 broken-anchor"), r.findings().stream().map(f -> f.file() + ":" + f.line() + " " + f.ruleId()).toList());
    }

    @Test
    void aDeletedNoteBreaksLinksToItOnTheNextRun() throws Exception {
        vault();
        assertTrue(run().findings().isEmpty());
        Files.delete(vault.resolve("Topics/Kafka.md"));
        LintResult r = run();
        assertEquals(List.of(3, 3, 0), List.of(stats()[0], stats()[1], stats()[2]), "nothing to parse, links recomputed");
        List<String> broken = r.findings().stream().filter(f -> f.ruleId().equals("broken-link"))
                .map(f -> f.file() + ":" + f.line()).toList();
        assertEquals(List.of("Debrief.md:3", "Other.md:3"), broken);
    }

    @Test
    void aRenamedNoteBreaksOldLinksAndKeepsItsModel() throws Exception {
        vault();
        run();
        Files.move(vault.resolve("Topics/Kubernetes.md"), vault.resolve("Topics/K8s.md"));
        LintResult r = run();
        assertEquals(List.of(4, 4, 0), List.of(stats()[0], stats()[1], stats()[2]), "same bytes, so the model is reused");
        List<Finding> broken = r.findings().stream().filter(f -> f.ruleId().equals("broken-link")).toList();
        assertEquals(2, broken.size(), r.findings().toString());
        assertTrue(r.index().note("Topics/K8s.md") != null, "the renamed note is in the index under its new path");
        assertEquals("Topics/K8s.md", r.index().note("Topics/K8s.md").path());
    }

    @Test
    void aCorruptOrTruncatedCacheIsIgnored() throws Exception {
        vault();
        List<String> clean = brief(run());
        Path file = out.resolve("cache").resolve(NoteCache.FILE);
        byte[] good = Files.readAllBytes(file);

        byte[] flipped = good.clone();
        flipped[flipped.length / 2] ^= 0x5A;
        Files.write(file, flipped);
        assertEquals(clean, brief(run()));
        assertEquals(0, stats()[0]);
        assertTrue(log.stream().anyMatch(l -> l.contains("unreadable (checksum mismatch)")), log::toString);

        Files.write(file, java.util.Arrays.copyOf(good, good.length - 7));
        assertEquals(clean, brief(run()));
        assertEquals(0, stats()[0]);
        assertTrue(log.stream().anyMatch(l -> l.contains("truncated")), log::toString);

        Files.writeString(file, "not a cache at all");
        assertEquals(clean, brief(run()));
        assertEquals(0, stats()[0]);

        assertEquals(4, run().summary().notes());
        assertEquals(4, stats()[0], "the rewritten cache is good again");
    }

    @Test
    void cachedNotesDecodeToWhatAFreshParseGives() throws Exception {
        vault();
        Files.writeString(vault.resolve("Rich.md"), "---\ntags: [a, b]\nstatus: open\n---\n# Rich\n\n**Situation**: text\n\n"
                + "- [ ] task one\n- [x] task two\n\n> [!info] Callout\n> quoted [[Kafka]]\n\n%% a comment %%\n\n"
                + "| a | b |\n|---|---|\n| 1 | 2 |\n\n```java\ncode\n```\n");
        run();
        LintResult warm = run();
        assertEquals(5, stats()[0]);
        io.github.vaultlint.parse.NoteReader reader = new io.github.vaultlint.parse.NoteReader(
                new io.github.vaultlint.parse.NoteParser(), 10L * 1024 * 1024);
        for (io.github.vaultlint.vault.Note n : warm.index().notes()) {
            io.github.vaultlint.vault.NoteBody body = io.github.vaultlint.vault.NoteBody.of(n.blocks());
            assertTrue(body != null, n.path() + " came from the cache");
            io.github.vaultlint.vault.Note fresh = reader.decodeAndParse(n.path(), n.linted(),
                    Files.readAllBytes(vault.resolve(n.path())));
            assertEquals(io.github.vaultlint.type.NoteLabels.of(fresh), io.github.vaultlint.type.NoteLabels.of(n),
                    "labels kept with the body equal the computed ones");
            assertEquals(fresh, n, n.path()); // decodes the body
            assertTrue(body.decoded());
        }
    }

    @Test
    void aRewriteAfterEditsKeepsEveryNoteReadable() throws Exception {
        vault();
        for (int i = 0; i < 300; i++) {
            StringBuilder headings = new StringBuilder(); // index parts large enough for several chunks
            for (int h = 0; h < 60; h++) {
                headings.append("## Heading ").append(i).append('.').append(h)
                        .append(" with text long enough to stay out of the string table\n\nText.\n\n");
            }
            Files.writeString(vault.resolve("Topics/T" + i + ".md"), "# T" + i + "\n\n" + headings + "\n\nSee [[Kafka]].\n");
        }
        run();
        for (int round = 0; round < 3; round++) {
            Files.writeString(vault.resolve("Topics/T" + (round * 7) + ".md"), "# Edited\n\nSee [[Kafka]] " + round + ".\n");
            Files.delete(vault.resolve("Topics/T" + (round * 7 + 1) + ".md"));
            LintResult r = run();
            assertEquals(1, stats()[2], "the edited note is parsed: " + log);
            assertTrue(log.stream().anyMatch(l -> l.matches(".*note cache written: \\d+ notes \\([1-9]\\d* copied as they were\\).*")),
                    "unchanged chunks are copied: " + log);
            assertEquals(brief(new Linter().run(LintOptions.of(vault))), brief(r));
            run();
            assertEquals(0, stats()[2], "everything reused after the rewrite: " + log);
            assertEquals(stats()[0], stats()[1]);
        }
    }

    @Test
    void anEditReencodesFewNotesAndStaleModelsAreDroppedInTime() throws Exception {
        vault();
        for (int i = 0; i < 300; i++) {
            StringBuilder headings = new StringBuilder(); // about 4 KB of index each: a chunk holds some 240
            for (int h = 0; h < 60; h++) {
                headings.append("## Heading ").append(i).append('.').append(h)
                        .append(" with text long enough to stay out of the string table\n\nText.\n\n");
            }
            Files.writeString(vault.resolve("Topics/T" + i + ".md"), "# T" + i + "\n\n" + headings + "\n\nSee [[Kafka]].\n");
        }
        run();
        java.util.regex.Pattern written = java.util.regex.Pattern.compile(".*note cache written: (\\d+) notes \\((\\d+) copied as they were\\).*");
        long live = countNotes();
        int previous = (int) live;
        boolean shrank = false;
        for (int round = 0; round < 120; round++) {
            Files.writeString(vault.resolve("Topics/T" + round + ".md"), "# Edited\n\nSee [[Kafka]] " + round + ".\n");
            LintResult r = run();
            java.util.regex.Matcher m = log.stream().map(written::matcher).filter(java.util.regex.Matcher::matches).findFirst()
                    .orElseThrow(() -> new AssertionError("no rewrite logged: " + log));
            int notes = Integer.parseInt(m.group(1));
            int copied = Integer.parseInt(m.group(2));
            if (round == 0) {
                // Only the edited note and the notes of the last, smaller chunk are encoded, not the big chunk.
                assertTrue(notes - copied < 100, "encoded " + (notes - copied) + " of " + notes);
                assertEquals(live + 1, notes, "the edited note's old model stays in its chunk for now");
            }
            // A chunk is copied only while at least three quarters of it is live.
            assertTrue(notes * 3 <= live * 4 + 3, "stale models are bounded: " + notes + " for " + live + " notes");
            shrank |= notes < previous;
            previous = notes;
            if (round % 40 == 39) {
                assertEquals(brief(new Linter().run(LintOptions.of(vault))), brief(r));
            }
        }
        assertTrue(shrank, "a chunk that became mostly stale was encoded afresh, dropping the old models");
        Path file = out.resolve("cache/notes.bin");
        java.nio.file.attribute.FileTime stamp = Files.getLastModifiedTime(file);
        for (int i = 0; i < 2; i++) {
            run();
            assertEquals(0, stats()[2], "everything reused: " + log);
            assertEquals(stats()[0], stats()[1]);
            assertTrue(log.stream().noneMatch(l -> l.contains("note cache written")), "nothing changed, nothing written: " + log);
            assertEquals(stamp, Files.getLastModifiedTime(file));
        }
        // A deleted note's model stays in its chunk while the chunk is copied; a rewrite happens only
        // when it drops stale models.
        Files.delete(vault.resolve("Topics/T299.md"));
        run();
        java.util.Optional<java.util.regex.Matcher> rewrite = log.stream().map(written::matcher).filter(java.util.regex.Matcher::matches)
                .findFirst();
        if (rewrite.isPresent()) {
            assertTrue(Integer.parseInt(rewrite.get().group(1)) < previous, "a rewrite drops stale models: " + log);
        }
        run();
        assertTrue(log.stream().noneMatch(l -> l.contains("note cache written")), "nothing changed since: " + log);
    }

    private long countNotes() throws java.io.IOException {
        try (var files = Files.walk(vault)) {
            return files.filter(p -> p.toString().endsWith(".md") && !p.toString().contains("/target/")).count();
        }
    }

    @Test
    void aNoteChangedBeforeItsBodyIsReadGetsTheBodyOnDiskAndItsResultsAreNotKept() throws Exception {
        vault();
        Files.writeString(vault.resolve("Tasks.md"), "# Tasks\n\n- [ ] one\n");
        run();
        Files.deleteIfExists(out.resolve("cache").resolve(ResultCache.FILE)); // so the body is needed
        // A hit whose file changes between the hash and the body: what the rules see comes from the disk.
        NoteCache cache = NoteCache.open(out.resolve("cache"), NoteCache.key(io.github.vaultlint.config.VaultlintConfig.DEFAULT_MAX_FILE_SIZE), log::add);
        io.github.vaultlint.vault.Note n = cache.lookup(Files.readAllBytes(vault.resolve("Tasks.md")), "Tasks.md", true,
                () -> "# Tasks\n\n- [ ] one\n- [x] two\n".getBytes(java.nio.charset.StandardCharsets.UTF_8),
                b -> reader().decodeAndParse("Tasks.md", true, b));
        assertEquals(1, cache.hits());
        assertTrue(cache.keyOf("Tasks.md") != null);
        assertEquals(2, n.tasks().size(), "the body of what is on disk now");
        assertEquals(null, cache.keyOf("Tasks.md"), "its per-note results are not kept under the old key");
    }

    @Test
    void aNoteUnreadableWhenItsBodyIsNeededHasAnEmptyBody() throws Exception {
        vault();
        run();
        NoteCache cache = NoteCache.open(out.resolve("cache"), NoteCache.key(io.github.vaultlint.config.VaultlintConfig.DEFAULT_MAX_FILE_SIZE), log::add);
        io.github.vaultlint.vault.Note n = cache.lookup(Files.readAllBytes(vault.resolve("Topics/Kafka.md")), "Topics/Kafka.md",
                true, () -> {
                    throw new java.nio.file.NoSuchFileException("Topics/Kafka.md");
                }, b -> reader().decodeAndParse("Topics/Kafka.md", true, b));
        assertEquals(1, cache.hits());
        assertEquals("Kafka", n.headings().get(0).text(), "the index part is there");
        assertTrue(n.blocks().isEmpty());
        assertTrue(n.tasks().isEmpty());
        assertEquals(null, cache.keyOf("Topics/Kafka.md"));

    }

    private static io.github.vaultlint.parse.NoteReader reader() {
        return new io.github.vaultlint.parse.NoteReader(new io.github.vaultlint.parse.NoteParser(), 10L * 1024 * 1024);
    }

    @Test
    void aVaultTooLargeForTheHeapKeepsNoNoteCacheButReusesResults() throws Exception {
        vault();
        run();
        assertTrue(Files.isRegularFile(out.resolve("cache").resolve(NoteCache.FILE)));
        NoteCache.storeLimitForTests = 0; // every vault is "too large"
        try {
            LintResult first = run();
            assertFalse(Files.exists(out.resolve("cache").resolve(NoteCache.FILE)), "a stale notes.bin is removed: " + log);
            assertTrue(log.stream().anyMatch(l -> l.contains("note cache off for this vault size (4 notes parsed)")), log::toString);
            Files.writeString(vault.resolve("Other.md"), "# Other\n\nNow [[Nowhere]].\n");
            LintResult second = run();
            assertFalse(Files.exists(out.resolve("cache").resolve(NoteCache.FILE)));
            assertTrue(log.stream().anyMatch(l -> l.contains("results reused for 3 of 4 notes, 1 computed")), log::toString);
            assertEquals(brief(new Linter().run(LintOptions.of(vault))), brief(second));
            assertTrue(brief(second).stream().anyMatch(f -> f.contains("Nowhere")), brief(second).toString());
            assertEquals(brief(first).size() + 1, brief(second).size());
        } finally {
            NoteCache.storeLimitForTests = -1;
        }
    }

    @Test
    void aCacheFromOtherSettingsIsNotUsed() throws Exception {
        vault();
        run();
        Files.writeString(vault.resolve(".vaultlint.yml"), "maxFileSize: 1MB\n");
        run();
        assertEquals(0, stats()[0]);
        assertTrue(log.stream().anyMatch(l -> l.contains("was written for")), log::toString);
        run();
        assertEquals(4, stats()[0]);
    }

    @Test
    void withoutACacheFolderNothingIsWritten() throws Exception {
        vault();
        new Linter().run(LintOptions.of(vault).withLog(log::add));
        assertFalse(Files.exists(out.resolve("cache")));
        assertTrue(log.isEmpty(), log::toString);
    }
}
