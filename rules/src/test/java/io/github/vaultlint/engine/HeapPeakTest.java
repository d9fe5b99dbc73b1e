package io.github.vaultlint.engine;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** The sampled heap peak covers what was allocated meanwhile and never exceeds the maximum heap. */
class HeapPeakTest {

    @Test
    void peakSeesAnAllocationAndStaysWithinTheHeap() throws Exception {
        HeapPeak h = HeapPeak.start();
        byte[][] held = new byte[16][];
        for (int i = 0; i < held.length; i++) {
            held[i] = new byte[1 << 20]; // 16 MB held while the sampler runs
        }
        Thread.sleep(50);
        long peak = h.stop();
        long max = Runtime.getRuntime().maxMemory();
        assertTrue(peak >= 16L << 20, "peak " + peak + " should include the 16 MB held");
        assertTrue(peak <= max, "peak " + peak + " above the maximum heap " + max);
        assertTrue(held[15].length > 0);
    }
}
