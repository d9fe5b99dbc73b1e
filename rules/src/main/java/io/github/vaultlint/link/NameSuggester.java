package io.github.vaultlint.link;

import io.github.vaultlint.util.Suggest;
import io.github.vaultlint.util.Words;
import io.github.vaultlint.vault.VaultFile;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * "Did you mean" for missing link targets, with a basis: a name within a small edit distance, or
 * one sharing most of its words, and in either case the same numbers ({@link Numbers}). Candidates come from indexes built once, so a query looks only at
 * names that can qualify, never at every file:
 * <ul>
 *   <li>edit distance k: by the q-gram lemma a name within k edits shares all but 3k of the
 *       target's trigrams, so it must contain one of the target's 3k+1 rarest trigrams; only those
 *       posting lists are read, and each candidate is checked with a banded edit distance;</li>
 *   <li>short targets (too few trigrams to filter) scan only the names of nearby length;</li>
 *   <li>word overlap reads the posting lists of the target's words.</li>
 * </ul>
 * Answers are memoised per target: a vault that links one missing note a hundred times pays once.
 */
final class NameSuggester {
    private static final VaultFile NONE = new VaultFile("", null, 0, false);

    private final List<VaultFile> files = new ArrayList<>();
    private final List<String> keys = new ArrayList<>();
    /** Attachments are compared by name without extension for words, numbers and the edits allowed. */
    private final boolean notes;
    private final int[] stemLengths;
    private final int[] wordCounts;
    private final TrigramIndex trigrams;
    private final Map<String, int[]> words;
    private final Map<Integer, int[]> byLength;
    private final Map<String, VaultFile> memo = new ConcurrentHashMap<>();
    /** Per-thread "seen in this query" marks, stamped with a query number instead of cleared; and counters. */
    private final ThreadLocal<int[]> seen;
    private final ThreadLocal<int[]> sharedCounts;
    private final ThreadLocal<int[]> stamp = ThreadLocal.withInitial(() -> new int[1]);

    /** @param notes true to index notes (by name without .md), false for other files (by full name) */
    NameSuggester(List<VaultFile> all, boolean notes) {
        this.notes = notes;
        Map<String, List<Integer>> wd = new HashMap<>();
        Map<Integer, List<Integer>> len = new HashMap<>();
        List<Integer> counts = new ArrayList<>();
        List<Integer> stems = new ArrayList<>();
        for (VaultFile f : all) {
            if (f.isNote() != notes) {
                continue;
            }
            int id = files.size();
            String key = Keys.fold(f.linkName());
            files.add(f);
            keys.add(key);
            Set<String> ws = wordsOf(stem(key));
            counts.add(ws.size());
            stems.add(stem(key).length());
            for (String w : ws) {
                wd.computeIfAbsent(w, k -> new ArrayList<>()).add(id);
            }
            len.computeIfAbsent(key.length(), k -> new ArrayList<>()).add(id);
        }
        wordCounts = counts.stream().mapToInt(Integer::intValue).toArray();
        stemLengths = stems.stream().mapToInt(Integer::intValue).toArray();
        trigrams = new TrigramIndex(keys);
        words = freeze(wd);
        Map<Integer, int[]> bl = new HashMap<>();
        len.forEach((k, v) -> bl.put(k, v.stream().mapToInt(Integer::intValue).toArray()));
        byLength = bl;
        int n = files.size();
        seen = ThreadLocal.withInitial(() -> new int[n]);
        sharedCounts = ThreadLocal.withInitial(() -> new int[n]);
    }

    /** The closest file to {@code name} (a link's last segment, folded), or null. */
    VaultFile closest(String name) {
        VaultFile f = memo.computeIfAbsent(name, this::compute);
        return f == NONE ? null : f;
    }

    private VaultFile compute(String name) {
        if (name.isEmpty() || files.isEmpty()) {
            return NONE;
        }
        int best = nearestByEdits(name);
        if (best < 0) {
            best = mostSharedWords(name);
        }
        return best >= 0 ? files.get(best) : NONE;
    }

    private int nearestByEdits(String name) {
        int stemLength = stem(name).length();
        int k = Suggest.maxEdits(stemLength);
        if (k == 0) {
            return -1; // too short for an edit to leave anything in common
        }
        int[] marks = seen.get();
        int query = ++stamp.get()[0];
        int best = -1;
        int bestD = k + 1;
        List<String> nums = Numbers.of(stem(name));
        List<String> tris = new ArrayList<>(trigramsOf(name));
        int probe = 3 * k + 1;
        if (tris.size() >= probe) {
            // Rarest trigrams first: any qualifying name contains one of the first 3k+1.
            tris.sort((a, b) -> Integer.compare(trigrams.count(a), trigrams.count(b)));
            for (int t = 0; t < probe; t++) {
                for (int id : trigrams.postings(tris.get(t))) {
                    if (marks[id] != query) {
                        marks[id] = query;
                        int d = EditDistance.within(name, keys.get(id), Math.min(limit(stemLength, id), bestD));
                        if (d <= limit(stemLength, id) && (d < bestD || (d == bestD && better(id, best)))
                                && Numbers.agree(nums, stem(keys.get(id)))) {
                            best = id;
                            bestD = d;
                        }
                    }
                }
            }
        } else {
            // Too short to filter by trigrams: compare with the names of nearby length only.
            for (int l = name.length() - k; l <= name.length() + k; l++) {
                for (int id : byLength.getOrDefault(l, new int[0])) {
                    int d = EditDistance.within(name, keys.get(id), Math.min(limit(stemLength, id), bestD));
                    if (d <= limit(stemLength, id) && (d < bestD || (d == bestD && better(id, best)))
                            && Numbers.agree(nums, stem(keys.get(id)))) {
                        best = id;
                        bestD = d;
                    }
                }
            }
        }
        return bestD <= k ? best : -1;
    }

    /**
     * The edits allowed between a name whose stem is {@code stemLength} long and name {@code id}: a third
     * of the shorter one, without an attachment's extension, so "a.png" is as short as "a" and never
     * suggests "b.png".
     */
    private int limit(int stemLength, int id) {
        return Suggest.maxEdits(Math.min(stemLength, stemLengths[id]));
    }

    /**
     * An attachment's name without its extension ("diagram" for "diagram.png"); a note's key as it is.
     * The extension is no basis for a suggestion: every screenshot shares "png", and "mp4" holds a number.
     */
    private String stem(String key) {
        if (notes) {
            return key;
        }
        int dot = key.lastIndexOf('.');
        return dot > 0 ? key.substring(0, dot) : key;
    }

    /** Word overlap: at least half of the words of both names shared (Jaccard >= 0.5). */
    private int mostSharedWords(String name) {
        Set<String> mine = wordsOf(stem(name));
        int[] marks = seen.get();
        int[] shared = sharedCounts.get();
        int query = ++stamp.get()[0];
        int[] touched = new int[64];
        int touchedCount = 0;
        for (String w : mine) {
            int[] p = postings(words, w);
            if (p.length > 2000) {
                continue; // a word most names share is no basis for a suggestion
            }
            for (int id : p) {
                if (marks[id] != query) {
                    marks[id] = query;
                    shared[id] = 0;
                    if (touchedCount == touched.length) {
                        touched = java.util.Arrays.copyOf(touched, touchedCount * 2);
                    }
                    touched[touchedCount++] = id;
                }
                shared[id]++;
            }
        }
        int best = -1;
        double bestJ = 0;
        List<String> nums = Numbers.of(stem(name));
        for (int t = 0; t < touchedCount; t++) {
            int id = touched[t];
            double j = shared[id] / (double) (mine.size() + wordCounts[id] - shared[id]);
            if (j >= 0.5 && (j > bestJ || (j == bestJ && better(id, best))) && Numbers.agree(nums, stem(keys.get(id)))) {
                best = id;
                bestJ = j;
            }
        }
        return best;
    }

    private static int[] postings(Map<String, int[]> index, String key) {
        int[] p = index.get(key);
        return p == null ? new int[0] : p;
    }

    /** Deterministic tie-break: shorter path, then alphabetical. */
    private boolean better(int a, int b) {
        if (b < 0) {
            return true;
        }
        String pa = files.get(a).path();
        String pb = files.get(b).path();
        return pa.length() != pb.length() ? pa.length() < pb.length() : pa.compareTo(pb) < 0;
    }

    static Set<String> trigramsOf(String s) {
        String p = " " + s + " ";
        Set<String> out = new HashSet<>();
        for (int i = 0; i + 3 <= p.length(); i++) {
            out.add(p.substring(i, i + 3));
        }
        return out;
    }

    /** Words of three or more letters or digits (shorter ones are too common to be a basis). */
    static Set<String> wordsOf(String s) {
        Set<String> out = new HashSet<>();
        for (String w : Words.of(s)) {
            if (w.length() >= 3) {
                out.add(w);
            }
        }
        return out;
    }

    private static Map<String, int[]> freeze(Map<String, List<Integer>> m) {
        Map<String, int[]> out = new HashMap<>(m.size() * 2);
        for (Map.Entry<String, List<Integer>> e : m.entrySet()) {
            out.put(e.getKey(), e.getValue().stream().mapToInt(Integer::intValue).toArray());
        }
        return out;
    }
}
