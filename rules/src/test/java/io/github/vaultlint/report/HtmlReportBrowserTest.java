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
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The report of a hostile vault, loaded in a real headless Chromium: no script from the notes runs
 * (each payload would set {@code data-pwned} on the page), the report's own script does (it fills
 * in the filter count), and every main section is there. Skipped when Chromium is not installed,
 * unless {@code -Dvaultlint.requireBrowser=true} or {@code CI=true} (.ci/run installs Chromium).
 */
class HtmlReportBrowserTest {

    static Path chromium() {
        for (String c : List.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome")) {
            if (Files.isExecutable(Paths.get(c))) {
                return Paths.get(c);
            }
        }
        return null;
    }

    /** Chromium, or the test is skipped; required (a failure) with -Dvaultlint.requireBrowser=true or CI=true. */
    static Path requireChromium() {
        Path browser = chromium();
        boolean required = Boolean.getBoolean("vaultlint.requireBrowser") || "true".equalsIgnoreCase(System.getenv("CI"));
        if (!required) {
            assumeTrue(browser != null, "Chromium not installed; browser check skipped (CI installs it)");
        }
        assertTrue(browser != null, "Chromium is required (-Dvaultlint.requireBrowser) but not installed");
        return browser;
    }

    @Test
    void hostileNotesStayInertInARealBrowser(@TempDir Path tmp) throws Exception {
        Path browser = requireChromium();

        Path vault = Paths.get(HtmlReportBrowserTest.class.getResource("/hostile-vault").toURI());
        LintResult result = new Linter().run(LintOptions.of(vault));
        assertEquals(2, result.insights().interviews().size(), "the hostile debriefs are analysed, not skipped");
        Path html = HtmlReport.write(ReportData.of(result, Version.get()), tmp.resolve("out"));

        String dom = dumpDom(browser, html, tmp.resolve("profile"));
        String htmlTag = dom.substring(dom.indexOf("<html"), dom.indexOf('>', dom.indexOf("<html")) + 1);
        assertFalse(htmlTag.contains("data-pwned"), "a script from the notes ran: " + htmlTag);
        assertEquals(List.of(), handlerAttributes(dom), "elements with inline event handlers are live");
        for (String tag : List.of("<iframe", "<img", "<svg onload", "<b onmouseover")) {
            assertFalse(dom.contains(tag), "an element from a note is live: " + tag);
        }
        assertTrue(dom.matches("(?s).*<output id=\"shown\">\\d+ shown</output>.*"), "the report's own script ran");
        for (String id : List.of("overview", "weak-areas", "timeline", "action-plan", "stories", "findings")) {
            assertTrue(dom.contains("<section id=\"" + id + "\">"), "section " + id + " missing");
        }
        assertTrue(dom.contains("&lt;script&gt;document.documentElement.setAttribute"), "hostile text is shown as text");
    }

    @Test
    void theFindingsListIsPagedByTheScript(@TempDir Path tmp) throws Exception {
        Path browser = requireChromium();
        Path vault = tmp.resolve("vault");
        HtmlReportTest.manyFindings(vault, 240, 5);
        LintResult result = new Linter().run(LintOptions.of(vault));
        Path html = HtmlReport.write(ReportData.of(result, "test"), tmp.resolve("out"));
        String dom = dumpDom(browser, html, tmp.resolve("profile"));
        java.util.regex.Matcher li = java.util.regex.Pattern.compile("<li class=\"finding [a-z]+( off)?\"").matcher(dom);
        int visible = 0;
        int hidden = 0;
        while (li.find()) {
            if (li.group(1) == null) {
                visible++;
            } else {
                hidden++;
            }
        }
        assertEquals(500, visible, "one page of findings shown");
        assertEquals(700, hidden, "the other pages wait (off the page, not filtered out: print shows them)");
        assertTrue(dom.contains("<output id=\"shown\">500 shown of 1200</output>"), "the count says so");
        assertTrue(dom.contains("<span id=\"page\">page 1 of 3 (1-500)</span>"), "the pager says where");
        assertTrue(dom.contains("<p class=\"pager\" id=\"pager\">"), "the pager is shown");
    }

    /**
     * A file's badge counts the findings the filters leave shown, and a file none of whose findings is
     * left is hidden: the badge kept the file's total ("3" over the one error left with warnings off).
     * The filters are worked by a script added after the page's own, as a user clicks them.
     */
    @Test
    void aFilesBadgeCountsTheFindingsTheFiltersLeave(@TempDir Path tmp) throws Exception {
        Path browser = requireChromium();
        Path vault = tmp.resolve("vault");
        Files.createDirectories(vault);
        Files.writeString(vault.resolve("Acme debrief.md"), "# Acme debrief\n\nSee [[Kafka basics]] and [[Cilium notes]].\n\n##\n\nText.\n");
        Files.writeString(vault.resolve("Globex prep.md"), "# Globex prep\n\n##\n\nText.\n");
        Files.writeString(vault.resolve("Hooli notes.md"), "# Hooli notes\n\nSee [[Missing page]].\n");
        LintResult result = new Linter().run(LintOptions.of(vault));
        Path html = HtmlReport.write(ReportData.of(result, "test"), tmp.resolve("out"));
        String probe = "<script>window.addEventListener('load',function(){var o=document.createElement('pre');o.id='badges';"
                + "function state(name){o.textContent+=name+':';document.querySelectorAll('details.file').forEach(function(d){"
                + "var c=d.querySelector('.count');o.textContent+=' '+d.dataset.file+'='+(d.classList.contains('hide')?'hidden':c.textContent"
                + "+(c.title?'('+c.title+')':''));});o.textContent+='\\n';}"
                + "var f=document.getElementById('filters');state('all');"
                + "f.querySelector('input[data-sev=warning]').checked=false;f.dispatchEvent(new Event('change'));state('no warnings');"
                + "f.querySelector('input[data-sev=warning]').checked=true;document.getElementById('f-rule').value='empty-heading';"
                + "f.dispatchEvent(new Event('change'));state('empty-heading');document.body.appendChild(o);});</script>";
        Path probed = tmp.resolve("probed.html");
        Files.writeString(probed, Files.readString(html, StandardCharsets.UTF_8).replace("</body>", probe + "</body>"), StandardCharsets.UTF_8);
        String dom = dumpDom(browser, probed, tmp.resolve("profile"));
        String badges = dom.substring(dom.indexOf("<pre id=\"badges\">") + 17, dom.indexOf("</pre>", dom.indexOf("<pre id=\"badges\">")));
        // What each state should show, from the findings themselves.
        StringBuilder expected = new StringBuilder();
        for (String state : List.of("all", "no warnings", "empty-heading")) {
            expected.append(state).append(':');
            java.util.Map<String, long[]> byFile = new java.util.TreeMap<>();
            for (io.github.vaultlint.rule.Finding f : result.findings()) {
                boolean kept = state.equals("all") || (state.equals("no warnings") ? f.severity() != io.github.vaultlint.rule.Severity.WARNING
                        : f.ruleId().equals("empty-heading"));
                long[] c = byFile.computeIfAbsent(f.file(), k -> new long[2]);
                c[0] += kept ? 1 : 0;
                c[1]++;
            }
            byFile.forEach((file, c) -> expected.append(' ').append(file).append('=').append(c[0] == 0 ? "hidden"
                    : c[0] + (c[0] < c[1] ? "(" + c[0] + " of " + c[1] + " findings of this file shown)" : "")));
            expected.append('\n');
        }
        assertEquals(expected.toString(), badges);
        assertTrue(badges.contains("no warnings: Acme debrief.md=2(2 of 3 findings of this file shown) Globex prep.md=hidden Hooli notes.md=1\n"),
                "the vault gives the case the test is about: " + badges);
    }

    /**
     * The chart's topic labels are right-aligned in their column: one wider than the column lost its
     * start off the chart's left edge ("WHITEBOARD ROUND WITH THE VP OF E…" began at x = -31).
     * Measured in the browser, every label starts inside the chart.
     */
    @Test
    void chartLabelsStartInsideTheChart(@TempDir Path tmp) throws Exception {
        Path browser = requireChromium();
        Path vault = tmp.resolve("vault");
        String[] titles = {"WHITEBOARD ROUND WITH THE VP OF ENG", "分散システムの設計とトラブルシューティングの基礎知識",
            "MMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMM", "Behavioural and communication"};
        for (int d = 1; d <= 2; d++) {
            StringBuilder sb = new StringBuilder("---\ntags: [real-interview]\ndate: 2025-10-0" + d + "\n---\n");
            for (String t : titles) {
                sb.append("## ").append(t).append("\n\n**What was asked:** q\n\n**My answer:** a\n\n**What was weak:**\n- zz\n\n")
                        .append("**How to improve:**\n- yy\n\n");
            }
            Files.createDirectories(vault);
            Files.writeString(vault.resolve("2025-10-0" + d + " Acme.md"), sb.toString(), StandardCharsets.UTF_8);
        }
        LintResult result = new Linter().run(LintOptions.of(vault));
        Path html = HtmlReport.write(ReportData.of(result, "test"), tmp.resolve("out"));
        // The page as written, with a script after it that writes each label's box into the DOM.
        String probe = "<script>window.addEventListener('load',function(){var o=document.createElement('pre');o.id='boxes';"
                + "document.querySelectorAll('svg text.lbl').forEach(function(t){var b=t.getBBox();"
                + "o.textContent+=b.x.toFixed(1)+' '+(b.x+b.width).toFixed(1)+'\\n';});document.body.appendChild(o);});</script>";
        Path probed = tmp.resolve("probed.html");
        Files.writeString(probed, Files.readString(html, StandardCharsets.UTF_8).replace("</body>", probe + "</body>"), StandardCharsets.UTF_8);
        String dom = dumpDom(browser, probed, tmp.resolve("profile"));
        String boxes = dom.substring(dom.indexOf("<pre id=\"boxes\">") + 16, dom.indexOf("</pre>", dom.indexOf("<pre id=\"boxes\">")));
        List<String> rows = List.of(boxes.strip().split("\n"));
        assertEquals(titles.length, rows.size(), "one label per recurring topic: " + boxes);
        for (String row : rows) {
            double x = Double.parseDouble(row.split(" ")[0]);
            assertTrue(x >= 0, "a label starts outside the chart: " + row);
        }
        assertTrue(dom.contains("Behavioural and communication ↻</text>"), "a label that fits is not cut");
    }

    /**
     * Printed, the weak points folded in each topic's closed "Weak points" are shown: the print
     * styles, applied here to the screen, make them visible (checkVisibility). Chromium kept them
     * hidden before, as a closed details element hides its content whatever its children's display.
     */
    @Test
    void printingShowsTheFoldedWeakPoints(@TempDir Path tmp) throws Exception {
        Path browser = requireChromium();
        Path vault = Paths.get(HtmlReportBrowserTest.class.getResource("/hostile-vault").toURI());
        Path html = HtmlReport.write(ReportData.of(new Linter().run(LintOptions.of(vault)), "test"), tmp.resolve("out"));
        String page = Files.readString(html, StandardCharsets.UTF_8);
        assertTrue(page.contains("<details><summary>Weak points"), "the weak points are folded on screen");
        String probe = "<script>window.addEventListener('load',function(){var o=document.createElement('pre');o.id='seen';"
                + "document.querySelectorAll('details:not([open]) ul.items').forEach(function(u){o.textContent+=u.checkVisibility()+' ';});"
                + "document.body.appendChild(o);});</script>";
        Path printed = tmp.resolve("printed.html");
        Files.writeString(printed, page.replace("@media print{", "@media all{").replace("</body>", probe + "</body>"),
                StandardCharsets.UTF_8);
        String dom = dumpDom(browser, printed, tmp.resolve("profile"));
        String seen = dom.substring(dom.indexOf("<pre id=\"seen\">") + 15, dom.indexOf("</pre>", dom.indexOf("<pre id=\"seen\">"))).strip();
        assertFalse(seen.isEmpty(), "closed weak-point lists to check");
        assertFalse(seen.contains("false"), "a folded list of weak points is not shown in print: " + seen);
        assertTrue(page.contains("window.addEventListener('beforeprint'"), "the script opens them for printing too");
    }

    private static final java.util.regex.Pattern TAG = java.util.regex.Pattern.compile("<([a-zA-Z][a-zA-Z0-9-]*)((?:\\s+[^\\s=/>\"']+(?:\\s*=\\s*(?:\"[^\"]*\"|'[^']*'|[^\\s>\"']+))?)*)\\s*/?>");
    private static final java.util.regex.Pattern ATTR = java.util.regex.Pattern.compile("\\s+([^\\s=/>\"']+)(?:\\s*=\\s*(?:\"[^\"]*\"|'[^']*'|[^\\s>\"']+))?");

    /** Names of on* attributes on real elements (attribute values, where escaped note text lives, are skipped). */
    static List<String> handlerAttributes(String dom) {
        List<String> out = new java.util.ArrayList<>();
        java.util.regex.Matcher t = TAG.matcher(dom);
        while (t.find()) {
            java.util.regex.Matcher a = ATTR.matcher(t.group(2));
            while (a.find()) {
                if (a.group(1).toLowerCase(java.util.Locale.ROOT).startsWith("on")) {
                    out.add(t.group(1) + "." + a.group(1));
                }
            }
        }
        return out;
    }

    /** The DOM after the page's scripts ran, as headless Chromium serialises it. */
    static String dumpDom(Path browser, Path html, Path profile) throws IOException, InterruptedException {
        Path out = profile.resolveSibling("dom.html");
        Process p = new ProcessBuilder(browser.toString(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile, "--virtual-time-budget=3000", "--dump-dom", html.toUri().toString())
                .redirectOutput(out.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        if (!p.waitFor(90, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("Chromium did not finish within 90 s");
        }
        assertEquals(0, p.exitValue(), "Chromium failed");
        return Files.readString(out, StandardCharsets.UTF_8);
    }
}
