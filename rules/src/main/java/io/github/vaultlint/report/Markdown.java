package io.github.vaultlint.report;

import io.github.vaultlint.util.SafeText;

/**
 * Escaping for GitHub-flavoured Markdown (the job summary), where note and config text must show
 * as the text it is: never as HTML, a link, an image, emphasis, a code span or a table cell break.
 */
public final class Markdown {
    private Markdown() {
    }

    /**
     * Inline text: every ASCII punctuation character is backslash-escaped (CommonMark and GFM allow
     * it for all of them and show the character itself), which keeps out HTML tags and entities,
     * link and image syntax, emphasis, code spans, table pipes, headings and list markers, and GFM's
     * bare-URL and e-mail autolinks (their ':', '.' and '@' are escaped). Line breaks become spaces
     * and control characters are written out ({@link SafeText}).
     */
    public static String text(String s) {
        if (s == null) {
            return "";
        }
        // Line breaks and tabs first (a space each), then SafeText writes out the control characters
        // (ESC as backslash-u001B), whose backslash the punctuation escape below doubles, so GFM shows it.
        String v = SafeText.visible(s.replace('\r', ' ').replace('\n', ' ').replace('\t', ' '));
        StringBuilder sb = new StringBuilder(v.length() + 16);
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (isAsciiPunctuation(c)) {
                sb.append('\\');
            }
            sb.append(c);
        }
        return sb.toString();
    }

    /**
     * A code span holding {@code s} verbatim: fenced by a run of backticks longer than any run
     * inside, padded with spaces when it starts or ends with a backtick. Line breaks and other
     * control characters are written out by {@link SafeText} (a line feed as backslash-n, ESC as
     * backslash-u001B: a raw line break would end the table row), and a pipe is escaped as a table
     * cell needs (GFM applies that escape inside code spans too); use it in table cells only.
     */
    public static String code(String s, boolean inTable) {
        String v = SafeText.visible(s == null ? "" : s);
        if (inTable) {
            v = v.replace("|", "\\|");
        }
        int longest = 0;
        int run = 0;
        for (int i = 0; i < v.length(); i++) {
            run = v.charAt(i) == '`' ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        String fence = "`".repeat(longest + 1);
        boolean pad = v.startsWith("`") || v.endsWith("`") || (v.startsWith(" ") && v.endsWith(" ") && !v.isBlank());
        return fence + (pad ? " " : "") + v + (pad ? " " : "") + fence;
    }

    static boolean isAsciiPunctuation(char c) {
        return (c >= '!' && c <= '/') || (c >= ':' && c <= '@') || (c >= '[' && c <= '`') || (c >= '{' && c <= '~');
    }
}
