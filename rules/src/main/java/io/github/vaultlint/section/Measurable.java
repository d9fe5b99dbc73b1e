package io.github.vaultlint.section;

import java.util.Locale;
import java.util.regex.Pattern;

/** Whether a result states something measurable: a number, percentage, duration or amount. */
public final class Measurable {
    private static final Pattern NUMBER_WORDS = Pattern.compile("\\b(zero|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
            + "|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?|millions?|billions?"
            + "|dozens?|half|halved|twice|double[ds]?|doubling|triple[ds]?|tripling|quadrupled|tenfold|percent|percentage)\\b");
    private static final Pattern DURATION = Pattern.compile("\\b(a|an|one|per|each|every|within a|in a)\\s+"
            + "(second|minute|hour|day|week|month|quarter|year|sprint)\\b");
    private static final String CURRENCY_OR_PERCENT = "%$€£¥₹";

    private Measurable() {
    }

    public static boolean test(String text) {
        if (text == null || text.isBlank()) {
            return false;
        }
        String t = text.toLowerCase(Locale.ROOT);
        return symbol(t) || NUMBER_WORDS.matcher(t).find() || DURATION.matcher(t).find();
    }

    /**
     * A percent or currency sign, or an ASCII digit not glued to a letter or digit before it: "40%",
     * "5x", "100k", but not "EC2", "K8s" or "p99". A char loop: most results pass here, before the
     * word patterns run.
     */
    static boolean symbol(String t) {
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (CURRENCY_OR_PERCENT.indexOf(c) >= 0) {
                return true;
            }
            if (c >= '0' && c <= '9') {
                if (i == 0) {
                    return true;
                }
                int prev = Character.codePointBefore(t, i);
                if (!Character.isLetter(prev) && !(prev >= '0' && prev <= '9')) {
                    return true;
                }
            }
        }
        return false;
    }
}
