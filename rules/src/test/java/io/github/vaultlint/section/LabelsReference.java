package io.github.vaultlint.section;

import io.github.vaultlint.vault.Block;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The label, content and measurability code as it was before the section analysis was tuned for
 * speed (a straightforward String-per-step version), frozen here so tests can check that the tuned
 * code gives the same answers on any input.
 */
final class LabelsReference {
    static final Pattern CALLOUT = Pattern.compile("^\\s*\\[!([^\\]\\s]+)\\]([+-]?)\\s*(.*)$");
    static final String OPENING_QUOTES = "\"'“‘«„";

    private LabelsReference() {
    }



    /**
     * Lower-cases and strips what does not change the meaning of a label: %% comments %%, stray
     * leading '#', surrounding emphasis, a trailing ':' or '?', list numbering, leading emoji, curly
     * apostrophes and repeated spaces.
     */
    static String normalize(String raw) {
        if (raw == null) {
            return "";
        }
        String s = stripComments(raw).strip();
        int i = 0;
        while (i < s.length() && (s.charAt(i) == '#' || Character.isWhitespace(s.charAt(i)))) {
            i++;
        }
        s = s.substring(i);
        String prev;
        do {
            prev = s;
            s = stripEmphasis(s).strip();
            while (!s.isEmpty() && ":：?.!".indexOf(s.charAt(s.length() - 1)) >= 0) {
                s = s.substring(0, s.length() - 1).strip();
            }
            s = stripLeadingSymbols(s);
            s = s.substring(numbering(s));
            s = stripTrailingSymbols(s);
            s = stripParenthetical(s);
        } while (!s.equals(prev));
        s = s.replace('’', '\'').replace('‘', '\'').toLowerCase(Locale.ROOT);
        return collapseSpaces(s);
    }

    /**
     * Length of leading list numbering ("12. ", "iv) "): one to three digits or one to four of
     * i, v, x, then '.' or ')', then at least one space; 0 when there is none. A char loop, not a
     * regex: labels are normalised for every heading and label of every note.
     */
    static int numbering(String s) {
        int n = s.length();
        int i = 0;
        boolean digits = n > 0 && s.charAt(0) >= '0' && s.charAt(0) <= '9';
        while (i < n && (digits ? s.charAt(i) >= '0' && s.charAt(i) <= '9' : "ivx".indexOf(s.charAt(i)) >= 0)) {
            i++;
        }
        if (i == 0 || i > (digits ? 3 : 4) || i >= n || (s.charAt(i) != '.' && s.charAt(i) != ')')) {
            return 0;
        }
        int j = i + 1;
        while (j < n && isRegexSpace(s.charAt(j))) {
            j++;
        }
        return j > i + 1 ? j : 0;
    }

    /** Runs of ASCII whitespace (regex {@code \s}) become one space. */
    static String collapseSpaces(String s) {
        int n = s.length();
        int i = 0;
        while (i < n && !(isRegexSpace(s.charAt(i)) && (s.charAt(i) != ' ' || i + 1 < n && isRegexSpace(s.charAt(i + 1))))) {
            i++;
        }
        if (i == n) {
            return s; // nothing to collapse: the common case, no copy
        }
        StringBuilder sb = new StringBuilder(n).append(s, 0, i);
        while (i < n) {
            char c = s.charAt(i);
            if (isRegexSpace(c)) {
                sb.append(' ');
                while (i < n && isRegexSpace(s.charAt(i))) {
                    i++;
                }
            } else {
                sb.append(c);
                i++;
            }
        }
        return sb.toString();
    }

    /** The characters of regex {@code \s}: space, tab, line feed, vertical tab, form feed, carriage return. */
    static boolean isRegexSpace(char c) {
        return c == ' ' || (c >= '\t' && c <= '\r');
    }

    /** Removes Obsidian %% comments %% and HTML comments, which do not render. An unclosed one runs to the end. */
    static String stripComments(String s) {
        if (s.indexOf("%%") < 0 && s.indexOf("<!--") < 0) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length());
        int n = s.length();
        int i = 0;
        while (i < n) {
            boolean pct = s.startsWith("%%", i);
            if (pct || s.startsWith("<!--", i)) {
                int close = pct ? s.indexOf("%%", i + 2) : s.indexOf("-->", i + 4);
                if (close < 0) {
                    sb.append(s, endBeforeFinalTerminator(s), n); // a trailing line break stays, as with a regex '$'
                    break;
                }
                i = close + (pct ? 2 : 3);
            } else {
                sb.append(s.charAt(i++));
            }
        }
        return sb.toString();
    }

    static int endBeforeFinalTerminator(String s) {
        int n = s.length();
        if (s.endsWith("\r\n")) {
            return n - 2;
        }
        char last = s.charAt(n - 1);
        return last == '\n' || last == '\r' || last == '\u0085' || last == '\u2028' || last == '\u2029' ? n - 1 : n;
    }

    /** Heading text for messages: stray leading '#' markers, comments and enclosing quotes removed. */
    static String displayTitle(String headingText) {
        String s = stripComments(headingText).strip();
        int i = 0;
        while (i < s.length() && (s.charAt(i) == '#' || Character.isWhitespace(s.charAt(i)))) {
            i++;
        }
        s = s.substring(i).strip();
        if (s.length() >= 2 && (s.charAt(0) == '"' && s.charAt(s.length() - 1) == '"'
                || s.charAt(0) == '“' && s.charAt(s.length() - 1) == '”')) {
            s = s.substring(1, s.length() - 1).strip();
        }
        return s;
    }

    /**
     * The bold or short label at the start of {@code line}, or null. Bold labels may carry the colon
     * inside or outside the bold ({@code **Asked:**}, {@code **Asked**:}) or stand alone on the line;
     * short labels are one capital letter and a colon ({@code S: ...}). Opening quotation marks before
     * the label are skipped, as in {@code "**Situation**: ...} inside a quoted answer, and so are
     * leading emoji.
     */
    static Labels.LineLabel atLineStart(String line) {
        int i = 0;
        int n = line.length();
        while (i < n && (Character.isWhitespace(line.charAt(i)) || OPENING_QUOTES.indexOf(line.charAt(i)) >= 0)) {
            i++;
        }
        if (i >= n) {
            return null;
        }
        if (line.charAt(i) >= 0x80) {
            i = n - stripLeadingSymbols(line.substring(i)).length(); // a leading emoji: "🟦 **Situation**: ..."
            if (i >= n) {
                return null;
            }
        }
        char c = line.charAt(i);
        if (c == '*' || c == '_') {
            return bold(line, i);
        }
        if (c >= 'A' && c <= 'Z' && i + 1 < n && line.charAt(i + 1) == ':'
                && (i + 2 == n || Character.isWhitespace(line.charAt(i + 2)))) {
            return new Labels.LineLabel(Labels.Form.SHORT, String.valueOf(c), i, skipSpaces(line, i + 2));
        }
        java.util.regex.Matcher combined = java.util.regex.Pattern.compile("[A-Z]([/&][A-Z])+:").matcher(line);
        if (combined.region(i, n).lookingAt()
                && (combined.end() == n || Character.isWhitespace(line.charAt(combined.end())))) {
            int colon = combined.end() - 1;
            return new Labels.LineLabel(Labels.Form.SHORT, line.substring(i, colon), i, skipSpaces(line, colon + 1));
        }
        return plain(line, i);
    }

    /** "Situation: ..." - a few words and a colon followed by a space or the end of the line. */
    static Labels.LineLabel plain(String line, int start) {
        if (!Character.isLetter(line.charAt(start))) {
            return null;
        }
        int limit = Math.min(line.length(), start + 40);
        for (int j = start + 1; j < limit; j++) {
            char ch = line.charAt(j);
            if (ch == '–' || ch == '—' || ch == '-' && line.charAt(j - 1) == ' '
                    && (j + 1 == line.length() || Character.isWhitespace(line.charAt(j + 1)))) {
                // "Situation - ...", "Result — ...": a dash ends the label as a colon does
                String label = line.substring(start, j).strip();
                return label.length() < 2 ? null : new Labels.LineLabel(Labels.Form.PLAIN, label, start, skipSpaces(line, j + 1));
            }
            if (ch == ':') {
                if (j - start < 2) {
                    return null; // one letter: only an upper-case short label counts
                }
                if (j + 1 < line.length() && !Character.isWhitespace(line.charAt(j + 1))) {
                    return null; // "https://..." or "10:30"
                }
                return new Labels.LineLabel(Labels.Form.PLAIN, line.substring(start, j).strip(), start, skipSpaces(line, j + 1));
            }
            if (!(Character.isLetter(ch) || " '’-/&+".indexOf(ch) >= 0)) {
                return null;
            }
        }
        return null;
    }

    static Labels.LineLabel bold(String line, int start) {
        char d = line.charAt(start);
        int run = 0;
        while (start + run < line.length() && line.charAt(start + run) == d) {
            run++;
        }
        if (run > 3) {
            return null;
        }
        String delim = String.valueOf(d).repeat(run);
        int close;
        if (run == 1) {
            // "*Situation*: ...": the opener touches the label, the closer is the next d, standing alone
            if (start + 1 >= line.length() || Character.isWhitespace(line.charAt(start + 1))) {
                return null;
            }
            close = line.indexOf(d, start + 1);
            if (close < 0 || (close + 1 < line.length() && line.charAt(close + 1) == d) || line.charAt(close - 1) == d) {
                return null;
            }
        } else {
            close = line.indexOf(delim, start + run);
        }
        if (close <= start + run) {
            return null;
        }
        String inner = line.substring(start + run, close).strip();
        int after = close + run;
        while (after < line.length() && line.charAt(after) == d) {
            after++; // "***Label***" closed by a longer run
        }
        if (inner.isEmpty()) {
            return null;
        }
        char last = inner.charAt(inner.length() - 1);
        if (run > 1 && inner.length() > 1 && "-\u2013\u2014".indexOf(last) >= 0
                && (last != '-' || Character.isWhitespace(inner.charAt(inner.length() - 2)))) {
            // "**What I was asked —** ...": the dash inside the bold ends the label as a colon does
            String words = inner.substring(0, inner.length() - 1).strip();
            if (!words.isEmpty()) {
                return new Labels.LineLabel(Labels.Form.BOLD, words, start, skipSpaces(line, after));
            }
        }
        if (d == '*' && after < line.length() && Character.isLetter(line.charAt(after))
                && !inner.endsWith(":") && !inner.endsWith("：") && !inner.endsWith("?")) {
            // "**S**ituation: ...": the bold letter opens a word that runs on to a colon
            int k = after;
            int limit = Math.min(line.length(), after + 40);
            while (k < limit && (Character.isLetter(line.charAt(k)) || " '’-".indexOf(line.charAt(k)) >= 0)) {
                k++;
            }
            if (k >= limit || line.charAt(k) != ':' && line.charAt(k) != '：') {
                return null;
            }
            return new Labels.LineLabel(Labels.Form.BOLD, inner + line.substring(after, k).stripTrailing(), start,
                    skipSpaces(line, k + 1));
        }
        if (inner.endsWith(":") || inner.endsWith("：") || run > 1 && inner.endsWith("?")) {
            // "**What did they ask?** ...": in bold, a question mark ends a label as a colon does
            return new Labels.LineLabel(Labels.Form.BOLD, inner, start, skipSpaces(line, after));
        }
        int j = skipSpaces(line, after);
        if (run == 1 && (j >= line.length() || line.charAt(j) != ':' && line.charAt(j) != '：')) {
            return null; // single emphasis needs its colon
        }
        if (j >= line.length()) {
            return new Labels.LineLabel(Labels.Form.BOLD, inner, start, j);
        }
        char next = line.charAt(j);
        if (next == ':' || next == '：') {
            return new Labels.LineLabel(Labels.Form.BOLD, inner, start, skipSpaces(line, j + 1));
        }
        if ((next == '-' || next == '–' || next == '—') && j + 1 < line.length() && line.charAt(j + 1) == ' ') {
            return new Labels.LineLabel(Labels.Form.BOLD, inner, start, skipSpaces(line, j + 1));
        }
        return null;
    }

    /**
     * The title of a callout opening line ({@code [!info]- Suggested Improved Answer}), or null when
     * the line does not open a callout. A callout without a title shows its type, so the type is used.
     */
    static Labels.LineLabel callout(String line) {
        int i = 0;
        while (i < line.length() && isRegexSpace(line.charAt(i))) {
            i++;
        }
        if (!line.startsWith("[!", i)) {
            return null; // the common case, decided without the regex
        }
        Matcher m = CALLOUT.matcher(line);
        if (!m.matches()) {
            return null;
        }
        String title = stripComments(m.group(3)).strip();
        if (title.isEmpty()) {
            return new Labels.LineLabel(Labels.Form.CALLOUT, m.group(1), m.start(1), line.length());
        }
        return new Labels.LineLabel(Labels.Form.CALLOUT, title, m.start(3), line.length());
    }

    static int skipSpaces(String s, int i) {
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return i;
    }

    static String stripEmphasis(String s) {
        int a = 0;
        int b = s.length();
        while (a < b && isEmphasis(s.charAt(a))) {
            a++;
        }
        while (b > a && isEmphasis(s.charAt(b - 1))) {
            b--;
        }
        return s.substring(a, b);
    }

    static boolean isEmphasis(char c) {
        return c == '*' || c == '_' || c == '~' || c == '=';
    }

    static String stripTrailingSymbols(String s) {
        int j = s.length();
        while (j > 0) {
            int cp = s.codePointBefore(j);
            if (!isSymbol(cp)) {
                break;
            }
            j -= Character.charCount(cp);
        }
        return s.substring(0, j);
    }

    /** "Task (my role)" is "Task"; "(Situation)" stays as it is. */
    static String stripParenthetical(String s) {
        int n = s.length();
        if (n < 3 || s.charAt(n - 1) != ')') {
            return s;
        }
        int open = Math.max(s.lastIndexOf('(', n - 2), s.lastIndexOf(')', n - 2));
        if (open < 0 || s.charAt(open) != '(') {
            return s;
        }
        String head = s.substring(0, open).strip();
        return head.isEmpty() ? s : head;
    }

    static boolean isSymbol(int cp) {
        int type = Character.getType(cp);
        return type == Character.OTHER_SYMBOL || type == Character.NON_SPACING_MARK
                || type == Character.FORMAT || type == Character.SURROGATE || cp == 0xFE0F
                || Character.isWhitespace(cp);
    }

    static String stripLeadingSymbols(String s) {
        int i = 0;
        while (i < s.length()) {
            int cp = s.codePointAt(i);
            int type = Character.getType(cp);
            boolean symbol = type == Character.OTHER_SYMBOL || type == Character.NON_SPACING_MARK
                    || type == Character.FORMAT || type == Character.SURROGATE || cp == 0xFE0F
                    || Character.isWhitespace(cp);
            if (!symbol) {
                break;
            }
            i += Character.charCount(cp);
        }
        return s.substring(i);
    }

    // ---- Content ----------------------------------------------------------------------------------

    /** Lines that hold a place without saying anything. */
    static final Set<String> PLACEHOLDERS = Set.of("-", "*", "+", "–", "—", "[ ]", "[x]", "[X]", "?", "??",
            "???", "...", "…", "todo", "tbd", "tba", "tk", "wip");
    static final int PLACEHOLDER_MAX = PLACEHOLDERS.stream().mapToInt(String::length).max().orElse(0);

    /**
     * Blank after removing comments: nothing, or only placeholders such as a lone bullet or dash, an
     * empty checkbox, "?", "..." or "TODO" / "TBD" on their own.
     */
    static boolean isBlank(String text) {
        String t = stripComments(text).strip();
        if (t.isEmpty()) {
            return true;
        }
        for (String line : t.split("\n")) {
            String l = line.strip().replaceAll("^[*_~=]+|[*_~=]+$", "").strip(); // "**TODO**" is a placeholder too
            // Lower-casing never shortens a string, so a line longer than every placeholder is content.
            if (!(l.isEmpty() || l.length() <= PLACEHOLDER_MAX && PLACEHOLDERS.contains(l.toLowerCase(Locale.ROOT))
                    || closedWord(l))) {
                return false;
            }
        }
        return true;
    }

    /** "TBD.", "TODO:", "**TODO**!": a word placeholder closed by one full stop, colon or exclamation mark. */
    private static boolean closedWord(String l) {
        if (!l.matches(".*[.:!]")) {
            return false;
        }
        String w = l.substring(0, l.length() - 1).replaceAll("^[*_~=]+|[*_~=]+$", "");
        return w.matches(".*\\p{L}") && PLACEHOLDERS.contains(w.toLowerCase(Locale.ROOT));
    }

    /** The blocks' text joined by newlines, with comments removed. */
    static String text(List<Block> blocks) {
        StringBuilder sb = new StringBuilder();
        for (Block b : blocks) {
            String t = stripComments(b.text()).strip();
            if (t.isEmpty()) {
                continue;
            }
            if (sb.length() > 0) {
                sb.append('\n');
            }
            sb.append(t);
        }
        return sb.toString();
    }

    // ---- Measurable -------------------------------------------------------------------------------

    static final Pattern NUMBER_WORDS = Pattern.compile("\\b(zero|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
            + "|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?|millions?|billions?"
            + "|thirteen|fourteen|sixteen|seventeen|eighteen|nineteen"
            + "|dozens?|half|halved|halving|twice|double[ds]?|doubling|triple[ds]?|tripling|quadrupled|twofold|threefold|fourfold"
            + "|fivefold|tenfold|hundredfold|percent|percentage)\\b");
    static final Pattern DURATION = Pattern.compile("\\b(a|an|one|per|each|every|within a|in a)\\s+"
            + "(second|minute|hour|day|week|month|quarter|year|sprint|third|fifth|tenth)\\b(?!-)"); // not "a third-party"
    /** "from hours to minutes", "shipped in days": a duration given by its unit alone. */
    static final Pattern UNITS = Pattern.compile("\\b(from|to|in|within|under|into)\\s+(seconds|minutes|hours|days|weeks|months)\\b");
    static final String CURRENCY_OR_PERCENT = "%$€£¥₹";

    static boolean measurable(String text) {
        if (text == null || text.isBlank()) {
            return false;
        }
        String t = text.toLowerCase(Locale.ROOT);
        return symbol(t) || NUMBER_WORDS.matcher(t).find() || DURATION.matcher(t).find()
                || UNITS.matcher(t).find();
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
