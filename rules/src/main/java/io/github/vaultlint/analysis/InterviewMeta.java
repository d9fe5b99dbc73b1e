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
 * back to the {@code ## Meta} list ({@code - Company: Manus AI}, {@code - Draft: yes}, {@code - Company — Acme})
 * or table ({@code | Company | Acme |}), the role also called Position or Job title. A company or
 * date still missing is then read from what the note is called, in this order: its {@code title}
 * property, its file name, its H1, its folders (nearest first); the company as {@link TitleCompany}
 * reads a title ({@code Globex onsite}, {@code Interviews/Globex/}), none for a mock; the date
 * written {@code 2025-11-17}, {@code 2025_11_17}, {@code 2025.11.17} or {@code 20251117}, always
 * given as {@code YYYY-MM-DD}; these and the Meta list may also
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
        for (int k = 1; role == null && k < ROLE_KEYS.size(); k++) {
            role = linkText(property(note, ROLE_KEYS.get(k))); // "position: SRE" names the role as well
        }
        if (company == null) {
            company = metaList(note, COMPANY_KEYS);
        }
        if (role == null) {
            role = metaList(note, ROLE_KEYS);
        }
        if (date == null) {
            String listed = metaList(note, DATE_KEYS);
            date = listed == null ? null : findAnyDate(listed);
        }
        if (draft == null) {
            draft = metaList(note, List.of("draft"));
        }
        if (company == null || date == null) {
            // Then what the note is called: its title property, file name, H1, then its folders.
            String title = property(note, "title");
            String h1 = h1(note);
            if (company == null && !isMock(note, title, h1)) {
                company = TitleCompany.of(title, false);
                if (company == null) {
                    company = TitleCompany.of(note.name(), TitleCompany.inInterviewFolder(note.folder()));
                }
                if (company == null) {
                    company = TitleCompany.of(h1, false);
                }
                if (company == null) {
                    company = TitleCompany.ofFolders(note.folder());
                }
            }
            date = date != null ? date : title == null ? null : findAnyDate(title);
            date = date != null ? date : findAnyDate(note.name());
            date = date != null ? date : h1 == null ? null : findAnyDate(h1);
            String[] folders = note.folder().split("/");
            for (int k = folders.length - 1; date == null && k >= 0; k--) {
                date = findAnyDate(folders[k]);
            }
        }
        // An explicit draft: property (or Meta list "Draft:") decides; else a draft status or tag marks one.
        boolean isDraft = draft != null ? isYes(draft) : draftStatus(note) || DraftMarkers.hasDraftTag(note.tags());
        return new InterviewMeta(company, role, date, isDraft);
    }

    /** The note's title heading: its first H1, when no other heading comes before it; plain text. Null when none. */
    private static String h1(Note note) {
        List<Heading> headings = note.headings();
        for (int k = 0; k < headings.size(); k++) {
            Heading h = headings.get(k);
            if (h.quoted()) {
                continue;
            }
            return h.level() == 1 ? MarkdownText.plain(h.text()) : null;
        }
        return null;
    }

    /** Whether the note's title property, file name, H1 or a folder says it is a mock interview or practice. */
    private static boolean isMock(Note note, String title, String h1) {
        if (TitleCompany.isMock(title) || TitleCompany.isMock(note.name()) || TitleCompany.isMock(h1)) {
            return true;
        }
        for (String folder : note.folder().split("/")) {
            if (TitleCompany.isMock(folder)) {
                return true;
            }
        }
        return false;
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
        YamlNode v = node(note, key);
        if (v == null || !v.isScalar() || v.value() == null || String.valueOf(v.value()).isBlank()) {
            return null;
        }
        return String.valueOf(v.value()).strip();
    }

    /**
     * Whether a status says the note is a draft ({@code status: draft}, {@code status: [WIP]}, or
     * {@code - Status: Draft} in the Meta list when the frontmatter has no status).
     */
    private static boolean draftStatus(Note note) {
        YamlNode v = node(note, "status");
        if (v != null && v.kind() == YamlNode.Kind.SEQUENCE && v.items() != null) {
            for (YamlNode item : v.items()) {
                if (item.isScalar() && item.value() != null && DraftMarkers.isDraftStatus(String.valueOf(item.value()))) {
                    return true;
                }
            }
            return false;
        }
        String status = property(note, "status");
        return DraftMarkers.isDraftStatus(status != null ? status : metaList(note, List.of("status")));
    }

    /** The frontmatter value of {@code key}, the key in any case when not written as given; null when none. */
    private static YamlNode node(Note note, String key) {
        if (note.frontmatter() == null) {
            return null;
        }
        YamlNode v = note.frontmatter().get(key);
        if (v == null && note.frontmatter().entries() != null) {
            // "Company: Globex" names the company as "- Company: Globex" in a Meta list does: any case
            for (YamlNode.Entry e : note.frontmatter().entries()) {
                if (e.key() != null && e.key().equalsIgnoreCase(key)) {
                    v = e.value();
                    break;
                }
            }
        }
        return v;
    }

    /** The names people give each detail in a Meta list or table, its own name first. */
    private static final List<String> COMPANY_KEYS = List.of("company", "employer", "organization", "organisation");
    private static final List<String> ROLE_KEYS = List.of("role", "position", "job title", "job");
    private static final List<String> DATE_KEYS = List.of("date", "interview date");
    /** Every key above, to tell a key/value table (| Company | Acme |) from one with a header row (| Company | Role |). */
    private static final java.util.Set<String> ALL_KEYS = java.util.Set.of("company", "employer", "organization", "organisation",
            "role", "position", "job title", "job", "date", "interview date", "draft", "status");

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
    private static String metaList(Note note, List<String> keys) {
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
            if (b.kind() != Block.Kind.LIST_ITEM && b.kind() != Block.Kind.PARAGRAPH && b.kind() != Block.Kind.TABLE) {
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
            String v = b.kind() == Block.Kind.TABLE || b.text().startsWith("|") ? valueInTable(b.text(), b.line(), keys)
                    : valueIn(b.text(), keys);
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
            String v = h.level() > 1 ? valueIn(h.text(), keys) : null;
            if (v != null) {
                return v;
            }
        }
        return top;
    }

    /**
     * The value of the first {@code key: value} line of {@code text} for any of {@code keys}, or null.
     * The colon may also be a dash, as in {@code - Company — Shopify} or {@code Role - SRE}.
     */
    private static String valueIn(String text, List<String> keys) {
        for (String line : text.split("\n")) {
            String t = MarkdownText.plain(line);
            for (String key : keys) {
                int from = separatorEnd(t, key);
                if (from < 0) {
                    continue;
                }
                String v = t.substring(from).strip();
                if (!v.isEmpty()) {
                    int sep = line.indexOf(':');
                    String name = sep < 0 ? null : linkedName(line.substring(sep + 1));
                    return name != null ? name : v;
                }
            }
        }
        return null;
    }

    /**
     * Where the value starts in {@code t} when it begins with {@code key} and then a colon (or
     * {@code ::}, a Dataview inline field) or a dash between spaces; else -1.
     */
    private static int separatorEnd(String t, String key) {
        int colon = t.indexOf(':');
        if (colon > 0 && t.substring(0, colon).strip().equalsIgnoreCase(key)) {
            int from = colon + 1;
            while (from < t.length() && t.charAt(from) == ':') {
                from++; // a Dataview inline field, "Company:: Acme"
            }
            return from;
        }
        int k = 0;
        while (k < t.length() && t.charAt(k) == ' ') {
            k++;
        }
        if (!t.regionMatches(true, k, key, 0, key.length())) {
            return -1;
        }
        k += key.length();
        int spaces = k;
        while (k < t.length() && t.charAt(k) == ' ') {
            k++;
        }
        boolean dash = k > spaces && k + 1 < t.length() && "-\u2013\u2014".indexOf(t.charAt(k)) >= 0 && t.charAt(k + 1) == ' ';
        return dash ? k + 2 : -1;
    }

    /**
     * The value for any of {@code keys} in a Meta table: a key/value table ({@code | Company | Acme |},
     * keys down its first column, its header row one of the pairs or "| Field | Value |"), or a table
     * with the keys as its header ({@code | Company | Role |} over {@code | Acme | SRE |}); or null.
     */
    private static String valueInTable(String text, int line, List<String> keys) {
        TableRows.Table table = TableRows.parse(text, line);
        if (table == null) {
            return null;
        }
        List<List<String>> rows = new java.util.ArrayList<>();
        if (!table.header().isEmpty()) {
            rows.add(table.header());
        }
        for (TableRows.Row r : table.rows()) {
            rows.add(r.cells());
        }
        boolean keysDown = false; // a key below the first row's first cell: the keys run down the first column
        for (int r = 1; r < rows.size() && !keysDown; r++) {
            keysDown = !rows.get(r).isEmpty() && ALL_KEYS.contains(cellKey(rows.get(r).get(0)));
        }
        if (keysDown || rows.size() == 1) {
            for (List<String> cells : rows) {
                if (cells.size() >= 2 && keys.contains(cellKey(cells.get(0))) && !ALL_KEYS.contains(cellKey(cells.get(1)))) {
                    String v = cellValue(cells.get(1));
                    if (v != null) {
                        return v;
                    }
                }
            }
            return null;
        }
        List<String> header = rows.get(0);
        for (int c = 0; c < header.size(); c++) {
            if (keys.contains(cellKey(header.get(c))) && rows.get(1).size() > c) {
                return cellValue(rows.get(1).get(c));
            }
        }
        return null;
    }

    /** A table cell as a key: plain, lower case, without a trailing colon ("**Company:**" is "company"). */
    private static String cellKey(String cell) {
        String t = MarkdownText.plain(cell).strip().toLowerCase(Locale.ROOT);
        return t.endsWith(":") ? t.substring(0, t.length() - 1).strip() : t;
    }

    /** A table cell as a value: the name a lone wikilink shows, else its plain text; null when empty. */
    private static String cellValue(String cell) {
        String name = linkedName(cell);
        String v = name != null ? name : MarkdownText.plain(cell).strip();
        return v.isEmpty() ? null : v;
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
