package io.github.vaultlint.parse;

import io.github.vaultlint.util.OneLine;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Plain words for the layout mistakes of block YAML, which SnakeYAML reports as "mapping values are
 * not allowed here", "expected &lt;block end&gt;, but found '&lt;block mapping start&gt;'" or "could
 * not find expected ':'": a line indented deeper than the property above it, an indentation that
 * lines up with no level above, a property among list items, and a name without its ':'. Each hint
 * says which line and what to write instead.
 */
final class YamlLayoutHints {
    private YamlLayoutHints() {
    }

    /**
     * The hint for the error at {@code m} in {@code all} (the YAML's lines), or null when it is none of these.
     * {@code prose}: values may be text wrapped over lines (frontmatter, schemas), so a folded scalar is a fix to offer.
     */
    static YamlErrorHints.Hint explain(String[] all, MarkedYAMLException e, Mark m, int firstLine, boolean prose) {
        String problem = e.getProblem() == null ? "" : e.getProblem();
        String context = e.getContext() == null ? "" : e.getContext();
        if (problem.startsWith("could not find expected ':'")) {
            return withoutColon(all, e.getContextMark(), firstLine);
        }
        if (problem.startsWith("mapping values are not allowed")) {
            return deeperThanAbove(all, m, firstLine, prose);
        }
        if (problem.startsWith("expected <block end>") && e.getContextMark() != null) {
            return misaligned(all, m, e.getContextMark(), context, firstLine);
        }
        return null;
    }

    /** "date 2025-01-01": a line that YAML took for the start of a property, with no ':' after its name. */
    private static YamlErrorHints.Hint withoutColon(String[] all, Mark start, int firstLine) {
        if (start == null || start.getLine() >= all.length) {
            return null;
        }
        String line = all[start.getLine()];
        int indent = indent(line);
        String text = line.strip();
        if (text.isEmpty() || text.startsWith("#") || text.startsWith("- ") || key(line) != null) {
            return null;
        }
        return new YamlErrorHints.Hint(firstLine + start.getLine(), indent + 1, "YAML does not parse: " + shown(text)
                + " is neither a property nor a list item; a property needs ':' after its name: " + shown(withColon(text)));
    }

    /**
     * "  second: line" under "summary: first": deeper than a property that already has a value, the
     * line is read as more of that value, and its ':' is not allowed there. Also "rules" (no ':')
     * over an indented property: YAML reads both lines as one text.
     */
    private static YamlErrorHints.Hint deeperThanAbove(String[] all, Mark m, int firstLine, boolean prose) {
        if (m.getLine() >= all.length) {
            return null;
        }
        String line = all[m.getLine()];
        String name = key(line);
        int indent = indent(line);
        // The ':' YAML stopped at must be this line's own, right after its name.
        if (name == null || line.indexOf(':', indent) != m.getColumn()) {
            return null;
        }
        int above = previous(all, m.getLine());
        // Over the lines that already continue the value ("summary: first" / "  more words" / "  then: this"),
        // up to the property whose value they continue.
        while (above >= 0 && indent(all[above]) >= indent && key(all[above]) == null && !all[above].strip().startsWith("- ")
                && !all[above].strip().startsWith("#")) {
            above = previous(all, above);
        }
        if (above < 0 || indent(all[above]) >= indent) {
            return null;
        }
        String prev = all[above];
        String prevName = key(prev);
        int lineNo = firstLine + m.getLine();
        if (prevName != null && YamlErrorHints.valueStart(prev) >= 0 && !prev.strip().startsWith("- ")) {
            String property = alignWith(indent(prev), prevName);
            // Said both ways: a line of words ("that continues here: ...") is more text far more often than a property.
            String text = "write " + shown(prevName + ": >-") + " with the whole text indented on the lines below it "
                    + "(or put the whole value in quotes)";
            boolean words = name.indexOf(' ') >= 0;
            return new YamlErrorHints.Hint(lineNo, indent + 1, "YAML does not parse: " + shown(name + ":") + " is indented deeper than "
                    + shown(prevName + ":") + " on line " + (firstLine + above) + ", which already has a value, so YAML reads it as more "
                    + "of that value" + (prose ? ", where ': ' is not allowed; " : "; ")
                    + (!prose ? property : words ? "to continue the text, " + text + "; to make it a property of its own, " + property
                            : property + "; or, if it continues the text, " + text));
        }
        String prevText = prev.strip();
        if (prevName == null && !prevText.startsWith("- ") && !prevText.startsWith("#") && prevText.indexOf(':') < 0) {
            return new YamlErrorHints.Hint(firstLine + above, indent(prev) + 1, "YAML does not parse: " + shown(prevText) + " has no ':' after it, "
                    + "so YAML reads it and the indented lines under it as one text; write " + shown(withColon(prevText)));
        }
        return null;
    }

    /**
     * A line whose indentation ends the block it seemed to belong to: between two levels ("rules:"
     * at 0, "broken-link:" at 2, " empty-title:" at 1), or a property at a list's indentation.
     */
    private static YamlErrorHints.Hint misaligned(String[] all, Mark m, Mark block, String context, int firstLine) {
        if (m.getLine() >= all.length || block.getLine() >= all.length || m.getLine() <= block.getLine()) {
            return null;
        }
        String line = all[m.getLine()];
        int indent = indent(line);
        int lineNo = firstLine + m.getLine();
        if (context.contains("block collection") || context.contains("block sequence")) {
            String text = line.strip();
            if (text.startsWith("- ") || indent != block.getColumn()) {
                return null;
            }
            int holder = previous(all, block.getLine());
            String holderName = holder < 0 || indent(all[holder]) >= indent ? null : key(all[holder]);
            return new YamlErrorHints.Hint(lineNo, indent + 1, "YAML does not parse: line " + lineNo + " is a property at the "
                    + "indentation of the list that starts on line " + (firstLine + block.getLine()) + ", where only '- ' items "
                    + "may be; make it an item (" + shown("- " + text) + ")" + (holderName == null ? ""
                    : " or, to end the list, " + alignWith(indent(all[holder]), holderName)));
        }
        int above = previous(all, m.getLine());
        if (above < 0) {
            return null;
        }
        int deeper = indent(all[above]);
        int outer = block.getColumn();
        if (indent <= outer || indent >= deeper) {
            return null;
        }
        String near = key(all[above]);
        String outerName = key(all[block.getLine()]);
        return new YamlErrorHints.Hint(lineNo, indent + 1, "YAML does not parse: line " + lineNo + " is indented by "
                + spaces(indent) + ", which lines up with no property above it; " + alignWith(deeper, near) + ", or "
                + alignWith(outer, outerName));
    }

    /** The name of a "name: value" or "name:" line (after "- " for a list item), or null. */
    private static String key(String line) {
        int i = indent(line);
        if (line.startsWith("- ", i)) {
            i = skip(line, i + 1);
        }
        if (i >= line.length() || "\"'[]{}#&*!|>%@`".indexOf(line.charAt(i)) >= 0) {
            return null;
        }
        for (int j = i; j < line.length(); j++) {
            char ch = line.charAt(j);
            if (ch == ':' && (j + 1 == line.length() || line.charAt(j + 1) == ' ')) {
                String name = line.substring(i, j).strip();
                return name.isEmpty() ? null : name;
            }
            if (ch == '#' && j > i && line.charAt(j - 1) == ' ') {
                return null;
            }
        }
        return null;
    }

    /** The last line before {@code line} with content (not blank, not a comment), or -1. */
    private static int previous(String[] all, int line) {
        for (int i = line - 1; i >= 0; i--) {
            String s = all[i].strip();
            if (!s.isEmpty() && !s.startsWith("#")) {
                return i;
            }
        }
        return -1;
    }

    private static int indent(String line) {
        return skip(line, 0);
    }

    private static int skip(String line, int i) {
        while (i < line.length() && line.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    /** "date 2025-01-01" as "date: 2025-01-01", "rules" as "rules:". */
    private static String withColon(String text) {
        int space = text.indexOf(' ');
        return space < 0 ? text + ":" : text.substring(0, space) + ": " + text.substring(space + 1).strip();
    }

    /** "indent it by 2 spaces, as "b" is", or "start it at the line's beginning, as "a" does" for 0. */
    private static String alignWith(int indent, String name) {
        String as = name == null ? "" : ", as " + shown(name);
        return indent == 0 ? "start it at the line's beginning" + (as.isEmpty() ? "" : as + " does")
                : "indent it by " + spaces(indent) + (as.isEmpty() ? "" : as + " is");
    }

    private static String spaces(int n) {
        return n + (n == 1 ? " space" : " spaces");
    }

    private static String shown(String s) {
        return "\"" + OneLine.cut(s, 60) + "\"";
    }
}
