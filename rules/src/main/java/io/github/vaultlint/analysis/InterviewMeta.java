package io.github.vaultlint.analysis;

import io.github.vaultlint.vault.Block;
import io.github.vaultlint.vault.Heading;
import io.github.vaultlint.vault.Note;
import io.github.vaultlint.vault.YamlNode;

import java.util.List;
import java.util.Locale;

/**
 * An interview's company, role, date and draft status. Frontmatter wins; a missing property falls
 * back to the {@code ## Meta} list ({@code - Company: Manus AI}), and the date to one in the file name.
 */
public record InterviewMeta(String company, String role, String date, boolean draft) {

    public static InterviewMeta of(Note note) {
        String company = property(note, "company");
        String role = property(note, "role");
        String date = property(note, "date");
        String draft = property(note, "draft");
        if (company == null) {
            company = metaList(note, "company");
        }
        if (role == null) {
            role = metaList(note, "role");
        }
        if (date == null) {
            date = metaList(note, "date");
        }
        if (date != null) {
            String found = findDate(date);
            date = found != null ? found : date;
        } else {
            date = findDate(note.name());
        }
        return new InterviewMeta(company, role, date, draft != null && draft.equalsIgnoreCase("true"));
    }

    private static String property(Note note, String key) {
        if (note.frontmatter() == null) {
            return null;
        }
        YamlNode v = note.frontmatter().get(key);
        if (v == null || !v.isScalar() || v.value() == null || String.valueOf(v.value()).isBlank()) {
            return null;
        }
        return String.valueOf(v.value()).strip();
    }

    /**
     * {@code Key: value} in a section titled Meta (any level): list items or plain lines, with or
     * without emphasis ({@code - **Company:** Initech}). Markdown links keep their text.
     */
    private static String metaList(Note note, String key) {
        List<Block> blocks = note.blocks();
        int lastHeading = -1;
        boolean lastIsMeta = false;
        for (int k = 0; k < blocks.size(); k++) {
            Block b = blocks.get(k);
            if ((b.kind() != Block.Kind.LIST_ITEM && b.kind() != Block.Kind.PARAGRAPH) || b.heading() < 0) {
                continue;
            }
            if (b.heading() != lastHeading) { // the blocks of a section share its heading: test its title once
                Heading h = note.headings().get(b.heading());
                lastHeading = b.heading();
                lastIsMeta = h.text().strip().toLowerCase(Locale.ROOT).replace("#", "").strip().equals("meta");
            }
            if (!lastIsMeta) {
                continue;
            }
            for (String line : b.text().split("\n")) {
                String t = MarkdownText.plain(line);
                int colon = t.indexOf(':');
                if (colon > 0 && t.substring(0, colon).strip().equalsIgnoreCase(key)) {
                    String v = t.substring(colon + 1).strip();
                    if (!v.isEmpty()) {
                        return v;
                    }
                }
            }
        }
        return null;
    }

    /** The first {@code dddd-dd-dd} (ASCII digits) in {@code s}, as regex {@code \d{4}-\d{2}-\d{2}} finds it, or null. */
    static String findDate(String s) {
        for (int i = 0; i + 10 <= s.length(); i++) {
            if (digits(s, i, 4) && s.charAt(i + 4) == '-' && digits(s, i + 5, 2) && s.charAt(i + 7) == '-' && digits(s, i + 8, 2)) {
                return s.substring(i, i + 10);
            }
        }
        return null;
    }

    private static boolean digits(String s, int from, int count) {
        for (int i = from; i < from + count; i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }
}
