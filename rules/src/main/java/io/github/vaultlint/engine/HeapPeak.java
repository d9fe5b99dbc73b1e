package io.github.vaultlint.engine;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/**
 * The most heap in use at any moment of the check, sampled every few milliseconds on a daemon
 * thread. (The pools' own peaks cannot be summed: young and old generations peak at different
 * moments, and their sum can exceed the maximum heap.)
 */
public final class HeapPeak {
    private static final long PERIOD_MS = 5;

    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private final Thread sampler;
    private volatile boolean running = true;
    private volatile long peak;

    private HeapPeak() {
        sampler = new Thread(this::sample, "vaultlint-heap-peak");
        sampler.setDaemon(true);
    }

    public static HeapPeak start() {
        HeapPeak h = new HeapPeak();
        h.peak = h.used();
        h.sampler.start();
        return h;
    }

    /** Stops sampling; the peak in bytes. */
    public long stop() {
        return stopAt().peak();
    }

    /**
     * Stops sampling: the peak and the heap in use now, with the JVM's maximum heap, read at the same
     * moment (heap read later, after more logging, could exceed the peak it is shown next to).
     */
    public Check.Heap stopAt() {
        running = false;
        sampler.interrupt();
        try {
            sampler.join(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        long now = used();
        return new Check.Heap(Math.max(peak, now), now, Runtime.getRuntime().maxMemory(), null);
    }

    private void sample() {
        while (running) {
            long u = used();
            if (u > peak) {
                peak = u;
            }
            try {
                Thread.sleep(PERIOD_MS);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private long used() {
        return memory.getHeapMemoryUsage().getUsed();
    }
}
