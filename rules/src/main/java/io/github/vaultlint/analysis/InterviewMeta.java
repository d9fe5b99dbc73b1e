package io.github.vaultlint.analysis;

import io.github.vaultlint.vault.Block;
import io.github.vaultlint.vault.Heading;
import io.github.vaultlint.vault.Note;
import io.github.vaultlint.vault.YamlNode;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An interview's company, role, date and draft status. Frontmatter wins; a missing property falls
 * back to the {@code ## Meta} list ({@code - Company: Manus AI}), and the date to one in the file name.
 */
public record InterviewMeta(String company, String role, String date, boolean draft) {

    private static final Pattern DATE = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})");

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
            Matcher m = DATE.matcher(date);
            date = m.find() ? m.group(1) : date;
        } else {
            Matcher m = DATE.matcher(note.name());
            date = m.find() ? m.group(1) : null;
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
        for (Block b : note.blocks()) {
            if ((b.kind() != Block.Kind.LIST_ITEM && b.kind() != Block.Kind.PARAGRAPH) || b.heading() < 0) {
                continue;
            }
            Heading h = note.headings().get(b.heading());
            if (!h.text().strip().toLowerCase(Locale.ROOT).replace("#", "").strip().equals("meta")) {
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
}
