package io.github.vaultlint.scope;

import io.github.vaultlint.config.ConfigException;
import io.github.vaultlint.config.RuleLevel;
import io.github.vaultlint.engine.LintOptions;
import io.github.vaultlint.engine.Linter;
import io.github.vaultlint.rule.RuleRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** printConfig: for one note, which config files, type, templates, schema and rule levels apply, and why. */
class ConfigExplainerTest {
    @TempDir
    Path vault;

    @BeforeEach
    void vault() throws Exception {
        write(".vaultlint.yml", """
                rules:
                  empty-heading: info
                ignore:
                  - "Templates/**"
                noteTypes:
                  debrief:
                    rules:
                      section-order: off
                  scratch:
                    match: { paths: ["Scratch/**"] }
                    rules: { broken-link: off }
                """);
        write("Archive/.vaultlint.yml", """
                rules:
                  required-section: off
                noteTypes:
                  debrief:
                    rules:
                      empty-section: info
                """);
        write("Archive/2023/Initech.md", "---\ntitle: Initech\ntags: [real-interview]\ndate: 2023-03-14\n---\n# Initech\n");
        write("Scratch/Idea.md", "# Idea\n");
        write("Stories.md", "# Stories\n\n## Pager\n\n### Situation\ns\n\n### Task\nt\n\n### Action\na\n\n### Result\nr\n");
        write("Typed.md", "---\ntype: story-bank\n---\n# Typed\n");
        write("Mistyped.md", "---\ntype: story-bnk\n---\n# Mistyped\n");
        write("Plain.md", "# Plain\n");
        write("Templates/Debrief template.md", "# Template\n");
    }

    private void write(String rel, String text) throws Exception {
        Path p = vault.resolve(rel);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
    }

    private ConfigExplanation explain(String note) throws Exception {
        return new Linter().explain(LintOptions.of(vault), note);
    }

    @Test
    void explainsFilesTypeTemplatesSchemaAndEveryRuleForANoteInASubFolder() throws Exception {
        ConfigExplanation e = explain("Archive/2023/Initech.md");
        List<String> lines = e.lines();
        assertEquals(List.of(
                "vaultlint: effective config for Archive/2023/Initech.md",
                "  config files: .vaultlint.yml, Archive/.vaultlint.yml",
                "  note type: debrief (built-in, overridden at .vaultlint.yml:6:3, overridden at Archive/.vaultlint.yml:4:3), "
                        + "because its frontmatter tag "
                        + "\"real-interview\" fits match.tags [real-interview, interview-debrief, debrief]",
                "  schema: built-in schemas/debrief.schema.yaml (requires date)",
                "  sections: debrief, every H2 section is a topic: What I was asked, How I responded, What was correct (optional), "
                        + "What was weak, How I should improve",
                "  sections: star, inline (a section with two parts is a story): Situation, Task, Action, Result",
                "  rules:"), lines.subList(0, 7));
        // one line per registered rule: id, level, and what set it
        assertEquals(7 + RuleRegistry.builtin().all().size(), lines.size());
        assertTrue(lines.contains("    required-section        off      folder config Archive/.vaultlint.yml:2:3"), lines::toString);
        assertTrue(lines.contains("    empty-section           info     note type \"debrief\" (Archive/.vaultlint.yml:6:7)"), lines::toString);
        // positions in the root config are vault-relative too, as "config files" shows it
        assertTrue(lines.contains("    section-order           off      note type \"debrief\" (.vaultlint.yml:8:7)"),
                "the root's rules for the type are kept under the folder's override: " + lines);
        assertTrue(lines.contains("    empty-heading           info     root config .vaultlint.yml"), lines::toString);
        assertTrue(lines.contains("    broken-link             error    default"), lines::toString);
        assertEquals(String.join("\n", lines) + "\n", e.text());

        assertEquals(List.of(".vaultlint.yml", "Archive/.vaultlint.yml"), e.configFiles());
        assertEquals("debrief", e.type());
        assertEquals(new ConfigExplanation.RuleSetting("required-section", RuleLevel.OFF, "folder config Archive/.vaultlint.yml:2:3"),
                e.rule("required-section"));
        assertEquals(List.of("date"), e.required());
        assertEquals("debrief", e.sections().get(0).template());
        assertEquals(new ConfigExplanation.PartInfo("What was correct", false), e.sections().get(0).parts().get(2));
        assertNull(e.ignored());
    }

    @Test
    void saysWhyEachNoteHasItsType() throws Exception {
        assertEquals("scratch (declared at .vaultlint.yml:9:3), because its path fits match.paths \"Scratch/**\"",
                typeLine(explain("Scratch/Idea.md")));
        assertEquals(RuleLevel.OFF, explain("Scratch/Idea.md").rule("broken-link").level());
        assertEquals("story-bank (built-in), because its headings and labels name every match.parts entry "
                + "[situation, task, action, result] (parts of section template \"star\")", typeLine(explain("Stories.md")));
        assertEquals("story-bank (built-in), because its type: property names \"story-bank\"", typeLine(explain("Typed.md")));
        assertEquals("note (built-in), because its type: property \"story-bnk\" names no known type (did you mean \"story-bank\"?), "
                + "so no type's match fits, so it gets the fallback type \"note\"", typeLine(explain("Mistyped.md")));
        assertEquals("note (built-in), because no type's match fits, so it gets the fallback type \"note\"", typeLine(explain("Plain.md")));
    }

    @Test
    void aTypeDeclaredAtTheRootAndOverriddenInAFolderSaysBoth() throws Exception {
        write("Scratch/.vaultlint.yml", """
                noteTypes:
                  scratch:
                    rules: { empty-heading: off }
                """);
        assertEquals("scratch (declared at .vaultlint.yml:9:3, overridden at Scratch/.vaultlint.yml:2:3), "
                + "because its path fits match.paths \"Scratch/**\"", typeLine(explain("Scratch/Idea.md")));
        ConfigExplanation e = explain("Scratch/Idea.md");
        assertEquals("note type \"scratch\" (.vaultlint.yml:11:14)", e.rule("broken-link").source());
        assertEquals("note type \"scratch\" (Scratch/.vaultlint.yml:3:14)", e.rule("empty-heading").source());
        for (String line : e.lines()) {
            assertTrue(!line.contains(vault.toString()), "no absolute path: " + line);
        }
    }

    @Test
    void aStoryBankShowsItsTemplateAsAStoryBank() throws Exception {
        ConfigExplanation e = explain("Typed.md");
        assertEquals(1, e.sections().size());
        assertEquals("  sections: star, as a story bank (headings carrying a part, and their siblings, are stories): "
                + "Situation, Task, Action, Result", e.lines().get(4));
    }

    @Test
    void anIgnoredNoteSaysWhy() throws Exception {
        ConfigExplanation e = explain("Templates/Debrief template.md");
        assertEquals("it matches the ignore glob \"Templates/**\" of the root config", e.ignored());
        assertEquals("  ignored: it matches the ignore glob \"Templates/**\" of the root config; the note is not linted "
                + "(the settings below apply if it is un-ignored)", e.lines().get(2));
    }

    @Test
    void withoutAnyConfigTheDefaultsApply(@TempDir Path empty) throws Exception {
        Files.writeString(empty.resolve("Note.md"), "# Note\n");
        ConfigExplanation e = new Linter().explain(LintOptions.of(empty), "Note.md");
        assertEquals("  config files: none (built-in defaults)", e.lines().get(1));
        assertTrue(e.rules().stream().allMatch(r -> r.source().equals("default")), e::text);
    }

    @Test
    void notePathsAreForgivingButStayInsideTheVault() throws Exception {
        assertEquals("Archive/2023/Initech.md", explain("Archive\\2023\\Initech").note(), "backslashes, no .md");
        assertEquals("Plain.md", explain("./Plain.md").note());
        assertEquals("Plain.md", explain(vault.resolve("Plain.md").toString()).note(), "an absolute path inside the vault");

        String missing = assertThrows(ConfigException.class, () -> explain("Archive/2023/Initek.md")).getMessage();
        assertEquals("note Archive/2023/Initek.md does not exist in the vault " + vault.toAbsolutePath().normalize()
                + " (did you mean \"Archive/2023/Initech.md\"?); give the path relative to the vault root", missing);
        String outside = assertThrows(ConfigException.class, () -> explain("../elsewhere.md")).getMessage();
        assertTrue(outside.startsWith("note ../elsewhere.md is outside the vault"), outside);
        String notANote = assertThrows(ConfigException.class, () -> explain(".vaultlint.yml")).getMessage();
        assertEquals(".vaultlint.yml is not a note (only .md files are notes); name a Markdown note", notANote);
    }

    @Test
    void aBrokenConfigOnTheNotesPathIsReported() throws Exception {
        write("Archive/2023/.vaultlint.yml", "ignore: [x]\n");
        String m = assertThrows(ConfigException.class, () -> explain("Archive/2023/Initech.md")).getMessage();
        assertTrue(m.startsWith("Archive/2023/.vaultlint.yml:1:1: \"ignore\" applies to the whole vault"), m);
    }

    private static String typeLine(ConfigExplanation e) {
        String line = e.lines().stream().filter(l -> l.startsWith("  note type: ")).findFirst().orElseThrow();
        return line.substring("  note type: ".length());
    }
}
