package io.github.vaultlint.parse;

/**
 * A Markdown link destination as CommonMark reads it: backslash escapes and HTML character
 * references are replaced by the characters they stand for, in one pass, so {@code Q\&amp;A.md} is
 * {@code Q&amp;A.md} and {@code Q&amp;A.md} is {@code Q&A.md}. Percent escapes stay: they are the
 * URL's, decoded after the anchor is split off (see {@link NoteParser#percentDecode}).
 */
public final class LinkDestination {
    /** The longest HTML5 entity name, "CounterClockwiseContourIntegral". */
    private static final int MAX_NAME = 31;

    private LinkDestination() {
    }

    /**
     * The destination without its escapes and character references: {@code Interview\_Prep.md} is
     * {@code Interview_Prep.md}, {@code A&amp;B.md} and {@code A&#38;B.md} are {@code A&B.md}. A
     * backslash before anything but ASCII punctuation stays, and so does an {@code &} that starts no
     * reference ({@code Q&A.md}, {@code &bogus;}).
     */
    public static String unescape(String url) {
        int i = 0;
        while (i < url.length() && url.charAt(i) != '\\' && url.charAt(i) != '&') {
            i++;
        }
        if (i == url.length()) {
            return url;
        }
        StringBuilder sb = new StringBuilder(url.length()).append(url, 0, i);
        for (; i < url.length(); i++) {
            char c = url.charAt(i);
            if (c == '\\' && i + 1 < url.length() && isAsciiPunctuation(url.charAt(i + 1))) {
                sb.append(url.charAt(++i));
            } else if (c == '&') {
                int end = referenceEnd(url, i);
                if (end < 0) {
                    sb.append(c);
                } else {
                    sb.append(decodeReference(url.substring(i, end)));
                    i = end - 1;
                }
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /**
     * {@code text} with its character references decoded and nothing else: what a wikilink would
     * open if it were read as a Markdown destination is (wikilinks themselves are taken as written).
     */
    public static String decodeReferences(String text) {
        int amp = text.indexOf('&');
        if (amp < 0) {
            return text;
        }
        StringBuilder sb = new StringBuilder(text.length()).append(text, 0, amp);
        for (int i = amp; i < text.length(); i++) {
            int end = text.charAt(i) == '&' ? referenceEnd(text, i) : -1;
            if (end < 0) {
                sb.append(text.charAt(i));
            } else {
                sb.append(decodeReference(text.substring(i, end)));
                i = end - 1;
            }
        }
        return sb.toString();
    }

    /** True when the {@code &} at {@code at} starts a character reference that a destination decodes. */
    public static boolean startsReference(CharSequence s, int at) {
        return referenceEnd(s, at) >= 0;
    }

    /**
     * The end (after its ';') of the character reference starting with the {@code &} at {@code at},
     * or -1: {@code &#} and 1 to 7 digits, {@code &#x} and 1 to 6 hex digits, or a known entity name.
     * Bounded by the longest form, so a long run of text after an {@code &} costs nothing.
     */
    public static int referenceEnd(CharSequence s, int at) {
        int i = at + 1;
        if (i < s.length() && s.charAt(i) == '#') {
            i++;
            boolean hex = i < s.length() && (s.charAt(i) == 'x' || s.charAt(i) == 'X');
            if (hex) {
                i++;
            }
            int start = i;
            int max = hex ? 6 : 7;
            while (i < s.length() && i - start < max && Character.digit(s.charAt(i), hex ? 16 : 10) >= 0 && s.charAt(i) < 128) {
                i++;
            }
            return i > start && i < s.length() && s.charAt(i) == ';' ? i + 1 : -1;
        }
        int start = i;
        while (i < s.length() && i - start < MAX_NAME && isAsciiLetterOrDigit(s.charAt(i))) {
            i++;
        }
        if (i == start || i >= s.length() || s.charAt(i) != ';' || !isAsciiLetter(s.charAt(start))) {
            return -1;
        }
        String reference = s.subSequence(at, i + 1).toString();
        return decodeReference(reference).equals(reference) ? -1 : i + 1;
    }

    /**
     * The characters a well-formed reference stands for. A numeric one that names no character (0, a
     * surrogate, past U+10FFFF) is U+FFFD, as CommonMark says; a name that is no HTML5 entity stays.
     */
    public static String decodeReference(String reference) {
        if (reference.charAt(1) != '#') {
            // flexmark's table of the HTML5 entities, loaded the first time a destination holds a name
            return com.vladsch.flexmark.util.sequence.Html5Entities.entityToString(reference);
        }
        boolean hex = reference.charAt(2) == 'x' || reference.charAt(2) == 'X';
        int code = Integer.parseInt(reference.substring(hex ? 3 : 2, reference.length() - 1), hex ? 16 : 10);
        if (code == 0 || code > Character.MAX_CODE_POINT || (code >= Character.MIN_SURROGATE && code <= Character.MAX_SURROGATE)) {
            return "\uFFFD";
        }
        return new String(Character.toChars(code));
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return isAsciiLetter(c) || c >= '0' && c <= '9';
    }

    private static boolean isAsciiPunctuation(char c) {
        return c >= '!' && c <= '/' || c >= ':' && c <= '@' || c >= '[' && c <= '`' || c >= '{' && c <= '~';
    }
}
