package io.github.vaultlint.util;

import java.util.ArrayList;
import java.util.List;

/** Splits text into words: maximal runs of letters and digits ("cross-region" is two words). */
public final class Words {
    private Words() {
    }

    public static List<String> of(String s) {
        List<String> out = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= s.length(); i++) {
            boolean word = i < s.length() && Character.isLetterOrDigit(s.charAt(i));
            if (word && start < 0) {
                start = i;
            } else if (!word && start >= 0) {
                out.add(s.substring(start, i));
                start = -1;
            }
        }
        return out;
    }
}
