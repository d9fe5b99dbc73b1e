package io.github.vaultlint.parse;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongConsumer;

/**
 * Tells, from how long the first note reads of a run take, whether the notes come from the disk
 * rather than the page cache, and then runs {@code onSlow} once, so the caller can read with more
 * threads than it has cores: threads waiting on the disk leave the cores idle.
 *
 * <p>Why not always more threads: with the files cached, as in most builds, more threads than
 * cores only add contention (a 10k check got about 150 ms slower). On the 2-core machine of
 * docs/performance.md a note read from the page cache takes 10-20 us in a fresh JVM and about
 * 85 us from the disk (after {@code drop_caches}); a vault of 100k notes not read for a while
 * spent some 7 s of its parse waiting on reads.
 *
 * <p>The first {@link #SKIPPED} reads are not judged (class loading, an interpreted first pass);
 * the median of the next {@link #SAMPLES} decides. Thread-safe.
 */
public final class DiskReads {
    static final int SKIPPED = 32;
    static final int SAMPLES = 64;
    /** A median read above this is a disk read. */
    static final long SLOW_NANOS = 50_000;
    /** Tests set the threshold here (0: every run is slow); negative means {@link #SLOW_NANOS}. */
    static volatile long thresholdForTests = -1;

    private final long threshold;
    private final LongConsumer onSlow;
    private final long[] samples = new long[SAMPLES];
    private final AtomicInteger reads = new AtomicInteger();
    private final AtomicInteger recorded = new AtomicInteger();
    private final AtomicBoolean fired = new AtomicBoolean();

    /**
     * @param onSlow runs once, on the reading thread that completes the sample, when reads are slow;
     *               it is given their median in nanoseconds
     */
    public DiskReads(LongConsumer onSlow) {
        this(thresholdForTests >= 0 ? thresholdForTests : SLOW_NANOS, onSlow);
    }

    DiskReads(long threshold, LongConsumer onSlow) {
        this.threshold = threshold;
        this.onSlow = onSlow;
    }

    /**
     * Records one read of a note file of {@code bytes} that took {@code nanos}. What copying the
     * bytes takes from the page cache (counted at 2 bytes a nanosecond) is not held against the
     * read: a vault of large notes is not taken for a slow disk.
     */
    public void record(long nanos, long bytes) {
        int n = reads.getAndIncrement() - SKIPPED;
        if (n < 0 || n >= SAMPLES) {
            return;
        }
        samples[n] = Math.max(0, nanos - bytes / 2);
        // The thread that stores the last sample judges them all (the counter orders the stores).
        if (recorded.incrementAndGet() == SAMPLES) {
            long median = median();
            if (median > threshold && fired.compareAndSet(false, true)) {
                onSlow.accept(median);
            }
        }
    }

    /** True once {@code onSlow} has run. */
    public boolean slow() {
        return fired.get();
    }

    private long median() {
        long[] sorted = samples.clone();
        Arrays.sort(sorted);
        return sorted[SAMPLES / 2];
    }
}
