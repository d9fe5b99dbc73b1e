package io.github.vaultlint.section;

import io.github.vaultlint.config.VaultlintConfig;
import io.github.vaultlint.link.LinkResolver;
import io.github.vaultlint.parse.NoteParser;
import io.github.vaultlint.rule.RuleContext;
import io.github.vaultlint.vault.Note;
import io.github.vaultlint.vault.VaultIndex;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The section rules' "is this rule on for the note" hook asks the run's context, the same resolver
 * that decides every rule's level (folder configs, then the note type's rules).
 */
class SectionsHookTest {
    private static final Note NOTE = new NoteParser().parse("n.md", true,
            "# Mock\n\n## Conflict\n\n**Situation**: two teams\n\n**Task**: agree\n");

    @Test
    void aRuleTheContextTurnsOffSeesNoUnits() {
        List<String> asked = new ArrayList<>();
        RuleContext ctx = context((id, n) -> {
            asked.add(id + " " + n.path());
            return !id.equals("required-section");
        });
        assertTrue(Sections.forRule("required-section", NOTE, ctx).units().isEmpty());
        assertEquals(List.of("Conflict"), Sections.forRule("empty-section", NOTE, ctx).units().stream().map(Unit::title).toList());
        assertEquals(List.of("required-section n.md", "empty-section n.md"), asked);
    }

    private static RuleContext context(java.util.function.BiPredicate<String, Note> enabled) {
        return new RuleContext() {
            @Override
            public VaultIndex vault() {
                return null;
            }

            @Override
            public LinkResolver resolver() {
                return null;
            }

            @Override
            public VaultlintConfig config() {
                return VaultlintConfig.defaults();
            }

            @Override
            public boolean enabled(String ruleId, Note note) {
                return enabled.test(ruleId, note);
            }

            @Override
            public void report(Note note, int line, int column, int endLine, int endColumn, String message) {
            }

            @Override
            public void report(String file, int line, int column, int endLine, int endColumn, String message) {
            }
        };
    }
}
