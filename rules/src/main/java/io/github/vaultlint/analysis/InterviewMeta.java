package io.github.vaultlint.analysis;

import io.github.vaultlint.parse.WikiLinkScanner;
import io.github.vaultlint.section.Labels;
import io.github.vaultlint.vault.Block;
import io.github.vaultlint.vault.Heading;
import io.github.vaultlint.vault.Note;
import io.github.vaultlint.vault.YamlNode;

import java.util.List;
import java.util.Locale;

/**
 * An interview's company, role, date and draft status. Frontmatter wins; a missing property falls
 * back to the {@code ## Meta} list ({@code - Company: Manus AI}, {@code - Draft: yes}), and the date
 * to one in the file name ({@code 2025-11-17}, {@code 2025_11_17}, {@code 2025.11.17} or
 * {@code 20251117}), always given as {@code YYYY-MM-DD}; the Meta list and the file name may also
 * name the month ({@code May 30, 2025}, {@code 24 Mar 2025}). A frontmatter date that is not a real day
 * written {@code YYYY-MM-DD} (what frontmatter-schema reports: {@code 2025-11-31}, {@code next week})
 * counts as missing, and so does a Meta list date with no real day in it; with none, the date is null.
 */
public record InterviewMeta(String company, String role, String date, boolean draft) {

    public static InterviewMeta of(Note note) {
        String company = linkText(property(note, "company"));
        String role = linkText(property(note, "role"));
        // An impossible day must not place the interview on the timeline: only what frontmatter-schema accepts.
        String date = property(note, "date");
        date = date != null && date.length() == 10 && date.equals(findDate(date)) ? date : null;
        String draft = property(note, "draft");
        if (company == null) {
            company = metaList(note, "company");
        }
        if (role == null) {
            role = metaList(note, "role");
        }
        if (date == null) {
            String listed = metaList(note, "date");
            date = listed == null ? null : findAnyDate(listed);
        }
        if (draft == null) {
            draft = metaList(note, "draft");
        }
        if (date == null) {
            date = findAnyDate(note.name());
        }
        return new InterviewMeta(company, role, date, isYes(draft));
    }

    /**
     * A property written as a link, as Obsidian writes a link property ({@code company: "[[Acme Corp]]"},
     * {@code "[[Companies/Acme|Acme]]"}, {@code "[Acme](https://acme.example)"}), as the text it shows;
     * the Meta list's values are read the same way. Other values as written.
     */
    private static String linkText(String value) {
        if (value == null || (!value.contains("[[") && !value.contains("]("))) {
            return value;
        }
        String name = linkedName(value);
        if (name != null) {
            return name;
        }
        String text = MarkdownText.plain(value).strip();
        return text.isEmpty() ? value : text;
    }

    /**
     * The company or role a value that is one wikilink names: its alias, else the linked note's name.
     * With Obsidian's "absolute" or "relative" link format every link carries its folder
     * ({@code [[Companies/Acme Corp]]}, {@code [[../Companies/Acme Corp.md]]}), yet it is the same
     * Acme Corp as {@code [[Acme Corp]]} in another note. Null for any other value.
     */
    private static String linkedName(String md) {
        int from = 0;
        int to = md.length();
        while (from < to && (md.charAt(from) == '*' || md.charAt(from) == '_' || Character.isWhitespace(md.charAt(from)))) {
            from++; // "- **Company:** [[Acme]]": the emphasis closing after the label
        }
        while (to > from && (md.charAt(to - 1) == '*' || md.charAt(to - 1) == '_' || Character.isWhitespace(md.charAt(to - 1)))) {
            to--;
        }
        if (to - from < 5 || !md.startsWith("[[", from) || !md.startsWith("]]", to - 2)) {
            return null;
        }
        int second = md.indexOf("[[", from + 2);
        if ((second >= 0 && second < to - 2) || md.indexOf("]]", from + 2) != to - 2) {
            return null; // more than one link: as Obsidian shows the text
        }
        WikiLinkScanner.Parsed link = WikiLinkScanner.parseInner(md.substring(from + 2, to - 2), false);
        if (link == null) {
            return null;
        }
        if (link.alias() != null && !link.alias().isBlank()) {
            return MarkdownText.plain(link.alias()).strip();
        }
        String name = link.target().substring(link.target().lastIndexOf('/') + 1).strip();
        if (name.toLowerCase(Locale.ROOT).endsWith(".md")) {
            name = name.substring(0, name.length() - 3).strip();
        }
        return name.isEmpty() ? null : name;
    }

    /** {@code true} or {@code yes}, as a YAML boolean or as people write it in a Meta list. */
    private static boolean isYes(String value) {
        return value != null && (value.equalsIgnoreCase("true") || value.equalsIgnoreCase("yes"));
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

    /** Titles of a section that holds an interview's details, as people name it (normalised). */
    private static final java.util.Set<String> DETAILS_TITLES = java.util.Set.of("meta", "metadata", "details",
            "interview details", "interview info", "interview information", "info", "information",
            "general information", "general info", "basic information", "basic info", "logistics");

    /**
     * {@code Key: value} in the interview's details: list items or plain lines, with or without
     * emphasis ({@code - **Company:** Initech}), or as a Dataview inline field
     * ({@code - Company:: Initech}). Markdown links keep their text. Where, first found wins: a
     * section titled Meta (any level); else one titled as people title the same list ("Interview
     * details", "General information", "Logistics", ...); else the lines above the note's first H2
     * (under its title, or under no heading: {@code **Company**: Initech} at the top), headings
     * there included ({@code ### Company: Initech}).
     */
    private static String metaList(Note note, String key) {
        List<Block> blocks = note.blocks();
        List<Heading> headings = note.headings();
        int firstH2 = Integer.MAX_VALUE;
        for (Heading h : headings) {
            if (h.level() <= 2 && h.level() > 1) {
                firstH2 = h.line();
                break;
            }
        }
        String details = null;
        String top = null;
        int topLine = Integer.MAX_VALUE;
        int lastHeading = -1;
        int lastKind = 0; // 2: Meta, 1: a details title, 0: neither
        for (int k = 0; k < blocks.size(); k++) {
            Block b = blocks.get(k);
            if (b.kind() != Block.Kind.LIST_ITEM && b.kind() != Block.Kind.PARAGRAPH) {
                continue;
            }
            if (b.heading() >= 0 && b.heading() != lastHeading) { // a section's blocks share its heading: test its title once
                lastHeading = b.heading();
                String title = Labels.normalize(headings.get(b.heading()).text().replace("#", ""));
                lastKind = title.equals("meta") ? 2 : DETAILS_TITLES.contains(title) ? 1 : 0;
            }
            int kind = b.heading() < 0 ? 0 : lastKind;
            if (kind == 0 && (b.line() >= firstH2 || top != null) || kind == 1 && details != null) {
                continue;
            }
            String v = valueIn(b.text(), key);
            if (v == null) {
                continue;
            }
            if (kind == 2) {
                return v;
            }
            if (kind == 1) {
                details = v;
            } else {
                top = v;
                topLine = b.line();
            }
        }
        if (details != null) {
            return details;
        }
        for (Heading h : headings) {
            if (h.line() >= Math.min(firstH2, topLine)) {
                break; // the first "Company: ..." above the first H2 wins, a line or a heading
            }
            String v = h.level() > 1 ? valueIn(h.text(), key) : null;
            if (v != null) {
                return v;
            }
        }
        return top;
    }

    /** The value of the first {@code key: value} line of {@code text}, or null. */
    private static String valueIn(String text, String key) {
        for (String line : text.split("\n")) {
            String t = MarkdownText.plain(line);
            int colon = t.indexOf(':');
            if (colon > 0 && t.substring(0, colon).strip().equalsIgnoreCase(key)) {
                int from = colon + 1;
                while (from < t.length() && t.charAt(from) == ':') {
                    from++; // a Dataview inline field, "Company:: Acme"
                }
                String v = t.substring(from).strip();
                if (!v.isEmpty()) {
                    String name = line.indexOf(':') < 0 ? null : linkedName(line.substring(line.indexOf(':') + 1));
                    return name != null ? name : v;
                }
            }
        }
        return null;
    }

    /**
     * The first date in {@code s} written {@code YYYY-MM-DD}, {@code YYYY_MM_DD}, {@code YYYY.MM.DD}
     * or {@code YYYYMMDD} (ASCII digits, one separator used twice), as {@code YYYY-MM-DD}; or null.
     * It must stand apart from other digits ("12025-01-011" and a 10-digit id hold none) and be a
     * real day of a year from 1900 to 2199, so an id such as {@code 12345678} is no date. A char
     * loop, no regex.
     */
    static String findDate(String s) {
        int n = s.length();
        for (int i = 0; i + 8 <= n; i++) {
            if (i > 0 && isDigit(s.charAt(i - 1)) || !digits(s, i, 4)) {
                continue;
            }
            char sep = s.charAt(i + 4);
            int month;
            int end;
            if (sep == '-' || sep == '_' || sep == '.') {
                if (i + 10 > n || !digits(s, i + 5, 2) || s.charAt(i + 7) != sep || !digits(s, i + 8, 2)) {
                    continue;
                }
                month = i + 5;
                end = i + 10;
            } else if (digits(s, i + 4, 4)) {
                month = i + 4;
                end = i + 8;
            } else {
                continue;
            }
            if (end < n && isDigit(s.charAt(end))) {
                continue;
            }
            int y = number(s, i, 4);
            int m = number(s, month, 2);
            int d = number(s, end - 2, 2);
            if (y >= 1900 && y <= 2199 && m >= 1 && m <= 12 && d >= 1 && d <= daysIn(y, m)) {
                return s.substring(i, i + 4) + '-' + s.substring(month, month + 2) + '-' + s.substring(end - 2, end);
            }
        }
        return null;
    }

    /** {@link #findDate}, else a date written with the month's name ({@link #findNamedDate}). */
    static String findAnyDate(String s) {
        String d = findDate(s);
        return d != null ? d : findNamedDate(s);
    }

    private static final String[] MONTHS = {"january", "february", "march", "april", "may", "june", "july", "august",
        "september", "october", "november", "december"};

    /**
     * The first date written with an English month name, as people write one in a Meta list or a file
     * name ({@code May 30, 2025}, {@code Mar 24 2025}, {@code 24 March 2025}, {@code 3rd Sept, 2025}),
     * as {@code YYYY-MM-DD}; or null. Month first or day first, the year after them; the month in full
     * or cut to three letters or more (Sept); a real day of a year from 1900 to 2199. Words, no regex.
     */
    static String findNamedDate(String s) {
        List<String> w = io.github.vaultlint.util.Words.of(s.toLowerCase(Locale.ROOT));
        for (int i = 0; i + 2 < w.size(); i++) {
            int m = month(w.get(i));
            int d = m > 0 ? day(w.get(i + 1)) : day(w.get(i));
            if (m <= 0) {
                m = month(w.get(i + 1));
            }
            int y = year(w.get(i + 2));
            if (m > 0 && d > 0 && y > 0 && d <= daysIn(y, m)) {
                return y + "-" + (m < 10 ? "0" : "") + m + "-" + (d < 10 ? "0" : "") + d;
            }
        }
        return null;
    }

    /** 1-12 for a month's name in full or its first three or more letters; else 0. */
    private static int month(String word) {
        if (word.length() < 3 || !Character.isLetter(word.charAt(0))) {
            return 0;
        }
        for (int k = 0; k < MONTHS.length; k++) {
            if (MONTHS[k].startsWith(word)) {
                return k + 1;
            }
        }
        return 0;
    }

    /** 1-31 for a day written 5, 05, 5th, 1st, 22nd, 3rd; else 0. */
    private static int day(String word) {
        int n = 0;
        int i = 0;
        while (i < word.length() && isDigit(word.charAt(i)) && i < 2) {
            n = 10 * n + (word.charAt(i) - '0');
            i++;
        }
        String rest = word.substring(i);
        boolean suffix = rest.isEmpty() || rest.equals("st") || rest.equals("nd") || rest.equals("rd") || rest.equals("th");
        return i > 0 && suffix && n >= 1 && n <= 31 ? n : 0;
    }

    /** A year from 1900 to 2199 written with four digits; else 0. */
    private static int year(String word) {
        if (word.length() != 4 || !digits(word, 0, 4)) {
            return 0;
        }
        int y = number(word, 0, 4);
        return y >= 1900 && y <= 2199 ? y : 0;
    }

    private static int daysIn(int year, int month) {
        if (month == 2) {
            return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28;
        }
        return month == 4 || month == 6 || month == 9 || month == 11 ? 30 : 31;
    }

    private static int number(String s, int from, int count) {
        int v = 0;
        for (int i = from; i < from + count; i++) {
            v = 10 * v + (s.charAt(i) - '0');
        }
        return v;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
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
