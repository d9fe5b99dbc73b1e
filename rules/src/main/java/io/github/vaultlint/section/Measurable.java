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
    // A digit not glued to letters before it: "40%", "5x", "100k", but not "EC2", "K8s" or "p99".
    private static final Pattern SYMBOL = Pattern.compile("(?<![\\p{L}\\d])\\d|[%$€£¥₹]");

    private Measurable() {
    }

    public static boolean test(String text) {
        if (text == null || text.isBlank()) {
            return false;
        }
        String t = text.toLowerCase(Locale.ROOT);
        return SYMBOL.matcher(t).find() || NUMBER_WORDS.matcher(t).find() || DURATION.matcher(t).find();
    }
}
