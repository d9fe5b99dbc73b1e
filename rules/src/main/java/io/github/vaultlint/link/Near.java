package io.github.vaultlint.link;

import io.github.vaultlint.util.Suggest;

import java.util.List;
import java.util.Set;

/** Closest entry of a short list (headings or block ids of one note): edit distance, then word overlap, same numbers. */
final class Near {
    private Near() {
    }

    /** Index of the entry of {@code keys} closest to {@code key}, or -1 when none is close. */
    static int closest(String key, List<String> keys) {
        if (key.isEmpty()) {
            return -1;
        }
        int best = -1;
        int bestD = Integer.MAX_VALUE;
        List<String> nums = Numbers.of(key);
        for (int i = 0; i < keys.size(); i++) {
            String k = keys.get(i);
            if (!Numbers.agree(nums, k)) {
                continue; // "Round 3" is another heading than "Round 2", not a typo of it
            }
            int limit = Suggest.maxEdits(Math.min(k.length(), key.length()));
            if (limit == 0 || Math.abs(k.length() - key.length()) > limit) {
                continue;
            }
            int d = Suggest.distance(key, k, limit);
            if (d <= limit && d < bestD) {
                best = i;
                bestD = d;
            }
        }
        if (best >= 0) {
            return best;
        }
        Set<String> mine = NameSuggester.wordsOf(key);
        double bestJ = 0;
        for (int i = 0; i < keys.size(); i++) {
            if (!Numbers.agree(nums, keys.get(i))) {
                continue;
            }
            Set<String> theirs = NameSuggester.wordsOf(keys.get(i));
            int shared = 0;
            for (String w : mine) {
                if (theirs.contains(w)) {
                    shared++;
                }
            }
            if (shared == 0) {
                continue;
            }
            double j = shared / (double) (mine.size() + theirs.size() - shared);
            if (j >= 0.5 && j > bestJ) {
                best = i;
                bestJ = j;
            }
        }
        return best;
    }
}
