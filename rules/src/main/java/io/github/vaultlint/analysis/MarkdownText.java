package io.github.vaultlint.analysis;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns inline Markdown into plain text for reports, and pulls out **bold key phrases**. One pass
 * over the characters, no regular expressions: it runs on every item of every interview.
 */
public final class MarkdownText {
    private MarkdownText() {
    }

    public static String plain(String md) {
        if (md == null || md.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder(md.length());
        int n = md.length();
        int i = skipTaskMarker(md);
        boolean lineStart = true;
        while (i < n) {
            char c = md.charAt(i);
            if (lineStart && c == '>') {
                i++;
                continue;
            }
            lineStart = c == '\n' || (lineStart && (c == ' ' || c == '\t'));
            if (c == '%' && md.startsWith("%%", i)) {
                int end = md.indexOf("%%", i + 2);
                i = end < 0 ? n : end + 2;
                continue;
            }
            if (c == '<' && md.startsWith("<!--", i)) {
                int end = md.indexOf("-->", i + 4);
                i = end < 0 ? n : end + 3;
                continue;
            }
            if ((c == '[' || (c == '!' && i + 1 < n && md.charAt(i + 1) == '[')) && md.startsWith("[[", c == '!' ? i + 1 : i)) {
                int open = c == '!' ? i + 3 : i + 2;
                int close = md.indexOf("]]", open);
                int newline = md.indexOf('\n', open);
                if (close > 0 && (newline < 0 || newline > close)) {
                    String inner = md.substring(open, close);
                    int pipe = inner.indexOf('|');
                    int hash = inner.indexOf('#');
                    String target = hash >= 0 && (pipe < 0 || hash < pipe) ? inner.substring(0, hash) : pipe >= 0 ? inner.substring(0, pipe) : inner;
                    String alias = pipe >= 0 ? inner.substring(pipe + 1) : null;
                    // an embed's "|300" or "|100x145" is a size, not text
                    String shown = alias == null || (c == '!' && alias.matches("\\d+(x\\d+)?")) ? target : alias;
                    out.append(shown);
                    i = close + 2;
                    continue;
                }
            }
            if (c == '[' || (c == '!' && i + 1 < n && md.charAt(i + 1) == '[')) {
                int textStart = c == '!' ? i + 2 : i + 1;
                int close = md.indexOf(']', textStart);
                if (close > 0 && close + 1 < n && md.charAt(close + 1) == '(') {
                    int paren = closingParen(md, close + 2);
                    if (paren > 0) {
                        out.append(plain(md.substring(textStart, close)));
                        i = paren + 1;
                        continue;
                    }
                }
            }
            if (c == '*' || c == '`' || (c == '~' && i + 1 < n && md.charAt(i + 1) == '~')) {
                i += c == '~' ? 2 : 1;
                continue;
            }
            if (c == '_' && !(i > 0 && Character.isLetterOrDigit(md.charAt(i - 1)) && i + 1 < n
                    && Character.isLetterOrDigit(md.charAt(i + 1)))) {
                i++; // emphasis, not snake_case
                continue;
            }
            if (Character.isWhitespace(c)) {
                if (out.length() > 0 && out.charAt(out.length() - 1) != ' ') {
                    out.append(' ');
                }
            } else {
                out.append(c);
            }
            i++;
        }
        int end = out.length();
        while (end > 0 && out.charAt(end - 1) == ' ') {
            end--;
        }
        return out.substring(0, end);
    }

    /** The **bold** (or __bold__) phrases of {@code md}, as plain text. */
    public static List<String> boldPhrases(String md) {
        List<String> out = new ArrayList<>();
        if (md == null) {
            return out;
        }
        int i = 0;
        while (i < md.length() - 1) {
            char c = md.charAt(i);
            if ((c == '*' || c == '_') && md.charAt(i + 1) == c) {
                String delim = c == '*' ? "**" : "__";
                int end = md.indexOf(delim, i + 2);
                if (end < 0) {
                    break;
                }
                String p = plain(md.substring(i + 2, end));
                if (!p.isEmpty() && !out.contains(p)) {
                    out.add(p);
                }
                i = end + 2;
            } else if (c == '%' && md.charAt(i + 1) == '%') {
                int end = md.indexOf("%%", i + 2);
                i = end < 0 ? md.length() : end + 2;
            } else {
                i++;
            }
        }
        return out;
    }

    /** Index of the ')' closing a link destination that starts at {@code from}, balancing nested parentheses. */
    private static int closingParen(String md, int from) {
        int depth = 0;
        for (int i = from; i < md.length(); i++) {
            char c = md.charAt(i);
            if (c == '\n') {
                return -1;
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && depth-- == 0) {
                return i;
            }
        }
        return -1;
    }

    private static int skipTaskMarker(String md) {
        if (md.length() >= 3 && md.charAt(0) == '[' && md.charAt(2) == ']' && " xX-/".indexOf(md.charAt(1)) >= 0) {
            int i = 3;
            while (i < md.length() && md.charAt(i) == ' ') {
                i++;
            }
            return i;
        }
        return 0;
    }
}
