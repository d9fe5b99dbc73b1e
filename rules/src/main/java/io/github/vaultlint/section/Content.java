package io.github.vaultlint.section;

import io.github.vaultlint.vault.Block;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/** What counts as content of a part, and its plain text. */
public final class Content {
    private Content() {
    }

    /**
     * True when the blocks hold nothing real: only whitespace, a lone '-' (or other placeholder, see
     * {@link #isBlank}), comments or thematic breaks. Child headings are never content, so a part
     * holding only a child heading is empty too. Code, tables and HTML always count.
     */
    public static boolean isEmpty(List<Block> blocks) {
        for (Block b : blocks) {
            switch (b.kind()) {
                case THEMATIC_BREAK:
                    continue;
                case CODE:
                case TABLE:
                case HTML:
                    return false;
                default:
                    if (!isBlank(b.text())) {
                        return false;
                    }
            }
        }
        return true;
    }

    /** Lines that hold a place without saying anything. */
    private static final Set<String> PLACEHOLDERS = Set.of("-", "*", "+", "–", "—", "[ ]", "[x]", "[X]", "?", "??",
            "???", "...", "…", "todo", "tbd", "tba", "tk", "wip");
    private static final int PLACEHOLDER_MAX = PLACEHOLDERS.stream().mapToInt(String::length).max().orElse(0);

    /**
     * Blank after removing comments: nothing, or only placeholders such as a lone bullet or dash, an
     * empty checkbox, "?", "..." or "TODO" / "TBD" on their own.
     */
    public static boolean isBlank(String text) {
        String t = Labels.stripComments(text).strip();
        if (t.isEmpty()) {
            return true;
        }
        for (String line : t.split("\n")) {
            String l = line.strip();
            // Lower-casing never shortens a string, so a line longer than every placeholder is content.
            if (!(l.isEmpty() || l.length() <= PLACEHOLDER_MAX && PLACEHOLDERS.contains(l.toLowerCase(Locale.ROOT)))) {
                return false;
            }
        }
        return true;
    }

    /** The blocks' text joined by newlines, with comments removed. */
    public static String text(List<Block> blocks) {
        StringBuilder sb = new StringBuilder();
        for (Block b : blocks) {
            String t = Labels.stripComments(b.text()).strip();
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
}
