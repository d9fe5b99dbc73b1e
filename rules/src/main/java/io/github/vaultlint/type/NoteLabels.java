package io.github.vaultlint.type;

import io.github.vaultlint.vault.Block;
import io.github.vaultlint.vault.Heading;
import io.github.vaultlint.vault.Note;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The labels that give a note its shape, for {@code match.labels}: heading texts, bold labels at
 * the start of a paragraph or list item ({@code **What was asked:**}, {@code > **Situation**: ...})
 * and callout titles ({@code > [!info] Suggested Improved Answer}). A deliberately small detector:
 * the section rules do the full template matching.
 */
public final class NoteLabels {
    private static final Pattern BOLD = Pattern.compile("^(?:\\*\\*|__)(.+?)(?:\\*\\*|__)");
    private static final Pattern CALLOUT = Pattern.compile("^\\[!\\w[\\w-]*\\][+-]?\\s*(.*)");

    private NoteLabels() {
    }

    /** Normalised labels of {@code note}, in document order. */
    public static List<String> of(Note note) {
        List<String> out = new ArrayList<>();
        for (Heading h : note.headings()) {
            add(out, h.text());
        }
        for (Block b : note.blocks()) {
            if (b.kind() != Block.Kind.PARAGRAPH && b.kind() != Block.Kind.LIST_ITEM) {
                continue;
            }
            for (String line : b.text().split("\n")) {
                String t = line.strip();
                if (t.startsWith(">")) {
                    t = t.replaceFirst("^(>\\s*)+", "");
                }
                Matcher m = BOLD.matcher(t);
                if (m.find()) {
                    add(out, m.group(1));
                    continue;
                }
                Matcher c = CALLOUT.matcher(t);
                if (c.matches()) {
                    add(out, c.group(1));
                }
            }
        }
        return out;
    }

    private static void add(List<String> out, String label) {
        String n = normalise(label);
        if (!n.isEmpty()) {
            out.add(n);
        }
    }

    /** Lower case, emphasis and a trailing ':' removed, whitespace collapsed. */
    static String normalise(String s) {
        String t = s.replaceAll("[*_`]", "").replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
        while (t.endsWith(":")) {
            t = t.substring(0, t.length() - 1).strip();
        }
        return t;
    }
}
