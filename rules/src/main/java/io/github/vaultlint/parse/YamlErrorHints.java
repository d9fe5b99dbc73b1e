package io.github.vaultlint.parse;

import io.github.vaultlint.util.OneLine;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Plain words for the YAML mistakes people make in frontmatter, where SnakeYAML's own ("Do not use `
 * for indentation", "expected &lt;block end&gt;, but found '&lt;scalar&gt;'", "mapping values are not
 * allowed here") say neither what is wrong nor how to fix it: a value starting with a character
 * YAML reads as syntax, a list or quoted text with more text after it, ": " inside a value, and a
 * list or quote that is never closed. Each hint quotes the value as it should be written.
 */
public final class YamlErrorHints {
    private YamlErrorHints() {
    }

    /** Where to report (1-based note line and UTF-16 column) and what to say. */
    public record Hint(int line, int column, String message) {
    }

    /**
     * The hint for a parse error at {@code m} (the position the caller reports by default), or null
     * when the error is none of these mistakes.
     *
     * @param firstLine the note line of the YAML's first line
     * @param whole     what the YAML is, for "runs to the end of the ...": "frontmatter"
     */
    static Hint explain(String yaml, LineIndex lines, MarkedYAMLException e, Mark m, int firstLine, String whole) {
        String problem = e.getProblem() == null ? "" : e.getProblem();
        if (problem.contains("<stream end>") && e.getContext() != null && e.getContext().contains("flow")) {
            // "tags: [a, b," at the end: SnakeYAML stops at the end of the YAML, wanting one more item. The
            // fix is at the bracket that is never closed, wherever it is.
            Hint open = unclosedBracket(yaml, lines, firstLine);
            if (open != null) {
                return open;
            }
        }
        String[] all = LineIndex.lines(yaml);
        if (m.getLine() >= all.length) {
            return null;
        }
        String line = all[m.getLine()];
        int at;
        try {
            int start = lines.lineStart(m.getLine() + 1);
            at = yaml.offsetByCodePoints(start, m.getColumn()) - start;
        } catch (IndexOutOfBoundsException ex) {
            return null;
        }
        if (at < 0 || at > line.length()) {
            return null;
        }
        int noteLine = firstLine + m.getLine();
        String message = valueStart(line, at);
        int column = message == null ? -1 : valueStart(line) + 1;
        if (message == null && (message = colonInValue(e, line, at)) != null) {
            column = at + 1;
        }
        if (message == null && (message = unclosed(e, line, at, firstLine, whole)) != null) {
            Mark open = e.getContextMark();
            if (open != null && open.getLine() < all.length && open != m) {
                return explainOpen(yaml, lines, open, firstLine, message);
            }
            column = at + 1;
        }
        if (message == null) {
            return YamlLayoutHints.explain(all, e, m, firstLine, !"file".equals(whole)); // a config file's values are no prose
        }
        return new Hint(noteLine, column, message);
    }

    /**
     * The hint for a parse error in a YAML file of its own (a configuration file: its first line is
     * line 1), or null. Its message starts with "YAML does not parse: ".
     */
    public static Hint explain(String yaml, MarkedYAMLException e, Mark m) {
        return m == null ? null : explain(yaml, new LineIndex(yaml), e, m, 1, "file");
    }

    /** The unclosed-list hint placed on the bracket that opens the list. */
    private static Hint explainOpen(String yaml, LineIndex lines, Mark open, int firstLine, String message) {
        try {
            int start = lines.lineStart(open.getLine() + 1);
            return new Hint(firstLine + open.getLine(), yaml.offsetByCodePoints(start, open.getColumn()) - start + 1, message);
        } catch (IndexOutOfBoundsException ex) {
            return null;
        }
    }

    /**
     * "x: `code`", "who: @me", "x: %50 done" (reserved), "mood: *great* day" (an alias), "x: &amp; more"
     * (an anchor), and "title: [Draft] Acme" or "title: "Acme" onsite" (a list or quoted text with
     * more text after it): the message, reported on the value's first character; null otherwise.
     */
    private static String valueStart(String line, int at) {
        int v = valueStart(line);
        if (v < 0 || v > at || FrontmatterParser.UNQUOTED_LINK.matcher(line).find()) {
            return null;
        }
        char c = line.charAt(v);
        String before = line.substring(0, v).strip();
        String key = before + (before.isEmpty() ? "" : " ");
        String value = withoutComment(line, v);
        switch (c) {
            case '`', '@', '%':
                return "YAML does not parse: a value cannot start with '" + c + "' unquoted (YAML reserves it); quote the value: "
                        + key + doubleQuoted(value);
            case '!':
                return "YAML does not parse: a value cannot start with '!' unquoted (YAML reads it as a type tag); quote the value: "
                        + key + doubleQuoted(value);
            case '*':
                return "YAML does not parse: a value cannot start with '*' unquoted (YAML reads it as an alias of an anchor); "
                        + "quote the value: " + key + doubleQuoted(value);
            case '&':
                return "YAML does not parse: a value cannot start with '&' unquoted (YAML reads it as an anchor); quote the value: "
                        + key + doubleQuoted(value);
            case '[', '{': {
                int close = closing(line, v);
                if (close < 0 || close >= at || line.substring(close + 1).isBlank()) {
                    return null;
                }
                return "YAML does not parse: the value starts with '" + c + "', so YAML reads " + OneLine.cut(line.substring(v, close + 1), 40)
                        + " as a " + (c == '[' ? "list" : "set of properties") + " and the text after it does not fit; quote the "
                        + "whole value: " + key + doubleQuoted(value);
            }
            case '"', '\'': {
                int close = closing(line, v);
                if (close < 0 || close >= at || line.substring(close + 1).isBlank()) {
                    return null;
                }
                if (value.length() > 2 && value.charAt(value.length() - 1) == c) {
                    // 'It's done' or "He said "hi"": the same quote inside the value ended it early.
                    String inner = value.substring(1, value.length() - 1);
                    return "YAML does not parse: the " + (c == '\'' ? "' inside the single-quoted" : "\" inside the double-quoted")
                            + " value ends it early; write the value in the other quotes: " + key
                            + (c == '\'' ? doubleQuoted(inner) : singleQuoted(inner));
                }
                return "YAML does not parse: the value starts with a quote, so YAML ends it at the closing quote and the text "
                        + "after it does not fit; quote the whole value: " + key + (c == '"' ? singleQuoted(value) : doubleQuoted(value));
            }
            default:
                return null;
        }
    }

    /** "company: Initech: Platform SRE": the second ": " would start another property. */
    private static String colonInValue(MarkedYAMLException e, String line, int at) {
        if (e.getProblem() == null || !e.getProblem().startsWith("mapping values are not allowed")
                || at >= line.length() || line.charAt(at) != ':' || FrontmatterParser.UNQUOTED_LINK.matcher(line).find()) {
            return null;
        }
        int v = valueStart(line);
        if (v < 0 || v >= at) {
            return null;
        }
        String before = line.substring(0, v).strip();
        return "YAML does not parse: \": \" inside an unquoted value starts another property; quote the value: " + before
                + (before.isEmpty() ? "" : " ") + doubleQuoted(withoutComment(line, v));
    }

    /** A flow list or mapping that is never closed, or a quoted value that runs to the end of the frontmatter. */
    private static String unclosed(MarkedYAMLException e, String line, int at, int firstLine, String whole) {
        String problem = e.getProblem() == null ? "" : e.getProblem();
        String context = e.getContext() == null ? "" : e.getContext();
        if (context.contains("quoted scalar") && problem.contains("end of stream") && at < line.length()
                && (line.charAt(at) == '"' || line.charAt(at) == '\'')) {
            char q = line.charAt(at);
            return "YAML does not parse: the value opened with " + q + " here is never closed, so it runs to the end of the "
                    + whole + "; add the closing " + q + " at the end of the value";
        }
        boolean list = context.contains("flow sequence");
        if ((list || context.contains("flow mapping")) && problem.startsWith("expected ','")) {
            char open = list ? '[' : '{';
            char close = list ? ']' : '}';
            Mark m = e.getContextMark();
            String where = m == null ? "" : " on line " + (firstLine + m.getLine());
            return "YAML does not parse: the " + (list ? "list" : "set of properties") + " opened with '" + open + "'" + where
                    + " is never closed; add '" + close + "' after its last " + (list ? "item" : "property")
                    + " (or quote the value if the '" + open + "' is part of the text)";
        }
        return null;
    }

    /**
     * The first '[' or '{' in {@code yaml} that is never closed (quoted text and comments skipped), as
     * the unclosed-list hint; null when every bracket is closed.
     */
    private static Hint unclosedBracket(String yaml, LineIndex lines, int firstLine) {
        java.util.ArrayDeque<Integer> open = new java.util.ArrayDeque<>();
        int i = 0;
        int n = yaml.length();
        while (i < n) {
            char c = yaml.charAt(i);
            char before = i == 0 ? '\n' : yaml.charAt(i - 1);
            if ((c == '"' || c == '\'') && " \t\n[{,".indexOf(before) >= 0) { // a quote that starts a value, not "don't"
                int j = i + 1;
                while (j < n && yaml.charAt(j) != c) {
                    j += c == '"' && yaml.charAt(j) == '\\' ? 2 : 1;
                }
                i = j + 1;
                continue;
            }
            if (c == '#' && (i == 0 || yaml.charAt(i - 1) == ' ' || yaml.charAt(i - 1) == '\n')) {
                while (i < n && yaml.charAt(i) != '\n') {
                    i++;
                }
                continue;
            }
            if (c == '[' || c == '{') {
                open.push(i);
            } else if ((c == ']' || c == '}') && !open.isEmpty()) {
                open.pop();
            }
            i++;
        }
        if (open.isEmpty()) {
            return null;
        }
        int at = open.peekLast(); // the outermost: where the value starts
        int line = lines.line(at);
        boolean list = yaml.charAt(at) == '[';
        char close = list ? ']' : '}';
        return new Hint(firstLine + line - 1, lines.column(at), "YAML does not parse: the " + (list ? "list" : "set of properties")
                + " opened with '" + yaml.charAt(at) + "' on line " + (firstLine + line - 1) + " is never closed; add '" + close
                + "' after its last " + (list ? "item" : "property") + " (or quote the value if the '" + yaml.charAt(at)
                + "' is part of the text)");
    }

    /** The value in double quotes, as the fix to write; a long one is cut, so the message stays one readable line. */
    private static String doubleQuoted(String s) {
        return "\"" + OneLine.cut(s.replace("\\", "\\\\").replace("\"", "\\\""), MAX_SHOWN) + "\"";
    }

    private static String singleQuoted(String s) {
        return "'" + OneLine.cut(s.replace("'", "''"), MAX_SHOWN) + "'";
    }

    private static final int MAX_SHOWN = 80;

    /**
     * Where the value of a "key: value", "- value" or "- key: value" line starts, or -1 (no value).
     * Keys are plain here: a quoted or flow key leaves the line to SnakeYAML's own words.
     */
    static int valueStart(String line) {
        int i = skipSpaces(line, 0);
        boolean item = i + 1 < line.length() && line.charAt(i) == '-' && line.charAt(i + 1) == ' ';
        if (item) {
            i = skipSpaces(line, i + 1);
        }
        if (i >= line.length()) {
            return -1;
        }
        if ("\"'[]{},#".indexOf(line.charAt(i)) >= 0) {
            return item ? i : -1;
        }
        for (int j = i; j < line.length(); j++) {
            char ch = line.charAt(j);
            if (ch == ':' && (j + 1 == line.length() || line.charAt(j + 1) == ' ')) {
                int v = skipSpaces(line, j + 1);
                return v < line.length() ? v : -1;
            }
            if (ch == '#' && line.charAt(j - 1) == ' ') {
                break;
            }
        }
        return item ? i : -1;
    }

    private static int skipSpaces(String line, int i) {
        while (i < line.length() && line.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    /** The value from {@code v} to the line's end or a " #" comment after its closing quote or bracket, stripped. */
    private static String withoutComment(String line, int v) {
        char c = line.charAt(v);
        int from = c == '[' || c == '{' || c == '"' || c == '\'' ? Math.max(v, closing(line, v)) : v;
        int hash = line.indexOf(" #", from);
        return (hash < 0 ? line.substring(v) : line.substring(v, hash)).strip();
    }

    /**
     * The index of the quote or bracket closing the one at {@code open} on the same line, or -1.
     * Brackets nest, and quotes inside them are skipped.
     */
    private static int closing(String line, int open) {
        int depth = 0;
        char quote = 0;
        for (int i = open; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (quote != 0) {
                if (quote == '"' && ch == '\\') {
                    i++;
                } else if (ch == quote) {
                    if (quote == '\'' && i + 1 < line.length() && line.charAt(i + 1) == '\'') {
                        i++;
                    } else {
                        quote = 0;
                        if (depth == 0) {
                            return i;
                        }
                    }
                }
            } else if (ch == '"' || ch == '\'') {
                quote = ch;
            } else if (ch == '[' || ch == '{') {
                depth++;
            } else if (ch == ']' || ch == '}') {
                if (--depth == 0) {
                    return i;
                }
            }
        }
        return -1;
    }
}
