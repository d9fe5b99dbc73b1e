package io.github.vaultlint.link;

import io.github.vaultlint.bench.SyntheticVault;
import io.github.vaultlint.engine.LintOptions;
import io.github.vaultlint.engine.LintResult;
import io.github.vaultlint.engine.Linter;
import io.github.vaultlint.rule.Finding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A generated vault with every link form: all valid gives no link finding; breaking K links at
 * random gives exactly K findings, each at the planted link's position with the expected rule.
 */
class GeneratedVaultTest {
    private static final Set<String> LINK_RULES = Set.of("broken-link", "broken-anchor", "ambiguous-link", "link-outside-vault");
    private static final int NOTES = 300;
    private static final int LINKS_PER_NOTE = 10;

    private static Set<String> linkFindings(Path vault) throws Exception {
        LintResult result = new Linter().run(LintOptions.of(vault));
        Set<String> out = new TreeSet<>();
        for (Finding f : result.findings()) {
            if (LINK_RULES.contains(f.ruleId())) {
                out.add(f.file() + ":" + f.line() + ":" + f.column() + " " + f.ruleId());
            }
        }
        return out;
    }

    @Test
    void everyValidLinkResolves(@TempDir Path dir) throws Exception {
        SyntheticVault.Result vault = new SyntheticVault(42, NOTES, LINKS_PER_NOTE).render(Set.of());
        assertEquals(NOTES * LINKS_PER_NOTE, vault.links().size());
        vault.writeTo(dir);
        assertEquals(Set.of(), linkFindings(dir));
    }

    @Test
    void exactlyTheBrokenLinksAreReportedWhereTheyAre(@TempDir Path dir) throws Exception {
        SyntheticVault generator = new SyntheticVault(7, NOTES, LINKS_PER_NOTE);
        Random pick = new Random(2025);
        Set<Integer> broken = new HashSet<>();
        int k = 60;
        while (broken.size() < k) {
            broken.add(pick.nextInt(generator.linkCount()));
        }
        SyntheticVault.Result vault = generator.render(broken);
        vault.writeTo(dir);
        Set<String> expected = new TreeSet<>();
        List<SyntheticVault.Planted> links = vault.links();
        for (int i : broken) {
            SyntheticVault.Planted p = links.get(i);
            expected.add(p.file() + ":" + p.line() + ":" + p.column() + " " + p.brokenRule());
        }
        assertEquals(k, expected.size());
        assertTrue(expected.stream().anyMatch(s -> s.endsWith("broken-anchor"))
                && expected.stream().anyMatch(s -> s.endsWith("broken-link")), "both kinds planted");
        assertEquals(expected, linkFindings(dir));
    }
}
