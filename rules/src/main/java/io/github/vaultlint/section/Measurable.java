package io.github.vaultlint.section;

import java.util.Locale;
import java.util.regex.Pattern;

/** Whether a result states something measurable: a number, percentage, duration or amount. */
public final class Measurable {
    private static final Pattern NUMBER_WORDS = Pattern.compile("\\b(zero|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
            + "|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?|millions?|billions?"
            + "|thirteen|fourteen|sixteen|seventeen|eighteen|nineteen"
            + "|dozens?|half|halved|halving|twice|double[ds]?|doubling|triple[ds]?|tripling|quadrupled|twofold|threefold|fourfold"
            + "|fivefold|tenfold|hundredfold|percent|percentage)\\b");
    private static final Pattern DURATION = Pattern.compile("\\b(a|an|one|per|each|every|within a|in a)\\s+"
            + "(second|minute|hour|day|week|month|quarter|year|sprint|third|fifth|tenth)\\b(?!-)"); // not "a third-party"
    /** "from hours to minutes", "shipped in days": a duration given by its unit alone. */
    private static final Pattern UNITS = Pattern.compile("\\b(from|to|in|within|under|into)\\s+(seconds|minutes|hours|days|weeks|months)\\b");
    private static final String CURRENCY_OR_PERCENT = "%$€£¥₹";

    private Measurable() {
    }

    public static boolean test(String text) {
        if (text == null || text.isBlank()) {
            return false;
        }
        int fast = latin1Symbol(text);
        if (fast == 1) {
            return true; // most results: a number, before any lower-cased copy
        }
        String t = text.toLowerCase(Locale.ROOT);
        return (fast < 0 && symbol(t)) || NUMBER_WORDS.matcher(t).find() || DURATION.matcher(t).find()
                || UNITS.matcher(t).find();
    }

    /**
     * {@code symbol(text.toLowerCase(Locale.ROOT))} read from the text itself: 1 or 0 for Latin-1
     * text, where lower-casing maps char to char and keeps letters letters and digits digits;
     * -1 (ask the lower-cased text) once a char beyond Latin-1 comes before the answer.
     */
    static int latin1Symbol(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x100) {
                return -1;
            }
            if (c == '%' || c == '$' || c == '\u00a3' || c == '\u00a5') {
                return 1;
            }
            if (c >= '0' && c <= '9') {
                if (i == 0) {
                    return 1;
                }
                char prev = text.charAt(i - 1);
                if (!Character.isLetter(prev) && !(prev >= '0' && prev <= '9')) {
                    return 1;
                }
            }
        }
        return 0;
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
