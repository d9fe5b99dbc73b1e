package io.github.vaultlint.report;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import io.github.vaultlint.engine.LintOptions;
import io.github.vaultlint.engine.LintResult;
import io.github.vaultlint.engine.Linter;
import io.github.vaultlint.rule.Finding;
import io.github.vaultlint.rule.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GithubReportTest {

    @Test
    void escapesLikeTheActionsToolkit() {
        assertEquals("100%25 done%0D%0Anext: a, b", GithubReport.escapeData("100% done\r\nnext: a, b"));
        assertEquals("dir%3Aa%2Cb/50%25%0A.md", GithubReport.escapeProperty("dir:a,b/50%\n.md"));
    }

    @Test
    void commandCarriesEveryPropertyEscaped() {
        Finding f = new Finding("broken-link", Severity.ERROR, "Notes/a, b: 100%.md", 3, 5, 3, 17,
                "wikilink [[x]] is broken\nfix: create it, 100%");
        assertEquals("::error file=vault/Notes/a%2C b%3A 100%25.md,line=3,col=5,endLine=3,endColumn=17,title=broken-link"
                        + "::wikilink [[x]] is broken%0Afix: create it, 100%25",
                GithubReport.command(f, "vault/"));
    }

    @Test
    void mostSevereFirstAndAtMostTenPerLevel() {
        List<Finding> fs = new ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            fs.add(new Finding("empty-heading", Severity.WARNING, "a.md", i, 1, i, 2, "w" + i));
            fs.add(new Finding("section-order", Severity.INFO, "a.md", i, 1, i, 2, "i" + i));
        }
        fs.add(new Finding("broken-link", Severity.ERROR, "z.md", 99, 1, 99, 2, "e"));
        List<String> out = GithubReport.annotations(fs, "");
        assertEquals(21, out.size());
        assertTrue(out.get(0).startsWith("::error "));
        assertTrue(out.get(1).startsWith("::warning ") && out.get(10).startsWith("::warning "));
        assertTrue(out.get(11).startsWith("::notice ") && out.get(20).startsWith("::notice "));
    }

    @Test
    void summaryCellsCannotBreakTheTable() {
        assertEquals("a \\| b \\<script\\> \\`x\\`", GithubReport.cell("a | b\n<script> `x`"));
    }

    @Test
    void controlCharactersNeverReachTheLogRaw() {
        assertEquals("red \\u001B[31m%0Anext \\u0007", GithubReport.escapeData("red \u001b[31m\nnext \u0007"));
        assertEquals("a\\u001B[2J%3Ab.md", GithubReport.escapeProperty("a\u001b[2J:b.md"));
    }

    /**
     * A link or file name holding "##vso[" or "##[": the console line writes its second '#' out, and
     * so does the annotation, which Azure Pipelines would otherwise run (set a variable, fail the
     * build) when the github format is asked for there.
     */
    @Test
    void noteTextInAnAnnotationStartsNoCiLogCommand() {
        Finding f = new Finding("broken-link", Severity.ERROR, "##vso[task.complete result=Failed]x.md", 3, 1, 3, 40,
                "wikilink [[##VSO[task.setvariable variable=X]y]] and [[##[error]z]] are broken");
        String line = GithubReport.command(f, "");
        assertEquals("::error file=#\\u0023vso[task.complete result=Failed]x.md,line=3,col=1,endLine=3,endColumn=40,"
                + "title=broken-link::wikilink [[#\\u0023VSO[task.setvariable variable=X]y]] and [[#\\u0023[error]z]] are broken", line);
        assertFalse(line.toLowerCase(java.util.Locale.ROOT).contains("##vso[") || line.contains("##["), line);
        assertTrue(ConsoleReport.line(f).startsWith("#\\u0023vso[task.complete"), ConsoleReport.line(f)); // as on the console
        assertEquals("a # b ## c #\\u0023[d", io.github.vaultlint.util.SafeText.guardInlineLogCommands("a # b ## c ##[d"));
        assertEquals(":: a", io.github.vaultlint.util.SafeText.guardInlineLogCommands(":: a")); // no line starts here
    }

    private static final String HOSTILE_HEADING =
            "<img src=\"https://example.invalid/track.png\"> Zebra [x](https://evil.invalid) | pipe <script>alert(1)</script>";

    private static String debrief(String company) {
        return "---\ntags: [real-interview]\ncompany: " + company + "\n---\n## " + HOSTILE_HEADING + "\n\n"
                + "### What I was asked\n- q\n\n### How I responded\n- r\n\n### What was weak\n- zzqx yyqx\n\n"
                + "### How I should improve\n- [ ] wwqx\n\nSee [[Missing <b>x</b> | `y` ![i](https://evil.invalid/i.png)]].\n";
    }

    @Test
    void stepSummaryShowsNoteTextAsText(@TempDir Path vault) throws Exception {
        // A topic named in the config, and a section title of the notes: both untrusted text.
        Files.writeString(vault.resolve(".vaultlint.yml"), "taxonomy:\n  '" + HOSTILE_HEADING.replace("'", "''")
                + " *cfg*': [zzqx]\n");
        Files.writeString(vault.resolve("2025-01-01 Foo.md"), debrief("Foo"));
        Files.writeString(vault.resolve("2025-02-01 Foo.md"), debrief("Foo"));
        LintResult result = new Linter().run(LintOptions.of(vault));
        assertFalse(result.insights().recurring().isEmpty(), "the hostile heading is a recurring topic");
        assertFalse(result.findings().isEmpty());

        String md = GithubReport.stepSummary(result, result.findings(), null, result.insights(), "target/vault`lint/a|b.html");
        String html = HtmlRenderer.builder().build().render(Parser.builder().build().parse(md));
        for (String tag : new String[] {"<img", "<a ", "<script", "<b>", "<em>"}) {
            assertFalse(html.contains(tag), tag + " in\n" + html);
        }
        assertTrue(html.contains("<strong>&lt;img src=&quot;https://example.invalid/track.png&quot;&gt; Zebra "
                + "[x](https://evil.invalid) | pipe &lt;script&gt;alert(1)&lt;/script&gt; *cfg*</strong>"), html);
        for (String row : md.lines().filter(l -> l.startsWith("| ")).toList()) {
            assertEquals(5, unescapedPipes(row), "four cells, whatever the note says: " + row);
        }
        assertTrue(md.contains("Full report: ``target/vault`lint/a|b.html``"), md);
    }

    @Test
    void recurringTopicLinesCountInTheSingularForOne(@TempDir Path vault) throws Exception {
        Files.writeString(vault.resolve(".vaultlint.yml"), "taxonomy:\n  Zeta: [zzqx]\n");
        String note = "---\ntags: [real-interview]\ncompany: Foo\n---\n## System design\n\n### What I was asked\n- q\n\n"
                + "### How I responded\n- r\n\n### What was weak\n- zzqx yyqx\n\n### How I should improve\n- [ ] wwqx\n";
        Files.writeString(vault.resolve("2025-01-01 Foo.md"), note);
        Files.writeString(vault.resolve("2025-02-01 Foo.md"), note.replace("- [ ] wwqx", "- [x] wwqx"));
        LintResult result = new Linter().run(LintOptions.of(vault));
        String md = GithubReport.recurringTopics(result.insights());
        assertTrue(md.contains("- **Zeta**: 2 weak points in 2 interviews, 1 open action\n"), md);
    }

    @Test
    void theStepSummaryListsTenRecurringTopicsAndSaysHowManyMore(@TempDir Path vault) throws Exception {
        io.github.vaultlint.testutil.RecurringVault.recurringTopics(vault, 12);
        String md = GithubReport.recurringTopics(new Linter().run(LintOptions.of(vault)).insights());
        assertEquals(10, md.lines().filter(l -> l.startsWith("- **")).count(), md);
        assertTrue(md.endsWith("- **Juliett**: 2 weak points in 2 interviews, 2 open actions\n- and 2 more in the full report\n"), md);
    }

    /** Pipes that split a GFM table row: those not escaped with a backslash. */
    private static int unescapedPipes(String row) {
        int n = 0;
        for (int i = 0; i < row.length(); i++) {
            if (row.charAt(i) == '\\') {
                i++;
            } else if (row.charAt(i) == '|') {
                n++;
            }
        }
        return n;
    }
}
