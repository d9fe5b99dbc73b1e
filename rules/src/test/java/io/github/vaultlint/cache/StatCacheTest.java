package io.github.vaultlint.cache;

import io.github.vaultlint.config.VaultlintConfig;
import io.github.vaultlint.engine.LintOptions;
import io.github.vaultlint.engine.LintResult;
import io.github.vaultlint.engine.Linter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The stat shortcut ({@code stat.bin}) through whole runs: a note whose size, time and identity are
 * what the last run recorded is not read; a changed time, a time too close to the last run's start
 * (racy), a replaced file, no note cache and a damaged {@code stat.bin} all mean the file is read.
 * Several tests edit a note and put its time back: with the time kept, the edit is not seen, the
 * trade-off git's index makes too; with it changed or racy, it is.
 */
class StatCacheTest {
    private static final Pattern STATS = Pattern.compile(
            "(\\d+) of (\\d+) notes reused, (\\d+) parsed, (\\d+) unchanged by size and time, not read");
    /** Well before any run of a test: a time the next run trusts. */
    private static final Instant OLD = Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);

    @TempDir
    Path vault;
    @TempDir
    Path out;

    /** Cache writers log from their own threads. */
    private final List<String> log = java.util.Collections.synchronizedList(new ArrayList<>());

    /** Four notes, all last modified an hour ago. */
    private void vault() throws Exception {
        Files.createDirectories(vault.resolve("Topics"));
        write("Topics/Kubernetes.md", "# Kubernetes\n\n## Scheduling\n\nPods wait. ^sched\n");
        write("Topics/Kafka.md", "# Kafka\n\nPartitions.\n");
        write("Debrief.md", "# Debrief\n\nSee [[Kubernetes#Scheduling]] and [[Kafka]].\n");
        write("Other.md", "# Other\n\nAlso [[Kafka]].\n");
    }

    private void write(String path, String text) throws Exception {
        Files.writeString(vault.resolve(path), text);
        Files.setLastModifiedTime(vault.resolve(path), FileTime.from(OLD));
    }

    /** Rewrites a note in place (same file) and gives it back the time {@code time}. */
    private void edit(String path, String text, Instant time) throws Exception {
        Path p = vault.resolve(path);
        Files.writeString(p, text);
        Files.setLastModifiedTime(p, FileTime.from(time));
    }

    private Path cacheDir() {
        return out.resolve("cache");
    }

    private LintResult run() throws Exception {
        log.clear();
        return new Linter().run(LintOptions.of(vault).withCache(cacheDir()).withLog(log::add));
    }

    /** {reused, total, parsed, unread} from the cache's log line. */
    private int[] stats() {
        for (String l : log) {
            Matcher m = STATS.matcher(l);
            if (m.find()) {
                return new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)),
                        Integer.parseInt(m.group(4))};
            }
        }
        throw new AssertionError("no cache line in " + log);
    }

    private List<Integer> counts() {
        return Arrays.stream(stats()).boxed().toList();
    }

    private static String title(LintResult r, String path) {
        return r.index().note(path).headings().get(0).text();
    }

    private static List<String> brief(LintResult r) {
        return r.findings().stream().map(f -> f.file() + ":" + f.line() + ":" + f.column() + " " + f.ruleId() + " " + f.message())
                .toList();
    }

    private StatCache loadStats() {
        return StatCache.load(cacheDir(), NoteCache.key(VaultlintConfig.DEFAULT_MAX_FILE_SIZE), log::add);
    }

    @Test
    void aReRunDoesNotReadUnchangedNotes() throws Exception {
        vault();
        List<String> first = brief(run());
        assertEquals(List.of(0, 4, 4, 0), counts());
        assertTrue(Files.isRegularFile(cacheDir().resolve(StatCache.FILE)));

        assertEquals(first, brief(run()));
        assertEquals(List.of(4, 4, 0, 4), counts(), "every note known by its size and time: " + log);

    }

    @Test
    void aSameSizeEditThatPutsTheTimeBackIsReadByItsCtime() throws Exception {
        vault();
        run();
        run();
        assertEquals(List.of(4, 4, 0, 4), counts());
        long before = Ctime.of(vault.resolve("Topics/Kafka.md"));
        assumeTrue(before != 0, "the file system gives no ctime");
        // Same size, same file, the old time put back (as cp -p or an editor restoring times does):
        // only the ctime, which no program can set, tells the content changed. Git's index checks it too.
        edit("Topics/Kafka.md", "# Kafkb\n\nPartitions.\n", OLD);
        for (int i = 0; i < 200 && Ctime.of(vault.resolve("Topics/Kafka.md")) == before; i++) {
            Thread.sleep(10); // a coarse ctime clock: write again until it moves
            edit("Topics/Kafka.md", "# Kafkb\n\nPartitions.\n", OLD);
        }
        assertNotEquals(before, Ctime.of(vault.resolve("Topics/Kafka.md")), "the ctime moved");
        LintResult r = run();
        assertEquals(List.of(3, 4, 1, 3), counts(), "read again: " + log);
        assertEquals("Kafkb", title(r, "Topics/Kafka.md"));
        run();
        assertEquals(List.of(4, 4, 0, 4), counts(), "its new ctime is recorded: " + log);
    }

    @Test
    void aSameSizeEditWithANewTimeIsReadAgain() throws Exception {
        vault();
        run();
        run();
        assertEquals(4, stats()[3]);
        edit("Topics/Kafka.md", "# Kafkb\n\nPartitions.\n", OLD.plusSeconds(60));
        LintResult r = run();
        assertEquals(List.of(3, 4, 1, 3), counts());
        assertEquals("Kafkb", title(r, "Topics/Kafka.md"));
        run();
        assertEquals(List.of(4, 4, 0, 4), counts(), "its new size and time are recorded: " + log);
    }

    @Test
    void aTouchedNoteIsReadAndFoundByItsHash() throws Exception {
        vault();
        run();
        Files.setLastModifiedTime(vault.resolve("Other.md"), FileTime.from(OLD.plusSeconds(5)));
        run();
        assertEquals(List.of(4, 4, 0, 3), counts(), "read and hashed, its model reused");
        run();
        assertEquals(List.of(4, 4, 0, 4), counts());
    }

    /** Skips a test whose run took so long that a note written before it is no longer racy. */
    private static void assumeRacy(FileTime written) {
        assumeTrue(written.toInstant().plusNanos(StatCache.RACY_NANOS).isAfter(Instant.now()),
                "the run took longer than the racy window");
    }

    @Test
    void aNoteModifiedCloseToTheLastRunsStartIsReadAndHashedAgain() throws Exception {
        vault();
        // Just written: within the racy window of the run that follows.
        Files.writeString(vault.resolve("Topics/Kafka.md"), "# Kafka\n\nPartitions.\n");
        FileTime written = Files.getLastModifiedTime(vault.resolve("Topics/Kafka.md"));
        run();
        assumeRacy(written);
        run();
        assertEquals(List.of(4, 4, 0, 3), counts(), "the racy note is read and hashed, the others are not: " + log);

        // Once its time is well before a run's start, that run's record is trusted.
        Files.setLastModifiedTime(vault.resolve("Topics/Kafka.md"), FileTime.from(OLD));
        run();
        assertEquals(List.of(4, 4, 0, 3), counts(), "a new time: read");
        run();
        assertEquals(List.of(4, 4, 0, 4), counts());
    }

    @Test
    void aSameSizeEditWithinTheRacyWindowIsSeen() throws Exception {
        vault();
        Path kafka = vault.resolve("Topics/Kafka.md");
        Files.writeString(kafka, "# Kafka\n\nPartitions.\n");
        FileTime written = Files.getLastModifiedTime(kafka);
        run();
        assumeRacy(written);
        // Edited again right after the run read it, on a clock so coarse that its time did not change.
        Files.writeString(kafka, "# Kafkb\n\nPartitions.\n");
        Files.setLastModifiedTime(kafka, written);
        LintResult r = run();
        assertEquals("Kafkb", title(r, "Topics/Kafka.md"), "read again: its time was too close to the last run's start");
        assertEquals(List.of(3, 4, 1, 3), counts());
    }

    @Test
    void aFileReplacedByAnotherOfTheSameSizeAndTimeIsRead() throws Exception {
        vault();
        write("Spare.md", "# Kafkb\n\nPartitions.\n");
        Object before = Files.readAttributes(vault.resolve("Topics/Kafka.md"), BasicFileAttributes.class).fileKey();
        assumeTrue(before != null, "the file system gives no file identity");
        run();
        Files.move(vault.resolve("Spare.md"), vault.resolve("Topics/Kafka.md"), StandardCopyOption.REPLACE_EXISTING);
        assertEquals(FileTime.from(OLD), Files.getLastModifiedTime(vault.resolve("Topics/Kafka.md")));
        LintResult r = run();
        assertEquals("Kafkb", title(r, "Topics/Kafka.md"), "another file now: read");
        assertEquals(List.of(4, 4, 0, 3), counts(), "its bytes were Spare.md's, so its model is reused");
    }

    @Test
    void deletedAndRenamedNotesLeaveNoStaleRecord() throws Exception {
        vault();
        run();
        assertNotNull(loadStats().get("Topics/Kafka.md"));
        Files.delete(vault.resolve("Topics/Kafka.md"));
        LintResult r = run();
        assertEquals(List.of(3, 3, 0, 3), counts());
        assertEquals(List.of("Debrief.md:3", "Other.md:3"), r.findings().stream().filter(f -> f.ruleId().equals("broken-link"))
                .map(f -> f.file() + ":" + f.line()).toList());
        assertNull(loadStats().get("Topics/Kafka.md"), "rewritten without the deleted note");
        assertEquals(3, loadStats().count());

        Files.move(vault.resolve("Topics/Kubernetes.md"), vault.resolve("Topics/K8s.md"));
        r = run();
        assertEquals(List.of(3, 3, 0, 2), counts(), "the renamed note is read under its new path, its model reused");
        assertEquals(1, r.findings().stream().filter(f -> f.ruleId().equals("broken-link") && f.file().equals("Debrief.md"))
                .filter(f -> f.message().contains("Kubernetes")).count(), brief(r).toString());
        assertNull(loadStats().get("Topics/Kubernetes.md"));
        assertNotNull(loadStats().get("Topics/K8s.md"));

        // Back under the old name with other bytes of the same size and the same time: read.
        edit("Topics/Kafka.md", "# Kafkb\n\nPartitions.\n", OLD);
        r = run();
        assertEquals("Kafkb", title(r, "Topics/Kafka.md"));
    }

    @Test
    void aNoteWhoseModelIsNoLongerCachedIsRead() throws Exception {
        vault();
        run();
        Files.delete(cacheDir().resolve(NoteCache.FILE));
        edit("Topics/Kafka.md", "# Kafkb\n\nPartitions.\n", OLD);
        LintResult r = run();
        assertEquals(List.of(0, 4, 4, 0), counts(), log::toString);
        assertEquals("Kafkb", title(r, "Topics/Kafka.md"));
        run();
        assertEquals(List.of(4, 4, 0, 4), counts());
    }

    @Test
    void badInputFindingsAreTheSameWhenTheFilesAreNotRead() throws Exception {
        vault();
        Files.writeString(vault.resolve(".vaultlint.yml"), "maxFileSize: 1KB\n");
        Files.write(vault.resolve("Binary.md"), new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13});
        Files.write(vault.resolve("Latin1.md"), "# Caf\u00e9 notes\n".getBytes(StandardCharsets.ISO_8859_1));
        Files.write(vault.resolve("Utf16.md"), "# Notes\n".getBytes(StandardCharsets.UTF_16));
        Files.writeString(vault.resolve("Huge.md"), "# Huge\n\n" + "text ".repeat(400));
        Files.writeString(vault.resolve("Empty.md"), "");
        for (String p : List.of("Binary.md", "Latin1.md", "Utf16.md", "Huge.md", "Empty.md")) {
            Files.setLastModifiedTime(vault.resolve(p), FileTime.from(OLD));
        }
        List<String> uncached = brief(new Linter().run(LintOptions.of(vault)));
        for (String rule : List.of("Binary.md:3:1 unreadable-file", "Latin1.md:1:6 invalid-encoding", "Utf16.md:1:1 invalid-encoding",
                "Huge.md:1:1 unreadable-file", "Empty.md:1:1 empty-note")) {
            assertTrue(uncached.stream().anyMatch(f -> f.startsWith(rule)), rule + " in " + uncached);
        }
        assertEquals(uncached, brief(run()));
        assertEquals(uncached, brief(run()));
        assertEquals(List.of(8, 8, 0, 8), counts(), "every note but the one above the limit, which is never read: " + log);
        Files.delete(cacheDir().resolve(ResultCache.FILE)); // findings from the cached models, not replayed ones
        assertEquals(uncached, brief(run()));
        assertEquals(8, stats()[3]);
    }

    @Test
    void withoutANoteCacheNothingIsTakenOnTrust() throws Exception {
        vault();
        run();
        run();
        assertEquals(4, stats()[3]);
        edit("Topics/Kafka.md", "# Kafkb\n\nPartitions.\n", OLD);

        // -Dvaultlint.cache=false: no cache folder.
        assertEquals("Kafkb", title(new Linter().run(LintOptions.of(vault)), "Topics/Kafka.md"));

        // A vault too large for a note cache: keys only, every note read and parsed, no stat.bin.
        NoteCache.storeLimitForTests = 0;
        try {
            LintResult r = run();
            assertEquals("Kafkb", title(r, "Topics/Kafka.md"));
            assertFalse(Files.exists(cacheDir().resolve(StatCache.FILE)), "a stale stat.bin is removed: " + log);
            assertTrue(log.stream().anyMatch(l -> l.contains("note cache off for this vault size (4 notes parsed)")), log::toString);
            run();
            assertFalse(Files.exists(cacheDir().resolve(StatCache.FILE)));
        } finally {
            NoteCache.storeLimitForTests = -1;
        }
    }

    @Test
    void aDamagedStatFileMeansEveryNoteIsRead() throws Exception {
        vault();
        List<String> clean = brief(run());
        Path file = cacheDir().resolve(StatCache.FILE);
        byte[] good = Files.readAllBytes(file);

        byte[] flipped = good.clone();
        flipped[flipped.length - 20] ^= 0x5A;
        Files.write(file, flipped);
        edit("Topics/Kafka.md", "# Kafkb\n\nPartitions.\n", OLD);
        LintResult r = run();
        assertEquals(List.of(3, 4, 1, 0), counts(), log::toString);
        assertEquals("Kafkb", title(r, "Topics/Kafka.md"), "read");
        assertTrue(log.stream().anyMatch(l -> l.contains("stat.bin is unreadable (checksum mismatch)")), log::toString);
        edit("Topics/Kafka.md", "# Kafka\n\nPartitions.\n", OLD.plusSeconds(1));

        // A damaged walk start in the header would move the racy limit: the checksum covers it too.
        int keyLength = java.nio.ByteBuffer.wrap(good).getInt(8);
        byte[] header = good.clone();
        header[12 + keyLength + 6] ^= 0x01;
        for (byte[] damaged : List.of(header, Arrays.copyOf(good, good.length - 7), Arrays.copyOf(good, 10),
                "not a stat file".getBytes(StandardCharsets.UTF_8), new byte[0])) {
            run(); // a good stat.bin again
            Files.write(file, damaged);
            assertEquals(clean, brief(run()));
            assertEquals(0, stats()[3], log::toString);
            assertTrue(log.stream().anyMatch(l -> l.contains("stat.bin is unreadable")), log::toString);
        }
        run();
        assertEquals(List.of(4, 4, 0, 4), counts(), "rewritten, trusted again");
    }

    @Test
    void aStatFileThatIsANamedPipeIsNeverOpened() throws Exception {
        // notes.bin and results.bin were skipped when not regular files; stat.bin was read and hung the build.
        vault();
        List<String> clean = brief(run());
        Path file = cacheDir().resolve(StatCache.FILE);
        Files.delete(file);
        boolean made;
        try {
            made = new ProcessBuilder("mkfifo", file.toString()).start().waitFor() == 0;
        } catch (java.io.IOException e) {
            made = false;
        }
        assumeTrue(made, "mkfifo is not available here");
        LintResult r = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(30), this::run,
                "a named pipe must never be opened");
        assertEquals(clean, brief(r));
        assertEquals(0, stats()[3], log::toString);
        assertTrue(log.stream().anyMatch(l -> l.contains("stat.bin is unreadable (not a regular file)")), log::toString);
        assertTrue(Files.isRegularFile(file), "written again as a file");
    }

    @Test
    void aFileSystemClockBehindOursMakesRecentTimesUntrusted() throws Exception {
        vault();
        run();
        // stat.bin's own time says the file system's clock was two hours behind when the run wrote it:
        // the notes' times (an hour ago by our clock) may be after that run's start by the file system's.
        Files.setLastModifiedTime(cacheDir().resolve(StatCache.FILE), FileTime.from(Instant.now().minus(2, ChronoUnit.HOURS)));
        run();
        assertEquals(List.of(4, 4, 0, 0), counts(), log::toString);
        run();
        assertEquals(List.of(4, 4, 0, 4), counts());
    }

    @Test
    void anUnchangedRunDoesNotRewriteTheStatFile() throws Exception {
        vault();
        run();
        Path file = cacheDir().resolve(StatCache.FILE);
        FileTime marker = FileTime.from(Instant.now().plus(1, ChronoUnit.HOURS)); // our clock ahead: harmless
        Files.setLastModifiedTime(file, marker);
        run();
        assertEquals(4, stats()[3]);
        assertEquals(marker, Files.getLastModifiedTime(file), "nothing read, nothing to record");
        try (Stream<Path> files = Files.list(cacheDir())) {
            assertEquals(List.of(), files.filter(p -> p.toString().endsWith(".tmp")).toList());
        }
    }
}
