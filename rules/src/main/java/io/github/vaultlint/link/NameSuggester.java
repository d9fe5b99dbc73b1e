package io.github.vaultlint.link;

import io.github.vaultlint.util.Suggest;
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
 * one sharing most of its words. Candidates come from a trigram index and a word index built once,
 * so a query looks only at names that share something with the target, never at every file.
 * Answers are memoised per target: a vault that links one missing note a hundred times pays once.
 */
final class NameSuggester {
    private final List<VaultFile> files = new ArrayList<>();
    private final List<String> keys = new ArrayList<>();
    private final Map<String, int[]> trigrams;
    private final Map<String, int[]> words;
    private final Map<String, VaultFile> memo = new ConcurrentHashMap<>();
    private static final VaultFile NONE = new VaultFile("", null, 0, false);

    /** @param notes true to index notes (by name without .md), false for other files (by full name) */
    NameSuggester(List<VaultFile> all, boolean notes) {
        Map<String, List<Integer>> tri = new HashMap<>();
        Map<String, List<Integer>> wd = new HashMap<>();
        for (VaultFile f : all) {
            if (f.isNote() != notes) {
                continue;
            }
            int id = files.size();
            String key = Keys.fold(f.linkName());
            files.add(f);
            keys.add(key);
            for (String t : trigramsOf(key)) {
                tri.computeIfAbsent(t, k -> new ArrayList<>()).add(id);
            }
            for (String w : wordsOf(key)) {
                wd.computeIfAbsent(w, k -> new ArrayList<>()).add(id);
            }
        }
        trigrams = freeze(tri);
        words = freeze(wd);
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
        int limit = Math.max(1, Math.min(4, name.length() / 3));
        Set<String> tris = trigramsOf(name);
        Map<Integer, Integer> shared = new HashMap<>();
        for (String t : tris) {
            for (int id : trigrams.getOrDefault(t, new int[0])) {
                shared.merge(id, 1, Integer::sum);
            }
        }
        // q-gram lemma: each edit destroys at most three trigrams
        int need = Math.max(1, tris.size() - 3 * limit);
        int best = -1;
        int bestD = Integer.MAX_VALUE;
        for (Map.Entry<Integer, Integer> e : shared.entrySet()) {
            if (e.getValue() < need) {
                continue;
            }
            String k = keys.get(e.getKey());
            if (Math.abs(k.length() - name.length()) > limit) {
                continue;
            }
            int d = Suggest.distance(name, k, limit);
            if (d <= limit && (d < bestD || (d == bestD && better(e.getKey(), best)))) {
                best = e.getKey();
                bestD = d;
            }
        }
        if (best >= 0) {
            return files.get(best);
        }
        // Word overlap: at least half of the words of both names shared (Jaccard >= 0.5).
        Set<String> mine = wordsOf(name);
        Map<Integer, Integer> common = new HashMap<>();
        for (String w : mine) {
            for (int id : words.getOrDefault(w, new int[0])) {
                common.merge(id, 1, Integer::sum);
            }
        }
        double bestJ = 0;
        for (Map.Entry<Integer, Integer> e : common.entrySet()) {
            int theirs = wordsOf(keys.get(e.getKey())).size();
            double j = e.getValue() / (double) (mine.size() + theirs - e.getValue());
            if (j >= 0.5 && (j > bestJ || (j == bestJ && better(e.getKey(), best)))) {
                best = e.getKey();
                bestJ = j;
            }
        }
        return best >= 0 ? files.get(best) : NONE;
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
        int start = -1;
        for (int i = 0; i <= s.length(); i++) {
            boolean word = i < s.length() && Character.isLetterOrDigit(s.charAt(i));
            if (word && start < 0) {
                start = i;
            } else if (!word && start >= 0) {
                if (i - start >= 3) {
                    out.add(s.substring(start, i));
                }
                start = -1;
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
