package io.github.vaultlint.report;

import io.github.vaultlint.analysis.Insights;
import io.github.vaultlint.engine.LintResult;
import io.github.vaultlint.engine.Summary;
import io.github.vaultlint.rule.Finding;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Writes {@code vaultlint.html}, the report a user opens after every build: one self-contained page
 * (inline CSS, inline SVG, a little JavaScript; no external requests, so it opens offline from disk).
 * Every value from the vault goes through {@link Html}. Without JavaScript everything is shown; the
 * script adds filters and pages the findings list ({@value #PAGE} a page), so a vault with
 * thousands of findings opens quickly. Every finding is in the page while the list stays within
 * {@link #FINDINGS_BUDGET} bytes (about 5,500 to 8,000 findings), which keeps the page near 5 MB at
 * most; past that the list says how many it leaves to the JSON, which always has them all.
 */
public final class HtmlReport {
    public static final String FILE = "vaultlint.html";
    /**
     * UTF-8 bytes of the findings list the page holds at most: its rows, and for each file its group
     * and its option in the file filter (which alone made 8,000 findings in 8,000 files 7.8 MB).
     * 5,000 findings in 1,000 files take about 2.8 million, the benchmark vault's 4,922 in as many files
     * 3.8 million; the rest of the page is some 0.4 MB.
     */
    static final int FINDINGS_BUDGET = 4_400_000;
    /** Findings a page of the list shows when the script runs. */
    static final int PAGE = 500;

    private HtmlReport() {
    }

    public static Path write(ReportData data, Path outputDir) throws IOException {
        Files.createDirectories(outputDir);
        Path out = outputDir.resolve(FILE);
        Path tmp = outputDir.resolve(FILE + ".tmp");
        // An OutputStreamWriter replaces what UTF-8 cannot encode (half a surrogate pair) instead of
        // failing the whole run, as Files.newBufferedWriter's encoder would.
        try (Writer w = new BufferedWriter(new java.io.OutputStreamWriter(Files.newOutputStream(tmp), StandardCharsets.UTF_8), 1 << 16)) {
            render(data, w);
        }
        Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING);
        return out;
    }

    public static void render(ReportData data, Writer w) throws IOException {
        LintResult result = data.result();
        Insights in = result.insights() != null ? result.insights() : Insights.EMPTY;
        String toolVersion = data.version();
        Summary s = result.summary();
        String vaultName = vaultName(result);
        w.write("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        w.write("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        w.write("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:\">\n");
        w.write("<title>vaultlint: " + Html.text(vaultName) + "</title>\n<style>\n" + CSS + "</style>\n</head>\n<body>\n");
        w.write("<header><h1>vaultlint report</h1><p class=\"sub\">Vault <code>" + Html.text(result.vault())
                + "</code> &middot; vaultlint " + Html.text(toolVersion) + "</p>\n<nav><a href=\"#overview\">Overview</a>"
                + "<a href=\"#weak-areas\">Weak areas</a><a href=\"#timeline\">Timeline</a><a href=\"#action-plan\">Action plan</a>"
                + "<a href=\"#stories\">Stories</a><a href=\"#findings\">Findings</a></nav></header>\n<main>\n");

        w.write("<section id=\"overview\"><h2>Overview</h2><div class=\"cards\">");
        card(w, "notes", s.notes(), "Notes");
        card(w, "error", s.errors(), "Errors");
        card(w, "warning", s.warnings(), "Warnings");
        card(w, "info", s.infos(), "Infos");
        card(w, "iv", in.interviews().size(), "Interviews");
        card(w, "rec", in.recurring().size(), "Recurring weak topics");
        card(w, "act", (int) in.openActions(), "Open actions");
        w.write("</div>");
        if (!in.recurring().isEmpty()) {
            w.write("<p class=\"lead\">Keeps coming back: ");
            int listed = Math.min(5, in.recurring().size());
            for (int i = 0; i < listed; i++) {
                w.write((i > 0 ? ", " : "") + "<strong>" + Html.text(InsightsHtml.name(in.recurring().get(i).name())) + "</strong> ("
                        + in.recurring().get(i).interviewCount() + " interviews)");
            }
            // The card counts them all: say the rest are there rather than let five pass for all.
            int more = in.recurring().size() - listed;
            w.write(more > 0 ? ", and <a href=\"#action-plan\">" + more + " more in the action plan</a>.</p>" : ".</p>");
        }
        w.write("</section>\n");

        InsightsHtml insights = new InsightsHtml(w, vaultName);
        insights.weakAreas(in);
        insights.timeline(in);
        insights.actionPlan(in);
        insights.stories(in);
        findings(data, vaultName, w);

        w.write("</main>\n<footer>Generated by vaultlint " + Html.text(toolVersion)
                + ". Links open the note in Obsidian; paths are relative to the vault.</footer>\n");
        w.write("<script>\n" + JS + "</script>\n</body>\n</html>\n");
    }

    private static void findings(ReportData data, String vaultName, Writer w) throws IOException {
        w.write("<section id=\"findings\"><h2>Lint findings</h2>\n");
        List<Finding> all = data.result().findings();
        if (data.baseline() != null) {
            w.write("<p>" + data.baseline().fresh().size() + " new, " + data.baseline().baselined().size()
                    + " accepted in the baseline, " + data.baseline().fixed().size() + " fixed since the baseline.</p>\n");
        }
        if (all.isEmpty()) {
            w.write("<p class=\"ok\">No findings. The vault is clean.</p>\n</section>\n");
            return;
        }
        List<String> rows = new ArrayList<>(Math.min(all.size(), 8192));
        long bytes = 0;
        String group = null;
        for (Finding f : all) {
            String row = row(data, vaultName, f);
            int size = utf8Length(row);
            if (!f.file().equals(group)) { // findings come sorted by file: a new group starts
                size += utf8Length(groupStart(f.file(), all.size())) + GROUP_END.length() + utf8Length(fileOption(f.file()));
            }
            if (bytes + size > FINDINGS_BUDGET) {
                break;
            }
            bytes += size;
            rows.add(row);
            group = f.file();
        }
        List<Finding> shown = all.subList(0, rows.size());
        TreeSet<String> rules = new TreeSet<>();
        TreeSet<String> files = new TreeSet<>();
        for (Finding f : shown) {
            rules.add(f.ruleId());
            files.add(f.file());
        }
        w.write("<form class=\"filters\" id=\"filters\" hidden><fieldset><legend>Severity</legend>");
        for (String sev : new String[] {"error", "warning", "info"}) {
            w.write("<label><input type=\"checkbox\" data-sev=\"" + sev + "\" checked> " + sev + "</label>");
        }
        w.write("</fieldset><label>Rule <select id=\"f-rule\"><option value=\"\">all rules</option>");
        // An option without a value attribute has its text as value with runs of spaces collapsed,
        // so a file "a  b.md" would match no data-file: the value is written out.
        for (String r : rules) {
            w.write("<option value=\"" + Html.attr(r) + "\">" + Html.text(r) + "</option>");
        }
        w.write("</select></label><label>File <select id=\"f-file\"><option value=\"\">all files</option>");
        for (String f : files) {
            w.write(fileOption(f));
        }
        w.write("</select></label><input type=\"search\" id=\"q\" placeholder=\"Search findings\" aria-label=\"Search findings\">"
                + "<output id=\"shown\"></output></form>\n");
        if (shown.size() < all.size()) {
            w.write("<p class=\"muted\">This page lists the first " + shown.size() + " of " + all.size()
                    + " findings, in file order, to stay small enough to open; vaultlint.json lists them all.</p>\n");
        }
        // Pages of the list, for when the script runs: a few thousand rows at once make a slow page.
        w.write("<p class=\"pager\" id=\"pager\" hidden><button type=\"button\" id=\"prev\">Previous</button> "
                + "<span id=\"page\"></span> <button type=\"button\" id=\"next\">Next</button></p>\n");
        Map<String, List<String>> byFile = new LinkedHashMap<>();
        for (int i = 0; i < shown.size(); i++) {
            byFile.computeIfAbsent(shown.get(i).file(), k -> new ArrayList<>()).add(rows.get(i));
        }
        for (Map.Entry<String, List<String>> e : byFile.entrySet()) {
            w.write(groupStart(e.getKey(), e.getValue().size()));
            for (String row : e.getValue()) {
                w.write(row);
            }
            w.write(GROUP_END);
        }
        w.write("</section>\n");
    }

    private static String groupStart(String file, int count) {
        return "<details open class=\"file\" data-file=\"" + Html.attr(file) + "\"><summary><span class=\"path\">"
                + Html.text(file) + "</span> <span class=\"count\" data-total=\"" + count + "\">" + count + "</span></summary>\n<ul>\n";
    }

    private static final String GROUP_END = "</ul></details>\n";

    private static String fileOption(String file) {
        return "<option value=\"" + Html.attr(file) + "\">" + Html.text(file) + "</option>";
    }

    /** Bytes of {@code s} in UTF-8, without encoding it (a surrogate pair is four). */
    static int utf8Length(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            n += c < 0x80 ? 1 : c < 0x800 || Character.isSurrogate(c) ? 2 : 3;
        }
        return n;
    }

    private static String row(ReportData data, String vaultName, Finding f) {
        String sev = f.severity().id();
        return "<li class=\"finding " + sev + "\" data-sev=\"" + sev + "\" data-rule=\"" + Html.attr(f.ruleId())
                + "\"><span class=\"sev\">" + sev + "</span> <a class=\"loc\" href=\""
                + Html.url(obsidianUrl(vaultName, f.file())) + "\">" + Html.text(f.file()) + ":" + f.line() + ":" + f.column()
                + "</a> <code class=\"rule\">" + Html.text(f.ruleId()) + "</code> "
                + (data.isBaselined(f) ? "<span class=\"badge draft\">baselined</span> " : "") + "<span class=\"msg\">"
                + Html.text(f.message()) + "</span></li>\n";
    }

    static String vaultName(LintResult result) {
        Path root = result.index().root();
        return root.getFileName() == null ? "vault" : root.getFileName().toString();
    }

    /** {@code obsidian://open?vault=<name>&file=<path>}, with both values percent-encoded. */
    public static String obsidianUrl(String vault, String file) {
        return "obsidian://open?vault=" + Html.urlComponent(vault) + "&file=" + Html.urlComponent(file);
    }

    private static void card(Writer w, String cls, int value, String label) throws IOException {
        w.write("<div class=\"card " + cls + "\"><div class=\"num\">" + value + "</div><div class=\"lbl\">" + Html.text(label) + "</div></div>");
    }

    private static final String CSS = String.join("\n",
            ":root{--err:#b3261e;--warn:#8a5300;--info:#0b57d0;--bg:#f6f7f9;--fg:#1f2328;--mut:#59636e;--line:#d0d7de;--card:#fff;--accent:#0072B2}",
            "*{box-sizing:border-box}body{margin:0;font:15px/1.55 system-ui,-apple-system,Segoe UI,Roboto,sans-serif;color:var(--fg);background:var(--bg)}",
            "header,main,footer{max-width:1100px;margin:0 auto;padding:0 16px}header h1{margin:18px 0 0;font-size:26px}.sub{color:var(--mut);margin:2px 0 8px}",
            "nav{display:flex;flex-wrap:wrap;gap:14px;margin:6px 0 4px}nav a{color:var(--accent);text-decoration:none}nav a:hover{text-decoration:underline}",
            "h2{border-bottom:1px solid var(--line);padding-bottom:4px;margin-top:30px}code{font:13px ui-monospace,Consolas,monospace;overflow-wrap:anywhere}",
            ".cards{display:flex;flex-wrap:wrap;gap:10px}.card{background:var(--card);border:1px solid var(--line);border-radius:10px;padding:10px 14px;min-width:120px;flex:1}",
            ".card .num{font-size:26px;font-weight:650}.card .lbl{color:var(--mut);font-size:13px}.card.error .num{color:var(--err)}.card.warning .num{color:var(--warn)}.card.info .num{color:var(--info)}.card.rec .num{color:#D55E00}",
            ".lead{font-size:16px}.muted{color:var(--mut)}.small{font-size:12px}",
            ".chart{margin:0;background:var(--card);border:1px solid var(--line);border-radius:10px;padding:12px;overflow-x:auto}.chart svg{max-width:100%;height:auto}.chart .lbl{font-size:13px;fill:var(--fg)}.chart .num{font-size:12px;fill:var(--mut)}",
            ".legend{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:6px 16px;margin:8px 0 0;font-size:13px}.sw{display:inline-block;width:12px;height:12px;border-radius:2px;margin-right:6px;vertical-align:-1px}",
            ".timeline{list-style:none;padding:0;margin:0}.timeline li{background:var(--card);border:1px solid var(--line);border-radius:8px;margin:6px 0;padding:8px 12px}",
            ".timeline .date{font-family:ui-monospace,monospace;color:var(--mut)}.bar{height:6px;background:#eef1f4;border-radius:3px;margin:6px 0 2px}.bar span{display:block;height:6px;background:#D55E00;border-radius:3px}.counts{font-size:13px;color:var(--mut)}",
            ".badge{font-size:11px;border-radius:9px;padding:1px 8px;vertical-align:2px;font-weight:600}.badge.rec{background:#fde3d3;color:#8a3200}.badge.draft{background:#eef1f4;color:var(--mut)}",
            ".topic{background:var(--card);border:1px solid var(--line);border-radius:10px;padding:10px 14px;margin:10px 0}.topic.recurring{border-left:4px solid #D55E00}.topic h3{margin:2px 0}",
            ".rank{display:inline-block;min-width:24px;color:var(--mut)}.topic .meta{margin:2px 0;color:var(--mut);font-size:13px}.where{margin:4px 0}",
            ".items li,.actions li{margin:3px 0}.actions{list-style:none;padding-left:4px}.actions .done{color:var(--mut);text-decoration:line-through}.box{font-size:16px}.due{font-size:12px;border:1px solid var(--mut);border-radius:3px;padding:0 3px;white-space:nowrap}.sub{font-size:13px;color:var(--mut)}",
            "a.src{color:var(--accent)}.scroll{overflow-x:auto}table.stories{border-collapse:collapse;width:100%;background:var(--card)}table.stories th,table.stories td{border:1px solid var(--line);padding:4px 8px;text-align:center}table.stories td:first-child{text-align:left}",
            "td.yes{color:#1a7f37}td.no{color:var(--err);font-weight:600}td.empty{color:var(--warn)}tr.gap td:first-child{border-left:3px solid var(--err)}",
            ".filters{display:flex;flex-wrap:wrap;gap:10px;align-items:center;margin:8px 0 12px}.filters fieldset{border:0;padding:0;margin:0;display:flex;gap:8px}.filters legend{float:left;margin-right:6px}.filters input[type=search]{flex:1;min-width:180px;padding:6px}.filters select{max-width:220px}.filters label{max-width:100%}",
            // A select is as wide as its longest option, and a long file name is one: the label holds it
            // to the line, and an unbroken name (a company, a file) wraps rather than widening a phone's page.
            "main{overflow-wrap:break-word}",
            "details.file{background:var(--card);border:1px solid var(--line);border-radius:8px;margin:8px 0;padding:6px 12px}summary{cursor:pointer;font-weight:600}",
            ".count{background:#eef1f4;border-radius:10px;padding:0 8px;font-weight:400}details.file ul{list-style:none;padding:0;margin:6px 0}li.finding{padding:4px 0;border-top:1px solid #eee;overflow-wrap:anywhere}",
            ".sev{display:inline-block;min-width:64px;font-size:12px;font-weight:650;text-transform:uppercase}.error .sev{color:var(--err)}.warning .sev{color:var(--warn)}.info .sev{color:var(--info)}",
            ".loc{font-family:ui-monospace,monospace;font-size:13px}.rule{color:var(--mut)}.ok{color:#1a7f37}footer{color:var(--mut);padding:24px 16px;font-size:13px}",
            // The filters and the pager start hidden (the script shows them): [hidden] must win over their
            // display:flex, or without JavaScript they showed as dead controls, and one page had a pager.
            ".hide,.off,[hidden]{display:none!important}.pager{display:flex;gap:10px;align-items:center}.pager button{padding:4px 12px}",
            "@media print{nav,.filters,.pager{display:none!important}li.finding.off,details.file.off{display:block!important}body{background:#fff;font-size:12px}details{break-inside:avoid}details:not([open])>*:not(summary){display:block}.topic,.card,.chart{break-inside:avoid}a{color:inherit;text-decoration:none}}",
            // A closed <details> hides its content with content-visibility, which display:block does not
            // undo (Chromium printed "Weak points (12)" and none of them). A rule of its own: a browser
            // without ::details-content drops it alone; the script opens them for printing too.
            "@media print{details::details-content{content-visibility:visible;display:block}}",
            "@media (max-width:600px){.chart svg{min-width:620px}.card{min-width:45%}.sev{min-width:0;display:block}.filters select{max-width:100%}header h1{font-size:22px}}", "");

    private static final String JS = String.join("\n",
            "(function(){var opened=[];window.addEventListener('beforeprint',function(){document.querySelectorAll('details:not([open])')"
                    + ".forEach(function(d){d.open=true;opened.push(d);});});",
            "window.addEventListener('afterprint',function(){opened.forEach(function(d){d.open=false;});opened=[];});})();",
            "(function(){var f=document.getElementById('filters');if(!f)return;f.hidden=false;",
            "var q=document.getElementById('q'),r=document.getElementById('f-rule'),fl=document.getElementById('f-file'),out=document.getElementById('shown');",
            "var pager=document.getElementById('pager'),label=document.getElementById('page'),prev=document.getElementById('prev'),next=document.getElementById('next');",
            "var PAGE=" + PAGE + ",page=0,lis=Array.prototype.slice.call(document.querySelectorAll('li.finding')),details=document.querySelectorAll('details.file');",
            "var owner=new Map();lis.forEach(function(li){owner.set(li,li.closest('details'));});",
            "function apply(){var on={};f.querySelectorAll('input[data-sev]').forEach(function(c){on[c.dataset.sev]=c.checked;});",
            "var t=q.value.toLowerCase(),rv=r.value,fv=fl.value,m=[];lis.forEach(function(li){var d=owner.get(li);",
            "if((!fv||d.dataset.file===fv)&&on[li.dataset.sev]&&(!rv||li.dataset.rule===rv)&&(!t||li.textContent.toLowerCase().indexOf(t)>=0))m.push(li);else{li.classList.add('hide');li.classList.remove('off');}});",
            "var pages=Math.max(1,Math.ceil(m.length/PAGE));if(page>=pages)page=pages-1;",
            // Per file: findings the filters keep, and those of them on this page, which its badge counts.
            "var kept=new Map(),seen=new Map();m.forEach(function(li,i){var d=owner.get(li),off=i<page*PAGE||i>=(page+1)*PAGE;",
            "li.classList.remove('hide');li.classList.toggle('off',off);kept.set(d,(kept.get(d)||0)+1);if(!off)seen.set(d,(seen.get(d)||0)+1);});",
            "details.forEach(function(d){var k=kept.get(d)||0,n=seen.get(d)||0,c=d.querySelector('.count'),all=+c.dataset.total;",
            "d.classList.toggle('hide',!k);d.classList.toggle('off',k>0&&!n);c.textContent=n;",
            "if(n<all)c.title=n+' of '+all+' findings of this file shown';else c.removeAttribute('title');});",
            "var from=page*PAGE,to=Math.min(m.length,from+PAGE);out.textContent=pages>1?(to-from)+' shown of '+m.length:m.length+' shown';",
            "pager.hidden=pages<2;label.textContent='page '+(page+1)+' of '+pages+' ('+(from+1)+'-'+to+')';prev.disabled=page===0;next.disabled=page>=pages-1;}",
            "function go(d){page+=d;apply();document.getElementById('findings').scrollIntoView();}",
            "prev.addEventListener('click',function(){go(-1);});next.addEventListener('click',function(){go(1);});",
            "function again(){page=0;apply();}",
            "f.addEventListener('input',again);f.addEventListener('change',again);f.addEventListener('submit',function(e){e.preventDefault();});apply();})();", "");
}
