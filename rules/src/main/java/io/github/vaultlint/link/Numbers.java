package io.github.vaultlint.link;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The numbers written in a name, compared by value. A name that differs from what was written only in
 * a number is a different thing, not a typo: "Pasted image 20221006142436.png" is another screenshot
 * than "Pasted image 20221007193220.png", [[Round 3]] another round than "Round 2", a block ^260407 another
 * day than ^260408. So a "did you mean" needs the same numbers, where both names have any.
 */
final class Numbers {
    private Numbers() {
    }

    /** The digit runs of {@code s}, leading zeros dropped, so "03-1" and "3-01" write the same numbers. */
    static List<String> of(String s) {
        List<String> out = null;
        int i = 0;
        while (i < s.length()) {
            if (!isDigit(s.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < s.length() && isDigit(s.charAt(i))) {
                i++;
            }
            int nz = start;
            while (nz < i - 1 && s.charAt(nz) == '0') {
                nz++;
            }
            if (out == null) {
                out = new ArrayList<>(2);
            }
            out.add(s.substring(nz, i));
        }
        return out == null ? List.of() : out;
    }

    /** False when both names hold numbers and those numbers differ: then one is no basis for the other. */
    static boolean agree(List<String> written, String candidate) {
        if (written.isEmpty()) {
            return true;
        }
        List<String> theirs = of(candidate);
        return theirs.isEmpty() || Objects.equals(written, theirs);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
