package io.github.vaultlint.report;

import io.github.vaultlint.analysis.Insights;
import io.github.vaultlint.analysis.Interview;
import io.github.vaultlint.analysis.Item;
import io.github.vaultlint.analysis.StoryInsight;
import io.github.vaultlint.analysis.TopicInsight;
import io.github.vaultlint.vault.Task;

import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The analysis sections of {@code vaultlint.html}: weak-areas chart (inline SVG), interview
 * timeline, action plan and STAR story completeness. Every value from the vault is escaped through
 * {@link Html}; every item links back to its note.
 */
final class InsightsHtml {
    /**
     * Colour-blind-friendly palette, one colour per interview: Okabe-Ito's eight and Tol's wine and
     * olive, as many as a bar has segments ({@link #CHART_SEGMENTS}), so the interviews of one bar
     * never share a colour ({@link #colours}).
     */
    private static final String[] PALETTE = {"#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000",
        "#882255", "#999933"};
    private static final int CHART_TOPICS = 15;
    /** Interviews drawn as their own bar segment; older ones share one grey segment. */
    private static final int CHART_SEGMENTS = 10;
    private static final int TIMELINE = 60;
    private static final int WEAK_PER_TOPIC = 12;
    private static final int ACTIONS_PER_TOPIC = 20;
    private static final int TOPICS = 40;
    private static final int STORIES = 300;
    /** Characters of an item's text the page shows; the JSON has the full text. */
    private static final int ITEM_CHARS = 400;
    /** Characters of a name (topic, company, role, story title, date) the page shows. */
    static final int NAME_CHARS = 160;
    /** Nested bullets shown under an item, each cut to {@link #DETAIL_CHARS}. */
    private static final int DETAILS_PER_ITEM = 5;
    private static final int DETAIL_CHARS = 200;

    private final Writer w;
    private final String vault;

    InsightsHtml(Writer w, String vault) {
        this.w = w;
        this.vault = vault;
    }

    /** The interviews of a bar that get a segment of their own: the last {@link #CHART_SEGMENTS}. */
    private static List<Interview> segments(TopicInsight t) {
        int n = t.interviews().size();
        return t.interviews().subList(n - Math.min(n, CHART_SEGMENTS), n);
    }

    /**
     * A palette index for each interview the chart draws, the same in every bar and in the legend,
     * and different from the other interviews of each bar it is in. Cycling the palette by the
     * interview's place in the vault gave the 1st and the 11th interview one colour, so a topic weak
     * in both drew one block for two interviews. Greedy, in date order: the first colour no
     * interview sharing a bar with it has; when all have been taken (more than ten interviews meet
     * it across bars), the one fewest of them have.
     */
    static Map<String, Integer> colours(List<TopicInsight> chart, List<Interview> interviews) {
        Map<String, java.util.Set<String>> sharesABar = new java.util.HashMap<>();
        for (TopicInsight t : chart) {
            for (Interview a : segments(t)) {
                java.util.Set<String> others = sharesABar.computeIfAbsent(a.file(), k -> new java.util.HashSet<>());
                for (Interview b : segments(t)) {
                    if (!b.file().equals(a.file())) {
                        others.add(b.file());
                    }
                }
            }
        }
        Map<String, Integer> colour = new LinkedHashMap<>();
        for (Interview iv : interviews) {
            java.util.Set<String> others = sharesABar.get(iv.file());
            if (others == null || colour.containsKey(iv.file())) {
                continue;
            }
            int[] taken = new int[PALETTE.length];
            for (String o : others) {
                Integer c = colour.get(o);
                if (c != null) {
                    taken[c]++;
                }
            }
            int best = 0;
            for (int c = 1; c < PALETTE.length; c++) {
                if (taken[c] < taken[best]) {
                    best = c;
                }
            }
            colour.put(iv.file(), best);
        }
        return colour;
    }

    void weakAreas(Insights in) throws IOException {
        w.write("<section id=\"weak-areas\"><h2>Weak areas</h2>\n");
        List<TopicInsight> topics = in.topics().stream().filter(t -> t.weakCount() > 0).limit(CHART_TOPICS).toList();
        if (topics.isEmpty()) {
            w.write("<p class=\"muted\">No weak points found yet. Write them under \"What was weak\" in your interview debriefs.</p></section>\n");
            return;
        }
        int max = topics.stream().mapToInt(TopicInsight::weakCount).max().orElse(1);
        int labelW = 270;
        int barW = 520;
        int rowH = 26;
        int height = topics.size() * rowH + 10;
        w.write("<figure class=\"chart\"><svg role=\"img\" aria-labelledby=\"chart-title\" viewBox=\"0 0 " + (labelW + barW + 60) + " " + height
                + "\" width=\"100%\" preserveAspectRatio=\"xMinYMin meet\"><title id=\"chart-title\">Weak points per topic, stacked by interview</title>\n");
        int y = 4;
        java.util.Set<String> legend = new java.util.LinkedHashSet<>();
        Map<String, Integer> colour = colours(topics, in.interviews());
        for (TopicInsight t : topics) {
            String label = fit(t.name(), LABEL_EMS - (t.recurring() ? 1.4 : 0));
            w.write("<g><text x=\"" + (labelW - 8) + "\" y=\"" + (y + 16) + "\" text-anchor=\"end\" class=\"lbl\"><title>"
                    + Html.text(name(t.name())) + "</title>" + Html.text(label) + (t.recurring() ? " \u21bb" : "") + "</text>");
            double x = labelW;
            int n = t.interviews().size();
            int separate = Math.min(n, CHART_SEGMENTS);
            int older = 0;
            for (int i = 0; i < n - separate; i++) {
                older += t.weakByInterview().get(i);
            }
            if (older > 0) {
                double width = (double) older * barW / max;
                w.write("<rect x=\"" + fmt(x) + "\" y=\"" + y + "\" width=\"" + fmt(Math.max(1, width - 1)) + "\" height=\"" + (rowH - 6)
                        + "\" fill=\"#b0b7bf\"><title>" + (n - separate) + " earlier interviews: " + older + " weak</title></rect>");
                x += width;
            }
            for (int i = n - separate; i < n; i++) {
                Interview iv = t.interviews().get(i);
                legend.add(iv.file());
                double width = (double) t.weakByInterview().get(i) * barW / max;
                w.write("<rect x=\"" + fmt(x) + "\" y=\"" + y + "\" width=\"" + fmt(Math.max(1, width - 1)) + "\" height=\"" + (rowH - 6)
                        + "\" fill=\"" + PALETTE[colour.getOrDefault(iv.file(), 0)] + "\"><title>" + Html.text(name(iv.label())) + ": "
                        + t.weakByInterview().get(i) + " weak</title></rect>");
                x += width;
            }
            w.write("<text x=\"" + fmt(x + 6) + "\" y=\"" + (y + 16) + "\" class=\"num\">" + t.weakCount() + "</text></g>\n");
            y += rowH;
        }
        w.write("</svg><figcaption><ul class=\"legend\">");
        for (Interview iv : in.interviews()) {
            if (legend.contains(iv.file())) {
                w.write("<li><span class=\"sw\" style=\"background:" + PALETTE[colour.get(iv.file())] + "\"></span>" + Html.text(name(iv.label())) + "</li>");
            }
        }
        if (topics.stream().anyMatch(t -> t.interviews().size() > CHART_SEGMENTS)) {
            w.write("<li><span class=\"sw\" style=\"background:#b0b7bf\"></span>earlier interviews</li>");
        }
        w.write("</ul><p class=\"muted\">\u21bb recurring: weak in two or more interviews.</p></figcaption></figure>\n</section>\n");
    }

    void timeline(Insights in) throws IOException {
        w.write("<section id=\"timeline\"><h2>Interview timeline</h2>\n");
        if (in.interviews().isEmpty()) {
            w.write("<p class=\"muted\">No interview debriefs found (notes tagged <code>real-interview</code> or with What I was asked / What was weak sections).</p></section>\n");
            return;
        }
        List<Interview> all = in.interviews();
        List<Interview> shown = all.size() > TIMELINE ? all.subList(all.size() - TIMELINE, all.size()) : all;
        if (shown.size() < all.size()) {
            w.write("<p class=\"muted\">The " + shown.size() + " most recent of " + all.size() + " interviews; vaultlint.json lists them all.</p>\n");
        }
        int max = shown.stream().mapToInt(i -> i.weak().size()).max().orElse(1);
        w.write("<ol class=\"timeline\">\n");
        for (Interview iv : shown) {
            int pct = max == 0 ? 0 : iv.weak().size() * 100 / Math.max(1, max);
            w.write("<li><span class=\"date\">" + Html.text(iv.meta().date() == null ? "no date" : name(iv.meta().date())) + "</span> "
                    + link(iv.file(), 1, iv.meta().company() != null ? name(iv.meta().company()) : iv.file())
                    + (iv.meta().company() == null ? " <span class=\"muted\">(company unknown)</span>" : "")
                    + (iv.meta().role() != null ? " <span class=\"muted\">" + Html.text(name(iv.meta().role())) + "</span>" : "")
                    + (iv.meta().draft() ? " <span class=\"badge draft\">draft</span>" : "")
                    + "<div class=\"bar\"><span style=\"width:" + pct + "%\"></span></div><span class=\"counts\">"
                    + iv.weak().size() + " weak &middot; " + count(iv.strengths().size(), "strength") + " &middot; "
                    + count(iv.actions().size(), "action") + " (" + Item.countOpen(iv.actions()) + " open)</span></li>\n");
        }
        w.write("</ol>\n</section>\n");
    }

    /** "1 strength", "2 strengths". */
    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    void actionPlan(Insights in) throws IOException {
        w.write("<section id=\"action-plan\"><h2>Action plan</h2>\n<p class=\"muted\">Ranked: recurring topics first, then by weak points and recency.</p>\n");
        if (in.topics().isEmpty()) {
            w.write("<p class=\"muted\">Nothing to plan yet.</p></section>\n");
            return;
        }
        int rank = 0;
        for (TopicInsight t : in.topics()) {
            if (++rank > TOPICS) {
                w.write("<p class=\"muted\">" + (in.topics().size() - TOPICS) + " more topics in vaultlint.json.</p>\n");
                break;
            }
            w.write("<article class=\"topic" + (t.recurring() ? " recurring" : "") + "\"><h3><span class=\"rank\">" + rank + "</span> "
                    + Html.text(name(t.name())) + (t.recurring() ? " <span class=\"badge rec\">recurring</span>" : "") + "</h3>\n");
            w.write("<p class=\"meta\">" + t.weakCount() + " weak point" + (t.weakCount() == 1 ? "" : "s") + " in " + t.interviewCount()
                    + " interview" + (t.interviewCount() == 1 ? "" : "s"));
            if (t.firstSeen() != null) {
                w.write(" &middot; first " + Html.text(name(t.firstSeen())) + ", last " + Html.text(name(t.lastSeen())));
            }
            w.write(" &middot; " + t.openActions() + " open action" + (t.openActions() == 1 ? "" : "s") + "</p>\n");
            if (!t.interviews().isEmpty()) {
                w.write("<p class=\"where\">Weak in: ");
                int n = t.interviews().size();
                for (int i = Math.max(0, n - CHART_SEGMENTS); i < n; i++) {
                    Interview iv = t.interviews().get(i);
                    w.write((i > Math.max(0, n - CHART_SEGMENTS) ? ", " : "") + link(iv.file(), 1, name(iv.label())) + " (" + t.weakByInterview().get(i) + ")");
                }
                if (n > CHART_SEGMENTS) {
                    w.write(" and " + (n - CHART_SEGMENTS) + " earlier interviews");
                }
                w.write("</p>\n");
            }
            if (!t.weak().isEmpty()) {
                w.write("<details><summary>Weak points (" + t.weak().size() + ")</summary><ul class=\"items\">");
                for (Item i : latest(t.weak(), WEAK_PER_TOPIC)) {
                    w.write("<li>" + Html.text(shorten(i.text())) + details(i) + " " + link(i.file(), i.line(), i.file() + ":" + i.line()) + "</li>");
                }
                w.write("</ul>" + more(t.weak().size(), WEAK_PER_TOPIC, "weak points") + "</details>\n");
            }
            if (!t.actions().isEmpty()) {
                w.write("<ul class=\"actions\">");
                List<Item> open = t.actions().stream().filter(Item::open).toList();
                List<Item> done = t.actions().stream().filter(a -> !a.open()).toList();
                List<Item> listed = new java.util.ArrayList<>(latest(open, ACTIONS_PER_TOPIC));
                listed.addAll(latest(done, Math.max(0, ACTIONS_PER_TOPIC - listed.size())));
                for (Item a : listed) {
                    Task.Status st = a.status() == null ? Task.Status.OPEN : a.status();
                    // role="img": a plain span's aria-label is not read out (ARIA forbids naming it), the box is.
                    w.write("<li class=\"" + statusClass(st) + "\"><span class=\"box\" role=\"img\" aria-label=\"" + st.id().replace('-', ' ') + "\">"
                            + statusBox(st) + "</span> " + Html.text(shorten(a.text()))
                            + (st == Task.Status.IN_PROGRESS ? " <span class=\"sub\">(in progress)</span>" : "")
                            + (st == Task.Status.CANCELLED ? " <span class=\"sub\">(cancelled)</span>" : "")
                            + (a.due() != null ? " <span class=\"due\">due " + Html.text(a.due()) + "</span>" : "")
                            + " " + link(a.file(), a.line(), a.file() + ":" + a.line()) + "</li>");
                }
                w.write("</ul>" + more(t.actions().size(), listed.size(), "actions") + "\n");
            }
            w.write("</article>\n");
        }
        w.write("</section>\n");
    }

    void stories(Insights in) throws IOException {
        w.write("<section id=\"stories\"><h2>STAR stories</h2>\n");
        if (in.stories().isEmpty()) {
            w.write("<p class=\"muted\">No STAR stories found.</p></section>\n");
            return;
        }
        long complete = in.stories().stream().filter(StoryInsight::complete).count();
        w.write("<p>" + complete + " of " + in.stories().size() + " stories complete.</p>\n");
        List<StoryInsight> stories = new java.util.ArrayList<>(in.stories());
        stories.sort(java.util.Comparator.comparing(StoryInsight::complete)); // gaps first, stable otherwise
        if (stories.size() > STORIES) {
            // Before the table: a <p> inside <tbody> is invalid HTML, which the browser moves out.
            w.write("<p class=\"muted\">Showing " + STORIES + " of " + stories.size() + " stories, incomplete ones first; vaultlint.json lists them all.</p>\n");
            stories = stories.subList(0, STORIES);
        }
        w.write("<div class=\"scroll\"><table class=\"stories\"><thead><tr><th>Story</th><th>S</th><th>T</th><th>A</th><th>R</th><th>Complete</th><th>Measurable result</th></tr></thead><tbody>\n");
        for (StoryInsight s : stories) {
            w.write("<tr class=\"" + (s.complete() ? "ok" : "gap") + "\"><td>" + link(s.file(), s.line(), name(s.title())) + "<div class=\"muted small\">"
                    + Html.text(s.file()) + ":" + s.line() + "</div></td>" + part(s, "situation", s.situation()) + part(s, "task", s.task())
                    + part(s, "action", s.action()) + part(s, "result", s.result()) + cell(s.complete()) + cell(s.measurableResult()) + "</tr>\n");
        }
        w.write("</tbody></table></div>\n</section>\n");
    }

    /** The last {@code n} items: the most recent interviews come last. */
    private static List<Item> latest(List<Item> items, int n) {
        return items.size() > n ? items.subList(items.size() - n, items.size()) : items;
    }

    private static String more(int total, int shown, String what) {
        return total > shown ? "<p class=\"muted small\">" + (total - shown) + " more " + what + " in vaultlint.json.</p>" : "";
    }

    /**
     * Long items (a whole suggested answer, a pasted transcript) are cut for the page; the JSON has
     * the full text. Without a cut the page grew with the notes: 27 MB for ten long debriefs.
     */
    private static String shorten(String s) {
        return cut(s, ITEM_CHARS);
    }

    /** A name from a note (a heading, a frontmatter value) as the page shows it. */
    static String name(String s) {
        return s == null ? null : cut(s, NAME_CHARS);
    }

    private static String cut(String s, int max) {
        return s.length() > max ? io.github.vaultlint.util.OneLine.head(s, max - 1) + "\u2026" : s;
    }

    /** A STAR part's cell: missing, written, or written with nothing under it (what empty-section reports). */
    private static String part(StoryInsight s, String id, boolean present) {
        if (present && s.emptyParts().contains(id)) {
            return "<td class=\"empty\" title=\"written but empty\">\u25CB <span class=\"small\">empty</span></td>";
        }
        return cell(present);
    }

    private static String cell(boolean b) {
        return "<td class=\"" + (b ? "yes" : "no") + "\">" + (b ? "\u2713" : "\u2717") + "</td>";
    }

    private static String details(Item i) {
        if (i.details().isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder("<ul class=\"sub\">");
        for (String d : i.details().subList(0, Math.min(DETAILS_PER_ITEM, i.details().size()))) {
            sb.append("<li>").append(Html.text(cut(d, DETAIL_CHARS))).append("</li>");
        }
        if (i.details().size() > DETAILS_PER_ITEM) {
            sb.append("<li class=\"muted\">").append(i.details().size() - DETAILS_PER_ITEM).append(" more in vaultlint.json</li>");
        }
        return sb.append("</ul>").toString();
    }

    /** A link that opens the note in Obsidian; the visible text names the file and line. */
    String link(String file, int line, String text) {
        return "<a class=\"src\" href=\"" + Html.url(HtmlReport.obsidianUrl(vault, file)) + "\" title=\"" + Html.attr(file + ":" + line)
                + "\">" + Html.text(text) + "</a>";
    }

    /** Width of the chart's label column (270 less an 8 margin) in ems of its 13-unit font. */
    private static final double LABEL_EMS = (270 - 8) / 13.0;

    /**
     * {@code name} cut with "…" so its estimated width stays within {@code ems}. The labels are
     * right-aligned, so a label wider than its column loses its start off the chart's edge
     * ("WHITEBOARD ROUND WITH THE VP OF E…" lost "WHIT"; a CJK title half of itself): widths are
     * estimated generously per character, as a font cannot be measured here.
     */
    static String fit(String name, double ems) {
        double width = 0;
        for (int i = 0; i < name.length(); ) {
            int cp = name.codePointAt(i);
            width += ems(cp);
            if (width > ems) {
                double room = ems - 1.0; // the ellipsis
                StringBuilder out = new StringBuilder();
                double w = 0;
                for (int k = 0; k < name.length(); ) {
                    int c = name.codePointAt(k);
                    if (w + ems(c) > room) {
                        break;
                    }
                    w += ems(c);
                    out.appendCodePoint(c);
                    k += Character.charCount(c);
                }
                return out.toString().stripTrailing() + "\u2026";
            }
            i += Character.charCount(cp);
        }
        return name;
    }

    /**
     * A generous width of one character in ems, above what DejaVu Sans and the usual UI fonts give:
     * wide (CJK, fullwidth, emoji) 1.05, M W m w @ 1.0, other capitals 0.8, digits 0.65, narrow
     * punctuation and i l j 0.35, the rest 0.62.
     */
    private static double ems(int cp) {
        if (cp >= 0x1100 && (cp <= 0x115F || (cp >= 0x2E80 && cp <= 0xA4CF) || (cp >= 0xAC00 && cp <= 0xD7A3)
                || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60)
                || (cp >= 0xFFE0 && cp <= 0xFFE6) || cp >= 0x1F000)) {
            return 1.05;
        }
        if ("MWmw@%\u00C6\u00E6\u0152\u0153".indexOf(cp) >= 0) {
            return 1.0;
        }
        if (" .,:;'|!ilj".indexOf(cp) >= 0) {
            return 0.35;
        }
        return Character.isUpperCase(cp) ? 0.8 : Character.isDigit(cp) ? 0.65 : 0.62;
    }

    private static String fmt(double d) {
        return String.format(Locale.ROOT, "%.1f", d);
    }

    /** The list item's class: an in-progress action is still open, a cancelled one is struck like a done one. */
    private static String statusClass(Task.Status st) {
        return st == Task.Status.DONE ? "done" : st == Task.Status.CANCELLED ? "done cancelled" : "open";
    }

    /** The box as the task shows it: ☐ open, ◐ in progress, ☑ done, ☒ cancelled. */
    private static String statusBox(Task.Status st) {
        switch (st) {
            case DONE:
                return "\u2611";
            case IN_PROGRESS:
                return "\u25D0";
            case CANCELLED:
                return "\u2612";
            default:
                return "\u2610";
        }
    }
}
