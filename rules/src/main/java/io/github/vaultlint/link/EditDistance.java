package io.github.vaultlint.link;

/**
 * Levenshtein distance bounded by {@code k}: only the diagonal band |i - j| <= k is computed, so
 * a comparison costs O(length * k) and stops as soon as the band exceeds k.
 */
final class EditDistance {
    private EditDistance() {
    }

    /** The distance between {@code a} and {@code b}, or {@code k + 1} when it is larger than {@code k}. */
    static int within(String a, String b, int k) {
        int n = a.length();
        int m = b.length();
        if (Math.abs(n - m) > k) {
            return k + 1;
        }
        int big = k + 1;
        int[] prev = new int[m + 1];
        int[] cur = new int[m + 1];
        for (int j = 0; j <= m; j++) {
            prev[j] = j <= k ? j : big;
        }
        for (int i = 1; i <= n; i++) {
            int lo = Math.max(1, i - k);
            int hi = Math.min(m, i + k);
            cur[0] = i <= k ? i : big;
            if (lo > 1) {
                cur[lo - 1] = big;
            }
            int rowMin = cur[0];
            char ca = a.charAt(i - 1);
            for (int j = lo; j <= hi; j++) {
                int sub = prev[j - 1] + (ca == b.charAt(j - 1) ? 0 : 1);
                int del = prev[j] + 1;
                int ins = cur[j - 1] + 1;
                int v = Math.min(sub, Math.min(del, ins));
                cur[j] = Math.min(v, big);
                rowMin = Math.min(rowMin, cur[j]);
            }
            if (hi < m) {
                cur[hi + 1] = big;
            }
            if (rowMin > k) {
                return big;
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return Math.min(prev[m], big);
    }
}
