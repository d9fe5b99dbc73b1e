package io.github.vaultlint.section;

import io.github.vaultlint.vault.Block;

import java.util.List;

/** What counts as content of a part, and its plain text. */
public final class Content {
    private Content() {
    }

    /**
     * True when the blocks hold nothing real: only whitespace, a lone '-' (or other bullet or dash),
     * an empty checkbox, comments or thematic breaks. Child headings are never content, so a part
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

    /** Blank after removing comments: nothing, or only a placeholder bullet/dash/checkbox. */
    public static boolean isBlank(String text) {
        String t = Labels.stripComments(text).strip();
        if (t.isEmpty()) {
            return true;
        }
        for (String line : t.split("\n")) {
            String l = line.strip();
            if (!(l.isEmpty() || l.equals("-") || l.equals("*") || l.equals("+") || l.equals("–") || l.equals("—")
                    || l.equals("[ ]") || l.equals("[x]") || l.equals("[X]"))) {
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
