package io.github.vaultlint.rule;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * docs/rules.md is generated from the rule annotations. This test fails when it is stale; run
 * {@value RuleDocs#REGENERATE} to rewrite it.
 */
class RuleDocsTest {
    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

    /** The repository's docs/rules.md: the rules module's parent folder holds docs/. */
    static Path docsFile() {
        Path module = Path.of(System.getProperty("basedir", "")).toAbsolutePath();
        return module.getParent().resolve("docs").resolve("rules.md");
    }

    @Test
    void docsRulesMdIsUpToDate() throws IOException {
        String generated = RuleDocs.render(RuleRegistry.builtin());
        Path docs = docsFile();
        if (Boolean.getBoolean("vaultlint.updateDocs")) {
            Files.createDirectories(docs.getParent());
            Files.writeString(docs, generated, StandardCharsets.UTF_8);
        }
        assertTrue(Files.isRegularFile(docs), docs + " is missing; generate it with: " + RuleDocs.REGENERATE);
        String committed = Files.readString(docs, StandardCharsets.UTF_8).replace("\r\n", "\n");
        assertEquals(generated, committed, docs + " is stale (a rule's annotation changed, or a rule was added or removed);"
                + " regenerate it with: " + RuleDocs.REGENERATE);
    }

    @Test
    void everyRuleHasARowAndASection() {
        String md = RuleDocs.render(RuleRegistry.builtin());
        for (RuleRegistry.Entry e : RuleRegistry.builtin().all()) {
            RuleInfo r = e.info();
            assertTrue(md.contains("| [`" + r.id() + "`](#" + r.id() + ") | " + r.severity().id() + " | " + r.category() + " | "),
                    "table row for " + r.id());
            assertTrue(md.contains("\n## " + r.id() + "\n"), "section for " + r.id());
            assertTrue(md.contains(r.description().strip()), "description of " + r.id());
            assertTrue(md.contains("rules:\n  " + r.id() + ": " + r.severity().id() + "\n"), "config example for " + r.id());
        }
    }

    /** The annotations are a public contract: ids are kebab-case and every text is filled in. */
    @Test
    void ruleAnnotationsAreComplete() {
        for (RuleRegistry.Entry e : RuleRegistry.builtin().all()) {
            RuleInfo r = e.info();
            assertTrue(ID.matcher(r.id()).matches(), "rule id is not kebab-case: " + r.id());
            assertFalse(r.summary().isBlank(), r.id() + " has no summary");
            assertFalse(r.summary().contains("\n"), r.id() + ": the summary is one line");
            assertTrue(r.description().strip().length() > r.summary().length() / 2, r.id() + " has no real description");
            assertFalse(r.category().isBlank(), r.id() + " has no category");
        }
    }

    @RuleInfo(id = "zz-test-rule", severity = Severity.INFO, category = "test",
            summary = "Summary with a | pipe",
            description = "First paragraph.\n\nSecond paragraph with `code`.")
    static final class PipeRule implements Rule {
    }

    @RuleInfo(id = "aa-test-rule", severity = Severity.ERROR, category = "test",
            summary = "Sorts first", description = "Rules are listed by id, whatever the registration order.")
    static final class FirstRule implements Rule {
    }

    @Test
    void newRulesAreRenderedSortedAndEscaped() {
        RuleRegistry registry = new RuleRegistry(List.of(PipeRule.class, FirstRule.class));
        String md = RuleDocs.render(registry);
        assertTrue(md.contains("vaultlint has 2 rules."));
        assertTrue(md.contains("| [`zz-test-rule`](#zz-test-rule) | info | test | Summary with a \\| pipe |"), md);
        assertTrue(md.indexOf("## aa-test-rule") < md.indexOf("## zz-test-rule"), "sorted by id");
        assertTrue(md.contains("First paragraph.\n\nSecond paragraph with `code`.\n"), "descriptions are Markdown, kept as written");
        assertTrue(md.startsWith("<!-- Generated"), "marked as generated");
        assertTrue(md.contains(RuleDocs.REGENERATE), "says how to regenerate");
    }
}
