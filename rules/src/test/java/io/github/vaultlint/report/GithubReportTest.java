package io.github.vaultlint.report;

import io.github.vaultlint.rule.Finding;
import io.github.vaultlint.rule.Severity;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
        assertEquals("a \\| b &lt;script&gt; 'x'", GithubReport.cell("a | b\n<script> `x`"));
    }
}
