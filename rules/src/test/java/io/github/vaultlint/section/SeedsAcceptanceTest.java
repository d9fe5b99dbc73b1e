package io.github.vaultlint.section;

import io.github.vaultlint.engine.LintOptions;
import io.github.vaultlint.engine.LintResult;
import io.github.vaultlint.engine.Linter;
import io.github.vaultlint.rule.Finding;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The acceptance on the real notes in ../shared/seeds (a sibling of the repository root),
 * copied into a temporary vault. Skipped when the seeds are not there. Only the section rules'
 * findings are asserted.
 */
class SeedsAcceptanceTest {
    static final Set<String> SECTION_RULES = Set.of("required-section", "empty-section", "section-order",
            "star-result-measurable");

    @TempDir
    static Path vault;
    static List<Finding> findings;

    static Path seeds() {
        Path dir = Paths.get("").toAbsolutePath();
        // rules/ when run by Maven from the module, or the repository root.
        for (Path p = dir; p != null; p = p.getParent()) {
            Path s = p.resolve("shared").resolve("seeds");
            if (Files.isDirectory(s) && p != dir) {
                return s;
            }
            Path sibling = p.resolveSibling("shared").resolve("seeds");
            if (Files.isDirectory(sibling)) {
                return sibling;
            }
        }
        return null;
    }

    @BeforeAll
    static void lintSeeds() throws Exception {
        Path seeds = seeds();
        assumeTrue(seeds != null, "../shared/seeds not found; acceptance on the seeds skipped");
        try (Stream<Path> s = Files.list(seeds)) {
            for (Path p : s.filter(f -> f.getFileName().toString().endsWith(".txt")).toList()) {
                String name = p.getFileName().toString();
                Files.copy(p, vault.resolve(name.substring(0, 3) + ".md"));
            }
        }
        LintResult r = new Linter().run(LintOptions.of(vault));
        findings = r.findings().stream().filter(f -> SECTION_RULES.contains(f.ruleId())).toList();
        for (Finding f : findings) {
            System.out.println(f.file() + ":" + f.line() + " " + f.ruleId() + " " + f.message());
        }
        for (io.github.vaultlint.vault.Note n : r.index().notes()) {
            for (Unit u : Sections.analyzer().analyze(n, r.config()).units()) {
                System.out.println("  " + n.path() + " " + u.describe() + " L" + u.line() + " " + u.template().name() + " missing=" + u.missing().stream().map(Part::name).toList());
                for (PartHit h : u.hits()) {
                    System.out.println("      " + h.part().id() + " " + h.form() + " L" + h.line() + ":" + h.column() + " empty=" + h.empty() + " blocks=" + h.content().size() + " text=" + h.text().replace("\n", " | ").substring(0, Math.min(70, h.text().length())));
                }
            }
        }
    }

    private static List<Finding> in(String file, String rule) {
        return findings.stream().filter(f -> f.file().equals(file) && f.ruleId().equals(rule)).toList();
    }

    @Test
    void dump() throws IOException {
        assertTrue(findings != null);
    }
}
