package io.github.vaultlint.link;

import java.util.Arrays;

/**
 * Trigram → the ids of the names containing it, for the "did you mean" search. Built in one pass
 * over primitive arrays (trigrams packed into longs, posting lists in one int array), because a
 * vault of 100,000 files has millions of trigram occurrences and a map of boxed lists spends most
 * of its time allocating. Immutable once built; posting lists are in ascending id order.
 */
final class TrigramIndex {
    private long[] slots;          // open addressing: packed trigram + 1, 0 = empty
    private int[] slotTrigram;
    private final int[] start;     // trigram t's ids are ids[start[t] .. start[t + 1])
    private final int[] ids;

    /** @param names the names, indexed by id */
    TrigramIndex(java.util.List<String> names) {
        long[][] perName = new long[names.size()][];
        int total = 0;
        for (int id = 0; id < names.size(); id++) {
            perName[id] = distinctTrigrams(names.get(id));
            total += perName[id].length;
        }
        slots = new long[1024];
        slotTrigram = new int[1024];
        int[] counts = new int[16];
        int trigrams = 0;
        for (long[] tris : perName) {
            for (long t : tris) {
                int s = slot(t);
                if (slots[s] == 0) {
                    slots[s] = t + 1;
                    slotTrigram[s] = trigrams++;
                    if (trigrams > counts.length) {
                        counts = Arrays.copyOf(counts, counts.length * 2);
                    }
                    if (trigrams * 2 > slots.length) {
                        grow();
                        s = slot(t);
                    }
                }
                counts[slotTrigram[s]]++;
            }
        }
        start = new int[trigrams + 1];
        for (int t = 0; t < trigrams; t++) {
            start[t + 1] = start[t] + counts[t];
        }
        int[] fill = Arrays.copyOf(start, trigrams);
        ids = new int[total];
        for (int id = 0; id < perName.length; id++) {
            for (long t : perName[id]) {
                ids[fill[slotTrigram[slot(t)]]++] = id;
            }
        }
    }

    /** Ids of the names containing trigram {@code t} (three chars), ascending; empty when none. */
    int[] postings(String t) {
        int s = slot(pack(t, 0));
        if (slots[s] == 0) {
            return new int[0];
        }
        int tri = slotTrigram[s];
        return Arrays.copyOfRange(ids, start[tri], start[tri + 1]);
    }

    /** How many names contain trigram {@code t}. */
    int count(String t) {
        int s = slot(pack(t, 0));
        if (slots[s] == 0) {
            return 0;
        }
        int tri = slotTrigram[s];
        return start[tri + 1] - start[tri];
    }

    /** Doubles the table, keeping every trigram's id (load stays at or below one half). */
    private void grow() {
        long[] oldSlots = slots;
        int[] oldTrigram = slotTrigram;
        slots = new long[oldSlots.length * 2];
        slotTrigram = new int[slots.length];
        for (int i = 0; i < oldSlots.length; i++) {
            if (oldSlots[i] != 0) {
                int s = slot(oldSlots[i] - 1);
                slots[s] = oldSlots[i];
                slotTrigram[s] = oldTrigram[i];
            }
        }
    }

    /** The slot holding {@code t}, or the empty slot where it would go. */
    private int slot(long t) {
        int mask = slots.length - 1;
        int s = (int) mix(t) & mask;
        while (slots[s] != 0 && slots[s] != t + 1) {
            s = (s + 1) & mask;
        }
        return s;
    }

    private static long mix(long x) {
        x ^= x >>> 33;
        x *= 0xff51afd7ed558ccdL;
        x ^= x >>> 33;
        return x;
    }

    private static long pack(String s, int i) {
        return ((long) s.charAt(i) << 32) | ((long) s.charAt(i + 1) << 16) | s.charAt(i + 2);
    }

    /** The trigrams of " name ", as {@link NameSuggester#trigramsOf} has them, packed and without repeats. */
    static long[] distinctTrigrams(String name) {
        String p = " " + name + " ";
        int n = p.length() - 2;
        long[] out = new long[Math.max(0, n)];
        for (int i = 0; i < n; i++) {
            out[i] = pack(p, i);
        }
        Arrays.sort(out);
        int k = 0;
        for (int i = 0; i < out.length; i++) {
            if (i == 0 || out[i] != out[i - 1]) {
                out[k++] = out[i];
            }
        }
        return Arrays.copyOf(out, k);
    }
}
