package io.github.vaultlint.report;

import java.util.Locale;

/**
 * Context-aware escaping for HTML output. Note text is untrusted: every string that reaches the
 * page passes through exactly one of these, chosen by where it lands.
 */
public final class Html {
    private Html() {
    }

    /** Text content between tags. */
    public static String text(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String rep;
            switch (c) {
                case '<': rep = "&lt;"; break;
                case '>': rep = "&gt;"; break;
                case '&': rep = "&amp;"; break;
                case '"': rep = "&quot;"; break;
                case '\'': rep = "&#39;"; break;
                default: rep = null;
            }
            if (rep == null && c < 0x20 && c != '\n' && c != '\t') {
                rep = "\uFFFD";
            } else if (rep == null && isBidiControl(c)) {
                // An override or isolate holds until the end of the block, not of the note's text:
                // unescaped, one in a company or file name reverses the dates, counts and links after it.
                rep = "\\u" + Integer.toHexString(c).toUpperCase(Locale.ROOT);
            }
            if (rep != null) {
                if (sb == null) {
                    sb = new StringBuilder(s.length() + 16).append(s, 0, i);
                }
                sb.append(rep);
            } else if (sb != null) {
                sb.append(c);
            }
        }
        return sb == null ? s : sb.toString();
    }

    /**
     * The explicit bidirectional embeddings, overrides and isolates (U+202A..U+202E, U+2066..U+2069),
     * written out as the console writes them ({@code SafeText}). The marks (LRM, RLM, ALM) have no
     * scope and stay, as right-to-left text needs them.
     */
    static boolean isBidiControl(char c) {
        return (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
    }

    /** A quoted attribute value (always written inside double quotes). */
    public static String attr(String s) {
        return text(s);
    }

    /**
     * A URL for href/src: only http(s), obsidian and relative URLs survive; anything else
     * (javascript:, data:, vbscript:) becomes "#". The result is attribute-escaped.
     */
    public static String url(String s) {
        if (s == null) {
            return "#";
        }
        String t = s.strip();
        int colon = t.indexOf(':');
        int slash = t.indexOf('/');
        if (colon >= 0 && (slash < 0 || colon < slash)) {
            String scheme = t.substring(0, colon).toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https") && !scheme.equals("obsidian")) {
                return "#";
            }
        }
        return attr(t);
    }

    /** Percent-encodes a URL component (query value or path segment). */
    public static String urlComponent(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** A string inside a JSON blob embedded in a {@code <script type="application/json">} element. */
    public static String jsonInScript(String json) {
        return json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
                .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029");
    }
}
