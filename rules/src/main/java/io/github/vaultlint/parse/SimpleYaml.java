package io.github.vaultlint.parse;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads the frontmatter most notes have without SnakeYAML: a flat mapping of {@code key: value}
 * lines whose values are plain or quoted one-line scalars, empty, or a block list of such scalars
 * ({@code - item} lines, indented or not). It reports the same values and the same positions
 * SnakeYAML's composer gives (a differential test holds it to that), or null at the first thing
 * outside that subset (comments, blank lines, flow collections, nesting, escapes, multi-line
 * scalars, tabs, duplicate keys, indicators that start a value ...), and the frontmatter then goes
 * to SnakeYAML. It exists for speed: SnakeYAML costs more than the whole Markdown pass of a note.
 *
 * <p>Positions are 0-based lines of the YAML text and 0-based UTF-16 columns.
 */
final class SimpleYaml {
    /** A one-line scalar: {@code text} as SnakeYAML gives it, from (line, start) to (line, end). */
    record Scalar(String text, boolean quoted, int line, int start, int end) {
    }

    /** A block list: from its first '-' at (line, column) to the start of the line after its last item. */
    record Seq(int line, int column, int endLine, List<Scalar> items) {
    }

    /** {@code key: value}; the value is a {@link Scalar} (empty text for an empty value) or a {@link Seq}. */
    record Entry(String key, int line, Object value) {
    }

    /** The mapping: its entries, and the line where the stream ends (the line count). */
    record Doc(List<Entry> entries, int endLine) {
    }

    private SimpleYaml() {
    }

    /** The document, or null when it holds anything this reader leaves to SnakeYAML. */
    static Doc read(String yaml) {
        int n = yaml.length();
        if (n == 0 || yaml.charAt(n - 1) != '\n') {
            return null;
        }
        for (int i = 0; i < n; i++) {
            char c = yaml.charAt(i);
            if ((c < 0x20 && c != '\n') || (c >= 0x7F && c <= 0x9F) || Character.isSurrogate(c) && !validPair(yaml, i)
                    || c == '\u2028' || c == '\u2029' || c == '\uFEFF' || c == '\uFFFE' || c == '\uFFFF') {
                return null; // tabs, line separators and characters YAML rejects: SnakeYAML's business
            }
        }
        List<int[]> lines = new ArrayList<>(); // {start, end} of each line, without the '\n'
        for (int s = 0; s < n; ) {
            int nl = yaml.indexOf('\n', s);
            lines.add(new int[] {s, nl});
            s = nl + 1;
        }
        List<Entry> entries = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        int l = 0;
        while (l < lines.size()) {
            int s = lines.get(l)[0];
            int e = lines.get(l)[1];
            int colon = keyEnd(yaml, s, e);
            if (colon < 0) {
                return null;
            }
            String key = yaml.substring(s, colon);
            if (!keys.add(key)) {
                return null; // duplicate keys are reported by the SnakeYAML path
            }
            if (key.equals("<<")) {
                return null; // a merge key: YamlMerge applies it (a plain value there is an error)
            }
            int v = colon + 1;
            while (v < e && yaml.charAt(v) == ' ') {
                v++;
            }
            if (v < e) {
                Scalar value = scalar(yaml, l, s, v, e);
                if (value == null) {
                    return null;
                }
                entries.add(new Entry(key, l, value));
                l++;
                continue;
            }
            // Empty: a null value, unless a list follows.
            int next = l + 1;
            if (next < lines.size() && isItem(yaml, lines.get(next))) {
                int[] first = lines.get(next);
                int indent = 0;
                while (yaml.charAt(first[0] + indent) == ' ') {
                    indent++;
                }
                List<Scalar> items = new ArrayList<>();
                int k = next;
                while (k < lines.size() && isItem(yaml, lines.get(k))) {
                    int is = lines.get(k)[0];
                    int ie = lines.get(k)[1];
                    int dash = is;
                    while (yaml.charAt(dash) == ' ') {
                        dash++;
                    }
                    if (dash - is != indent) {
                        return null;
                    }
                    int iv = dash + 1;
                    while (iv < ie && yaml.charAt(iv) == ' ') {
                        iv++;
                    }
                    Scalar item = iv < ie ? scalar(yaml, k, is, iv, ie) : null;
                    if (item == null) {
                        return null; // an empty item, or one this reader does not take
                    }
                    items.add(item);
                    k++;
                }
                if (k < lines.size() && yaml.charAt(lines.get(k)[0]) == ' ') {
                    return null; // something indented after the list
                }
                entries.add(new Entry(key, l, new Seq(next, indent, k, List.copyOf(items))));
                l = k;
                continue;
            }
            if (next < lines.size() && (lines.get(next)[1] == lines.get(next)[0] || yaml.charAt(lines.get(next)[0]) == ' ')) {
                return null; // a nested mapping, a continuation or a blank line
            }
            entries.add(new Entry(key, l, new Scalar("", false, l, colon + 1 - s, colon + 1 - s)));
            l++;
        }
        return entries.isEmpty() ? null : new Doc(List.copyOf(entries), lines.size());
    }

    private static boolean validPair(String s, int i) {
        char c = s.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
        }
        return i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
    }

    /** "- x" (after any indentation): a list item line. */
    private static boolean isItem(String yaml, int[] line) {
        int i = line[0];
        while (i < line[1] && yaml.charAt(i) == ' ') {
            i++;
        }
        return i < line[1] && yaml.charAt(i) == '-' && (i + 1 == line[1] || yaml.charAt(i + 1) == ' ');
    }

    /** The offset of the ':' ending a plain key that starts the line at {@code s}, or -1. */
    private static int keyEnd(String yaml, int s, int e) {
        if (s >= e || startsBadly(yaml.charAt(s))) {
            return -1;
        }
        for (int i = s; i < e; i++) {
            char c = yaml.charAt(i);
            if (c == ':' && (i + 1 == e || yaml.charAt(i + 1) == ' ')) {
                return yaml.charAt(i - 1) == ' ' ? -1 : i; // "key :" has its own marks; leave it to SnakeYAML
            }
            if (c == '#' && yaml.charAt(i - 1) == ' ' || c == '"' || c == '\'') {
                return -1;
            }
        }
        return -1;
    }

    /** A one-line scalar from {@code v} (its first character) to the end of the line, or null. */
    private static Scalar scalar(String yaml, int line, int lineStart, int v, int e) {
        char first = yaml.charAt(v);
        if (first == '"' || first == '\'') {
            int close = yaml.indexOf(first, v + 1);
            if (close < 0 || close >= e) {
                return null; // runs over the line
            }
            if (first == '"' && yaml.lastIndexOf('\\', close) > v) {
                return null; // escapes
            }
            if (first == '\'' && close + 1 < e && yaml.charAt(close + 1) == '\'') {
                return null; // '' inside single quotes
            }
            for (int i = close + 1; i < e; i++) {
                if (yaml.charAt(i) != ' ') {
                    return null; // a comment or more text after the quotes
                }
            }
            return new Scalar(yaml.substring(v + 1, close), true, line, v - lineStart, close + 1 - lineStart);
        }
        if (startsBadly(first)) {
            return null;
        }
        int end = e;
        while (yaml.charAt(end - 1) == ' ') {
            end--;
        }
        for (int i = v; i < end; i++) {
            char c = yaml.charAt(i);
            if ((c == ':' && (i + 1 == end || yaml.charAt(i + 1) == ' ')) || (c == '#' && yaml.charAt(i - 1) == ' ')) {
                return null; // a mapping or a comment, not a plain scalar
            }
        }
        return new Scalar(yaml.substring(v, end), false, line, v - lineStart, end - lineStart);
    }

    /** Characters that give a plain scalar's first position a meaning of its own in YAML. */
    private static boolean startsBadly(char c) {
        return "-?:,[]{}#&*!|>'\"%@` ".indexOf(c) >= 0;
    }
}
