package io.github.vaultlint.report;

import io.github.vaultlint.Version;
import io.github.vaultlint.engine.LintOptions;
import io.github.vaultlint.engine.LintResult;
import io.github.vaultlint.engine.Linter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** vaultlint.html: self-contained, summary + findings grouped by file + severity filter, hostile text escaped. */
class HtmlReportTest {
    private static final String SCRIPT = "<script>alert(1)</script>";
    private static final String IMG = "\"><img src=x onerror=alert(1)>";
    private static final Pattern ATTR_URL = Pattern.compile("\\b(?:href|src|action|formaction)\\s*=\\s*\"([^\"]*)\"",
            Pattern.CASE_INSENSITIVE);

    private static void write(Path root, String rel, String text) throws IOException {
        Path p = root.resolve(rel);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text, StandardCharsets.UTF_8);
    }

    private static String render(Path vault, Path out) throws Exception {
        LintResult result = new Linter().run(LintOptions.of(vault));
        Path file = HtmlReport.write(ReportData.of(result, Version.get()), out);
        assertEquals(out.resolve("vaultlint.html"), file);
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    /** A vault whose note text, link targets and (where the OS allows) file names are hostile. */
    private static boolean hostileVault(Path vault) throws IOException {
        write(vault, "Interviews/Acme.md", "---\ntitle: Acme\n---\n## ## " + SCRIPT + "\n\n"
                + "[[Missing" + IMG + "]] and [click](javascript:alert(1)) and [[javascript:alert(1)]]\n");
        write(vault, "STAR Bank.md", "# STAR Bank\n\n##\n\n[[Nowhere & <b>bold</b>]]\n");
        boolean hostileName;
        try {
            write(vault, IMG.replace("/", "") + ".md", "[[Missing 'single' quote]]\n");
            hostileName = true;
        } catch (IOException | InvalidPathException e) {
            hostileName = false; // Windows forbids < > " in file names
        }
        return hostileName;
    }

    @Test
    void hostileNoteTextOnlyAppearsEscaped(@TempDir Path tmp) throws Exception {
        Path vault = tmp.resolve("vault");
        boolean hostileName = hostileVault(vault);
        String html = render(vault, tmp.resolve("out"));

        assertFalse(html.contains(SCRIPT), "raw <script> from a note");
        assertFalse(html.contains("<img"), "raw <img> from a note");
        assertFalse(html.contains("<b>bold</b>"), "raw tags from a note");
        assertTrue(html.contains("## &lt;script&gt;alert(1)&lt;/script&gt;"), "the heading text is shown escaped");
        assertTrue(html.contains("[[Missing&quot;&gt;&lt;img src=x onerror=alert(1)&gt;]]"), "the link text is shown escaped");
        assertTrue(html.contains("Nowhere &amp; &lt;b&gt;bold&lt;/b&gt;"));
        if (hostileName) {
            assertTrue(html.contains("<span class=\"path\">&quot;&gt;&lt;img src=x onerror=alert(1)&gt;.md</span>"),
                    "a hostile file name is escaped in the file group");
        }
        // The only script element is the report's own inline script.
        assertEquals(1, count(html, "<script"), "one inline script");
        assertEquals(html.indexOf("<script>\n"), html.indexOf("<script"), "the script is the report's own, without src");
        for (String url : attributeUrls(html)) {
            // Note links open Obsidian; the only other URLs are the report's own in-page anchors.
            assertTrue(url.startsWith("obsidian://open?vault=") || url.matches("#[a-z-]*"), "unexpected URL in an attribute: " + url);
            assertFalse(url.toLowerCase().contains("javascript:"), url);
        }
        assertFalse(html.contains("onerror=alert(1)>"), "no attribute can be injected");
    }

    @Test
    void selfContainedWithSummaryGroupsAndSeverityFilter(@TempDir Path tmp) throws Exception {
        Path vault = tmp.resolve("vault");
        hostileVault(vault);
        LintResult result = new Linter().run(LintOptions.of(vault));
        String html = render(vault, tmp.resolve("out"));

        // No external requests: no http(s) resources, no stylesheet links, no imports, a strict CSP.
        assertFalse(Pattern.compile("(?i)(src|href)\\s*=\\s*\"?\\s*(https?:)?//").matcher(html).find(), "external resource");
        assertFalse(html.contains("<link"), "no external stylesheet");
        assertFalse(html.contains("@import") || html.contains("url(http"), "no CSS fetches");
        assertTrue(html.contains("<style>") && html.contains("Content-Security-Policy\" content=\"default-src 'none'"));

        // Summary cards with the counts.
        assertTrue(html.contains("<div class=\"card error\"><div class=\"num\">" + result.summary().errors() + "</div>"));
        assertTrue(html.contains("<div class=\"card warning\"><div class=\"num\">" + result.summary().warnings() + "</div>"));
        assertTrue(html.contains("<div class=\"card notes\"><div class=\"num\">" + result.summary().notes() + "</div>"));

        // Findings grouped by file, in order, each group with its count.
        List<String> groups = new ArrayList<>();
        Matcher m = Pattern.compile("<details open class=\"file\" data-file=\"[^\"]*\"><summary><span class=\"path\">([^<]*)</span> "
                + "<span class=\"count\" data-total=\"(\\d+)\">(\\d+)</span>").matcher(html);
        int total = 0;
        while (m.find()) {
            groups.add(m.group(1));
            assertEquals(m.group(2), m.group(3), "the total, which the script keeps while the filters change the badge");
            total += Integer.parseInt(m.group(2));
        }
        List<String> expectedGroups = result.findings().stream().map(f -> Html.text(f.file())).distinct().toList();
        assertEquals(expectedGroups, groups);
        assertEquals(result.findings().size(), total);
        assertEquals(result.findings().size(), count(html, "<li class=\"finding "));

        // A severity filter: one checkbox per severity, and every finding tagged with its severity.
        for (String sev : List.of("error", "warning", "info")) {
            assertTrue(html.contains("<input type=\"checkbox\" data-sev=\"" + sev + "\" checked>"), sev + " filter");
        }
        long errors = result.findings().stream().filter(f -> f.severity().id().equals("error")).count();
        assertEquals(errors, count(html, "data-sev=\"error\" data-rule="));
        assertTrue(html.contains("STAR Bank.md:3:1"), "positions are shown");
    }

    /** A vault of {@code notes} notes with {@code links} broken links each: notes x links broken-link findings. */
    static void manyFindings(Path vault, int notes, int links) throws IOException {
        for (int n = 0; n < notes; n++) {
            StringBuilder sb = new StringBuilder("# Note " + n + "\n\n");
            for (int l = 0; l < links; l++) {
                sb.append("See [[Missing page ").append(n).append('-').append(l).append("]].\n");
            }
            write(vault, "Notes/Note " + n + ".md", sb.toString());
        }
    }

    @Test
    void fiveThousandFindingsAreAllInAPageUnderFiveMegabytes(@TempDir Path tmp) throws Exception {
        Path vault = tmp.resolve("vault");
        manyFindings(vault, 1000, 5);
        String html = render(vault, tmp.resolve("out"));
        assertEquals(5000, count(html, "<li class=\"finding "), "every finding is in the page");
        assertTrue(html.getBytes(StandardCharsets.UTF_8).length < 5_000_000, "the page stays under 5 MB");
        assertFalse(html.contains("lists the first"), "nothing is left to the JSON");
        assertTrue(html.contains("<p class=\"pager\" id=\"pager\" hidden>"), "pages for the script, hidden without it");
    }

    @Test
    void aListBeyondTheBudgetSaysWhatItLeavesToTheJson(@TempDir Path tmp) throws Exception {
        Path vault = tmp.resolve("vault");
        manyFindings(vault, 1000, 12);
        String html = render(vault, tmp.resolve("out"));
        int listed = count(html, "<li class=\"finding ");
        assertTrue(listed > 5000 && listed < 12000, "listed " + listed);
        assertTrue(html.contains("This page lists the first " + listed + " of 12000 findings, in file order"), "says so");
        assertTrue(html.getBytes(StandardCharsets.UTF_8).length < 5_500_000, "the page stays near 5 MB");
    }

    /**
     * The budget covers each file's group and filter option too, not only the rows: with one finding
     * in each of 4,000 notes with long paths (an "Interviews/<year>/<company> - <role>/<round>" tree)
     * the page was 7.4 MB.
     */
    @Test
    void oneFindingInEachOfManyLongPathsStaysNearFiveMegabytes(@TempDir Path tmp) throws Exception {
        Path vault = tmp.resolve("vault");
        for (int n = 0; n < 4000; n++) {
            write(vault, "Interviews/" + (2020 + n % 6) + "/Company number " + (n % 40) + " - Senior Site Reliability Engineer (Platform)"
                    + "/Onsite round " + n + " debrief with the hiring manager, the platform team and the SRE lead.md",
                    "# Round " + n + "\n\nSee [[Missing note " + n + "]].\n");
        }
        String html = render(vault, tmp.resolve("out"));
        int listed = count(html, "<li class=\"finding ");
        assertTrue(html.getBytes(StandardCharsets.UTF_8).length < 5_200_000, "the page stays near 5 MB: "
                + html.getBytes(StandardCharsets.UTF_8).length + " bytes, " + listed + " findings");
        assertTrue(listed > 2000 && listed < 4000, "listed " + listed);
        assertTrue(html.contains("This page lists the first " + listed + " of 4000 findings"), "says what it leaves to the JSON");
        assertEquals(listed, count(html, "<details open class=\"file\""), "one group per listed file");
        assertEquals(listed + 1, count(html.substring(html.indexOf("<select id=\"f-file\">")), "<option value="),
                "one filter option per listed file, and \"all files\"");
    }

    /**
     * Analysis text is cut for the page as actions were: a weak point or its nested bullets, a company
     * or a topic can hold a pasted transcript, and ten such debriefs made a 27 MB page. The JSON keeps it all.
     */
    @Test
    void longItemsAndNamesAreCutInThePage(@TempDir Path tmp) throws Exception {
        Path vault = tmp.resolve("vault");
        String transcript = "then the interviewer asked about pod eviction and I rambled ".repeat(300);
        StringBuilder note = new StringBuilder("---\ntags: [real-interview]\ndate: 2025-03-04\ncompany: \"Initech "
                + "x".repeat(5000) + "\"\n---\n## Kubernetes scheduling " + "y".repeat(3000) + "\n\n### What was weak\n\n");
        note.append("- Pod scheduling ").append(transcript).append("\n");
        for (int i = 0; i < 9; i++) {
            note.append("    - detail ").append(i).append(' ').append(transcript).append("\n");
        }
        note.append("\n### How I should improve\n\n- [ ] Practise kubernetes scheduling\n");
        write(vault, "Interviews/2025-03-04 Initech.md", note.toString());
        LintResult result = new Linter().run(LintOptions.of(vault));
        Path file = HtmlReport.write(ReportData.of(result, Version.get()), tmp.resolve("out"));
        // The findings list is bounded on its own (a message may quote the long heading).
        String page = Files.readString(file, StandardCharsets.UTF_8);
        String html = page.substring(0, page.indexOf("<section id=\"findings\">"));

        assertTrue(html.length() < 40_000, "the page does not grow with the text: " + html.length());
        assertTrue(html.contains("<li>Pod scheduling then the interviewer"), "the weak point is there");
        assertFalse(html.contains(transcript.substring(0, 1000)), "cut, not whole");
        assertTrue(html.contains("<li>detail 4 then"), "the first nested bullets are there");
        assertFalse(html.contains("<li>detail 5 "), "beyond five, they are counted");
        assertTrue(html.contains("4 more in vaultlint.json"), "and the count says where the rest is");
        assertFalse(html.contains("x".repeat(InsightsHtml.NAME_CHARS)), "the company is cut");
        assertFalse(html.contains("y".repeat(InsightsHtml.NAME_CHARS)), "the topic is cut");
        assertTrue(html.contains("Initech xxx"), "but shown");
        String weak = result.insights().interviews().get(0).weak().get(0).text();
        assertTrue(weak.length() > transcript.length(), "the analysis keeps the full text for the JSON");
    }

    @Test
    void theBudgetCountsBytes() {
        assertEquals(3, HtmlReport.utf8Length("abc"));
        assertEquals("é日😀".getBytes(StandardCharsets.UTF_8).length, HtmlReport.utf8Length("é日😀"));
    }

    @Test
    void printingShowsOtherPagesButNotFilteredRows(@TempDir Path tmp) throws Exception {
        Path vault = tmp.resolve("vault");
        manyFindings(vault, 2, 1);
        String html = render(vault, tmp.resolve("out"));
        String print = html.substring(html.indexOf("@media print{"), html.indexOf("}}", html.indexOf("@media print{")));
        assertTrue(print.contains("li.finding.off,details.file.off{display:block!important}"), "off-page rows are printed");
        assertFalse(print.contains(".hide{display:block"), "rows a filter hid stay hidden in print: " + print);
        assertTrue(html.contains("else{li.classList.add('hide');li.classList.remove('off');}"),
                "a filtered row loses its off-page mark, which print would show");
    }

    @Test
    void cleanVaultSaysSo(@TempDir Path tmp) throws Exception {
        Path vault = tmp.resolve("clean");
        write(vault, "Note.md", "# Note\n\nAll good.\n");
        String html = render(vault, tmp.resolve("out"));
        assertTrue(html.contains("No findings"));
        assertEquals(0, count(html, "<li class=\"finding "));
    }

    /**
     * A right-to-left override in a company, heading or file name holds to the end of the block it
     * sits in, so unescaped it showed the dates, line numbers and links the report writes after it
     * reversed ("Acme (20-90-5202)"). Written out, as on the console, it reorders nothing.
     */
    @Test
    void bidiOverridesFromNotesAreWrittenOutNotApplied(@TempDir Path tmp) throws Exception {
        Path vault = tmp.resolve("vault");
        String rlo = "\u202E";
        String text = "---\ntags: [real-interview]\ndate: 2025-09-02\ncompany: \"Acme " + rlo + "evil\"\nrole: \"\u2066SRE\u2069\"\n---\n"
                + "## Kubernetes " + rlo + "sdop\n\n**What was asked:** pods\n\n**My answer:** pods\n\n**What was weak:**\n- pods "
                + rlo + "desrever\n- [[Missing " + rlo + "eton]]\n\n**How to improve:**\n- [ ] read " + rlo + "scod\n";
        boolean hostileName;
        try {
            write(vault, "Interviews/2025-09-02 " + rlo + "dm.exe.md", text);
            hostileName = true;
        } catch (IOException | InvalidPathException e) {
            write(vault, "Interviews/2025-09-02 Acme.md", text);
            hostileName = false;
        }
        write(vault, "Interviews/2025-09-03 Beta.md", text.replace("2025-09-02", "2025-09-03").replace("Acme", "Beta"));
        String html = render(vault, tmp.resolve("out"));

        for (char c : new char[] {'\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069'}) {
            assertEquals(-1, html.indexOf(c), "a bidi control from a note is in the page: U+" + Integer.toHexString(c));
        }
        assertTrue(html.contains("Acme \\u202Eevil (2025-09-02)"), "the company is shown with its override written out");
        assertTrue(html.contains("<span class=\"muted\">\\u2066SRE\\u2069</span>"), "isolates too");
        assertTrue(html.contains("pods \\u202Edesrever"), "weak points too");
        if (hostileName) {
            assertTrue(html.contains("<span class=\"path\">Interviews/2025-09-02 \\u202Edm.exe.md</span>"), "file names too");
        }
        assertEquals("\u200F\u05E9\u05DC\u05D5\u05DD \u200E&amp;", Html.text("\u200F\u05E9\u05DC\u05D5\u05DD \u200E&"),
                "right-to-left text and its marks are kept");
    }

    /**
     * The file filter compares an option's value with a group's data-file. Without a value
     * attribute the browser takes the option's text with runs of spaces collapsed, so choosing
     * "a  b.md" showed none of its findings.
     */
    @Test
    void fileFilterOptionsCarryTheExactPath(@TempDir Path tmp) throws Exception {
        Path vault = tmp.resolve("vault");
        write(vault, "Interviews/a  b .md", "# A\n\n[[Missing one]]\n");
        write(vault, "c.md", "# C\n\n[[Missing two]]\n");
        String html = render(vault, tmp.resolve("out"));
        String select = html.substring(html.indexOf("<select id=\"f-file\">"), html.indexOf("</select>", html.indexOf("<select id=\"f-file\">")));
        Matcher m = Pattern.compile("<option value=\"([^\"]+)\">([^<]*)</option>").matcher(select);
        List<String> values = new ArrayList<>();
        while (m.find()) {
            assertEquals(m.group(2), m.group(1), "an option's value is its path as shown");
            values.add(m.group(1));
        }
        assertEquals(List.of("Interviews/a  b .md", "c.md"), values);
        for (String v : values) {
            assertTrue(html.contains("data-file=\"" + v + "\""), "a group has the option's exact value: " + v);
        }
        assertTrue(html.contains("<option value=\"broken-link\">broken-link</option>"), "rules too");
    }

    /**
     * The filters and the pager carry {@code hidden} until the script shows them, but their classes set
     * display:flex, which beats the browser's own [hidden] rule: without JavaScript the page showed
     * dead filters and a dead pager, and with it a one-page list showed "page 1 of 1" between two
     * disabled buttons. The page's CSS makes [hidden] win.
     */
    @Test
    void controlsTheScriptShowsStayHiddenWithoutIt(@TempDir Path tmp) throws Exception {
        Path vault = tmp.resolve("vault");
        manyFindings(vault, 2, 1);
        String html = render(vault, tmp.resolve("out"));
        String css = html.substring(html.indexOf("<style>"), html.indexOf("</style>"));
        Matcher hidden = Pattern.compile("<[a-z]+ class=\"([a-z]+)\" id=\"([a-z]+)\" hidden>").matcher(html);
        List<String> ids = new ArrayList<>();
        while (hidden.find()) {
            ids.add(hidden.group(2));
            assertTrue(css.contains("." + hidden.group(1) + "{display:flex"), "the class sets a display the attribute must beat");
        }
        assertEquals(List.of("filters", "pager"), ids);
        assertTrue(Pattern.compile("[{},]\\[hidden\\](,[^{]*)?\\{display:none!important\\}").matcher(css).find(),
                "[hidden] beats the classes' display: " + css);
    }

    /**
     * A select is as wide as its longest option: one long file name in the file filter made a
     * phone's page 671 px wide (Chromium, 375 px screen), and an unbroken company name in a link
     * 1,300 px. The label holds the select to the line and the main text wraps anywhere it must.
     */
    @Test
    void longNamesDoNotWidenAPhoneScreen(@TempDir Path tmp) throws Exception {
        Path vault = tmp.resolve("vault");
        String file = "Interviews/2025-11-20 Northwind Logistics - Senior Site Reliability Engineer - Round 2 (System Design).md";
        write(vault, file, "# N\n\n[[Missing note]]\n");
        String html = render(vault, tmp.resolve("out"));
        assertTrue(html.contains("<option value=\"" + file + "\">"), "the long name is an option of the file filter");
        String css = html.substring(html.indexOf("<style>"), html.indexOf("</style>"));
        String phone = css.substring(css.indexOf("@media (max-width:600px){"));
        assertTrue(phone.contains(".filters select{max-width:100%}"), "on a phone the select may take the line");
        assertTrue(css.contains(".filters label{max-width:100%}"), "and the label holding it no more than the line: " + css);
        assertTrue(css.contains("main{overflow-wrap:break-word}"), "an unbroken name wraps instead of widening the page");
    }

    /** Chart labels are cut by estimated width, not by characters (HtmlReportBrowserTest measures them in Chromium). */
    @Test
    void chartLabelsAreCutByWidth() {
        assertEquals("Behavioural and communication", InsightsHtml.fit("Behavioural and communication", 18.75));
        String cjk = InsightsHtml.fit("分散システムの設計とトラブルシューティングの基礎知識", 18.75);
        assertEquals("分散システムの設計とトラブルシュ\u2026", cjk, "27 wide characters do not fit where 33 narrow ones do");
        String emoji = InsightsHtml.fit("\uD83D\uDE80".repeat(30), 10);
        assertEquals(8 * 2 + 1, emoji.length(), "whole emoji, never half a surrogate pair: " + emoji);
        assertFalse(Character.isHighSurrogate(emoji.charAt(emoji.length() - 2)));
        assertEquals("WHITEBOARD ROUND WITH T\u2026", InsightsHtml.fit("WHITEBOARD ROUND WITH THE VP OF ENG", 18.75));
        assertEquals("WHITEBOARD\u2026", InsightsHtml.fit("WHITEBOARD ROUND", 9.6), "no space before the ellipsis");
    }

    /** A topic weak in ten interviews: ten segments in ten colours, so each stays tellable apart, as the legend. */
    @Test
    void tenInterviewsInOneBarHaveTenColours(@TempDir Path tmp) throws Exception {
        Path vault = tmp.resolve("vault");
        for (int d = 10; d < 20; d++) {
            write(vault, "2025-10-" + d + " Co" + d + ".md", "---\ntags: [real-interview]\ndate: 2025-10-" + d + "\ncompany: Co" + d
                    + "\n---\n## Kubernetes\n\n**What was asked:** q\n\n**My answer:** a\n\n**What was weak:**\n- pods\n\n**How to improve:**\n- b\n");
        }
        String html = render(vault, tmp.resolve("out"));
        String bar = html.substring(html.indexOf("<g><text"), html.indexOf("</g>", html.indexOf("<g><text")));
        Matcher fill = Pattern.compile("<rect [^>]*fill=\"(#[0-9A-Fa-f]{6})\"").matcher(bar);
        java.util.Set<String> colours = new java.util.HashSet<>();
        int segments = 0;
        while (fill.find()) {
            colours.add(fill.group(1));
            segments++;
        }
        assertEquals(10, segments);
        assertEquals(10, colours.size(), "two interviews share a colour: " + bar);
    }

    /**
     * Twelve interviews, Kubernetes weak in the 1st and the 11th only, Linux in the ten others. A
     * palette cycled by the interview's place gave the 1st and the 11th one colour, so the
     * Kubernetes bar drew one block for two interviews. Every bar's segments differ, and each
     * interview has one colour, the legend's, wherever it is drawn.
     */
    @Test
    void theInterviewsOfOneBarNeverShareAColour(@TempDir Path tmp) throws Exception {
        Path vault = tmp.resolve("vault");
        for (int i = 1; i <= 12; i++) {
            boolean k8s = i == 1 || i == 11;
            String date = String.format("2025-%02d-10", i);
            write(vault, "Interviews/" + date + " Co" + i + ".md", "---\ntags: [real-interview]\ndate: " + date + "\ncompany: Co" + i
                    + "\n---\n## " + (k8s ? "Kubernetes scheduling" : "Linux debugging") + "\n\n### What I was asked\n\n- q\n\n"
                    + "### How I responded\n\n- a\n\n### What was weak\n\n- " + (k8s ? "pod autoscaling in Kubernetes" : "strace on Linux")
                    + "\n\n### How I should improve\n\n- [ ] practise\n");
        }
        String html = render(vault, tmp.resolve("out"));
        Matcher bar = Pattern.compile("<g><text.*?</g>").matcher(html);
        Pattern segment = Pattern.compile("<rect [^>]*fill=\"(#[0-9A-Fa-f]{6})\"><title>([^<]*) \\(");
        java.util.Map<String, String> colourOf = new java.util.HashMap<>();
        int bars = 0;
        while (bar.find()) {
            bars++;
            Matcher m = segment.matcher(bar.group());
            java.util.Set<String> colours = new java.util.HashSet<>();
            int segments = 0;
            while (m.find()) {
                segments++;
                colours.add(m.group(1));
                String before = colourOf.putIfAbsent(m.group(2), m.group(1));
                assertTrue(before == null || before.equals(m.group(1)), m.group(2) + " has two colours");
            }
            assertEquals(segments, colours.size(), "two interviews of one bar share a colour: " + bar.group());
        }
        assertEquals(2, bars);
        assertEquals(12, colourOf.size());
        Matcher legend = Pattern.compile("<li><span class=\"sw\" style=\"background:(#[0-9A-Fa-f]{6})\"></span>([^<]*) \\(").matcher(html);
        int entries = 0;
        while (legend.find()) {
            entries++;
            assertEquals(colourOf.get(legend.group(2)), legend.group(1), "the legend's colour of " + legend.group(2));
        }
        assertEquals(12, entries);
    }

    /**
     * An interview with no company anywhere says so in the timeline and the chart, rather than
     * showing its file name where a company goes; one whose folder names it shows the company.
     */
    @Test
    void anUnknownCompanyIsSaidToBeUnknown(@TempDir Path tmp) throws Exception {
        Path vault = tmp.resolve("vault");
        String topic = "## Kubernetes\n\n### What I was asked\n- q\n\n### How I responded\n- a\n\n### What was weak\n- pod autoscaling\n\n"
                + "### How I should improve\n- read\n";
        write(vault, "Notes/2025-03-14 onsite.md", topic);
        write(vault, "Interviews/Globex/2025-03-15 onsite.md", topic);
        String html = render(vault, tmp.resolve("out"));
        String timeline = html.substring(html.indexOf("<section id=\"timeline\">"), html.indexOf("</section>", html.indexOf("<section id=\"timeline\">")));
        assertTrue(timeline.contains(">Notes/2025-03-14 onsite.md</a> <span class=\"muted\">(company unknown)</span>"), timeline);
        assertTrue(timeline.contains(">Globex</a><div"), timeline);
        assertEquals(1, count(timeline, "company unknown"), timeline);
        assertTrue(html.contains("<title>2025-03-14 onsite (company unknown, 2025-03-14): 1 weak</title>"), "the chart's segment");
        assertTrue(html.contains("<title>Globex (2025-03-15): 1 weak</title>"));
    }

    /** Past 300 stories the page says how many it shows before the table: a {@code <p>} in {@code <tbody>} is invalid. */
    @Test
    void theStoryCutIsSaidBeforeTheTable(@TempDir Path tmp) throws Exception {
        Path vault = tmp.resolve("vault");
        StringBuilder bank = new StringBuilder("---\ntags: [story-bank]\n---\n# Bank\n\n");
        for (int i = 0; i < 301; i++) {
            bank.append("### Story ").append(i).append("\n\n#### Situation\ns\n\n#### Task\nt\n\n#### Action\na\n\n#### Result\nCut pages by 40%.\n\n");
        }
        write(vault, "Bank.md", bank.toString());
        String html = render(vault, tmp.resolve("out"));
        int note = html.indexOf("<p class=\"muted\">Showing 300 of 301 stories");
        int table = html.indexOf("<table class=\"stories\">");
        assertTrue(note >= 0 && note < table, "the cut is said before the table");
        String body = html.substring(html.indexOf("<tbody>", table), html.indexOf("</tbody>", table));
        assertFalse(body.contains("<p"), "only rows in the table body");
        assertEquals(300, count(body, "<tr "));
    }

    @Test
    void theOverviewSaysHowManyMoreRecurringTopicsThereAre(@TempDir Path tmp) throws Exception {
        Path vault = tmp.resolve("vault");
        io.github.vaultlint.testutil.RecurringVault.sevenRecurringTopics(vault);
        String html = render(vault, tmp.resolve("out"));
        String lead = html.substring(html.indexOf("Keeps coming back"), html.indexOf("</p>", html.indexOf("Keeps coming back")));
        assertEquals(5, lead.split("<strong>", -1).length - 1, lead);
        assertTrue(lead.endsWith(", and <a href=\"#action-plan\">2 more in the action plan</a>."), lead);
        assertTrue(html.contains("id=\"action-plan\""));
    }

    @Test
    void urlEscapingRejectsScriptSchemes() {
        assertEquals("#", Html.url("javascript:alert(1)"));
        assertEquals("#", Html.url("  JaVaScRiPt:alert(1)"));
        assertEquals("#", Html.url("java\tscript:alert(1)"));
        assertEquals("#", Html.url("data:text/html,<script>alert(1)</script>"));
        assertEquals("#", Html.url("vbscript:msgbox"));
        assertEquals("obsidian://open?vault=v&amp;file=a.md", Html.url("obsidian://open?vault=v&file=a.md"));
        assertEquals("notes/a.md", Html.url("notes/a.md"));
        assertEquals("&quot;&gt;&lt;x", Html.attr("\"><x"));
        assertEquals("&lt;a&gt; &amp; &#39;b&#39;", Html.text("<a> & 'b'"));
    }

    private static List<String> attributeUrls(String html) {
        List<String> out = new ArrayList<>();
        Matcher m = ATTR_URL.matcher(html);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    private static int count(String s, String needle) {
        int n = 0;
        for (int i = s.indexOf(needle); i >= 0; i = s.indexOf(needle, i + 1)) {
            n++;
        }
        return n;
    }
}
