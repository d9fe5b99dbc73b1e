package io.github.vaultlint.parse;

import io.github.vaultlint.engine.LintOptions;
import io.github.vaultlint.engine.LintResult;
import io.github.vaultlint.engine.Linter;
import io.github.vaultlint.rule.Finding;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Slow reads (from the disk) bring in more reading threads; fast ones (the page cache) do not. */
class DiskReadsTest {

    @AfterEach
    void resetThreshold() {
        DiskReads.thresholdForTests = -1;
    }

    @Test
    void pageCacheReadsStayOnTheCores() {
        AtomicInteger fired = new AtomicInteger();
        DiskReads d = new DiskReads(50_000, m -> fired.incrementAndGet());
        for (int i = 0; i < 1000; i++) {
            d.record(15_000, 2_000);
        }
        assertEquals(0, fired.get());
        assertFalse(d.slow());
    }

    @Test
    void diskReadsFireOnceWithTheirMedian() {
        AtomicLong median = new AtomicLong();
        AtomicInteger fired = new AtomicInteger();
        DiskReads d = new DiskReads(50_000, m -> {
            fired.incrementAndGet();
            median.set(m);
        });
        for (int i = 0; i < DiskReads.SKIPPED + DiskReads.SAMPLES - 1; i++) {
            d.record(i < DiskReads.SKIPPED ? 1 : 80_000 + i, 2_000);
        }
        assertEquals(0, fired.get(), "not judged before the sample is complete");
        d.record(90_000, 2_000);
        for (int i = 0; i < 500; i++) {
            d.record(90_000, 2_000);
        }
        assertEquals(1, fired.get());
        assertTrue(d.slow());
        // less what copying 2,000 bytes from the page cache takes (1 us)
        assertTrue(median.get() >= 79_000 && median.get() <= 89_000, "median " + median.get());
    }

    @Test
    void largeNotesFromThePageCacheAreNotTakenForTheDisk() {
        AtomicInteger fired = new AtomicInteger();
        DiskReads d = new DiskReads(50_000, m -> fired.incrementAndGet());
        for (int i = 0; i < 1000; i++) {
            d.record(250_000, 400_000); // 400 KB copied in 250 us
        }
        assertEquals(0, fired.get());
        DiskReads small = new DiskReads(50_000, m -> fired.incrementAndGet());
        for (int i = 0; i < 1000; i++) {
            small.record(250_000, 2_000); // the same time for 2 KB is a wait on the disk
        }
        assertEquals(1, fired.get());
    }

    @Test
    void theFirstReadsOfAFreshJvmAreNotJudged() {
        AtomicInteger fired = new AtomicInteger();
        DiskReads d = new DiskReads(50_000, m -> fired.incrementAndGet());
        for (int i = 0; i < DiskReads.SKIPPED; i++) {
            d.record(5_000_000, 2_000); // class loading, interpreted code
        }
        for (int i = 0; i < DiskReads.SAMPLES; i++) {
            d.record(i < DiskReads.SAMPLES / 2 - 1 ? 200_000 : 10_000, 2_000); // a few slow outliers do not decide
        }
        assertEquals(0, fired.get());
    }

    @Test
    void manyReadingThreadsFireOnce() throws Exception {
        AtomicInteger fired = new AtomicInteger();
        DiskReads d = new DiskReads(50_000, m -> fired.incrementAndGet());
        CountDownLatch start = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            Thread th = new Thread(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    return;
                }
                for (int i = 0; i < 200; i++) {
                    d.record(100_000, 2_000);
                }
            });
            threads.add(th);
            th.start();
        }
        start.countDown();
        for (Thread th : threads) {
            th.join();
        }
        assertEquals(1, fired.get());
    }

    /** With more reading threads the run finds exactly what it finds without them, in the same order. */
    @Test
    void extraReadersChangeNothingButSpeed(@TempDir Path vault) throws Exception {
        for (int i = 0; i < 400; i++) {
            StringBuilder text = new StringBuilder("---\ntitle: ").append(i % 50 == 0 ? "" : "Note " + i).append("\n---\n");
            text.append("# Note ").append(i).append("\n\n## Part ").append(i % 7).append("\n\nSee [[Note ").append((i * 13) % 420)
                    .append("]] and [[Note ").append((i + 1) % 400).append("#Part ").append(i % 5).append("]].\n\n##\n");
            Files.createDirectories(vault.resolve("F" + i % 6));
            Files.writeString(vault.resolve("F" + i % 6 + "/Note " + i + ".md"), text);
        }
        Files.write(vault.resolve("Binary.md"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0});
        Files.write(vault.resolve("Latin1.md"), "# Caf\u00e9\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));

        DiskReads.thresholdForTests = Long.MAX_VALUE; // never: however slow this machine reads today
        List<String> plainLog = Collections.synchronizedList(new ArrayList<>());
        LintResult plain = new Linter().run(LintOptions.of(vault).withLog(plainLog::add));
        assertTrue(plainLog.stream().noneMatch(l -> l.contains("more threads read")), plainLog.toString());

        DiskReads.thresholdForTests = 0; // every run counts as reading from the disk
        List<String> log = Collections.synchronizedList(new ArrayList<>());
        LintResult withReaders = new Linter().run(LintOptions.of(vault).withLog(log::add));
        assertTrue(log.stream().anyMatch(l -> l.matches("vaultlint: notes are read from the disk, not the page cache \\(median read \\d+ us\\);"
                + " \\d+ more threads read them")), log.toString());

        // A thread count the user set is kept, however slow the reads.
        List<String> oneThreadLog = Collections.synchronizedList(new ArrayList<>());
        LintResult oneThread = new Linter().run(new LintOptions(vault, null, false, 1).withLog(oneThreadLog::add));
        assertTrue(oneThreadLog.stream().noneMatch(l -> l.contains("more threads read")), oneThreadLog.toString());
        assertEquals(brief(plain), brief(oneThread));

        assertEquals(brief(plain), brief(withReaders));
        assertEquals(plain.summary(), withReaders.summary());
        assertEquals(plain.index().notes().stream().map(n -> n.path()).toList(),
                withReaders.index().notes().stream().map(n -> n.path()).toList());
        assertTrue(brief(plain).stream().anyMatch(f -> f.contains("broken-link")), "the vault has findings to compare");
    }

    private static List<String> brief(LintResult r) {
        List<String> out = new ArrayList<>();
        for (Finding f : r.findings()) {
            out.add(f.file() + ":" + f.line() + ":" + f.column() + " " + f.ruleId() + " " + f.message());
        }
        return out;
    }
}
