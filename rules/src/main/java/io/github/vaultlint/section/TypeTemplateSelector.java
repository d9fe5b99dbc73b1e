package io.github.vaultlint.section;

import io.github.vaultlint.config.VaultlintConfig;
import io.github.vaultlint.vault.Note;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiPredicate;
import java.util.function.Function;

/**
 * Selects templates from note types: the note's type names its own template ({@code sections:}),
 * applied as topics or as a story bank as the template declares; every type whose own template is
 * not {@code star} also gets inline STAR detection (a section with two STAR parts is a story).
 * Built from two functions so it does not depend on how types are resolved, e.g.
 * {@code new TypeTemplateSelector(n -> types.typeOf(n).sections(), (rule, n) -> true)}.
 */
public final class TypeTemplateSelector implements TemplateSelector {
    private final Function<Note, String> sectionsOf;
    private final BiPredicate<String, Note> ruleEnabled;

    /**
     * @param sectionsOf  the template name of the note's type, or null when the type has none
     * @param ruleEnabled false when the note's type turns the section rule with this id off
     */
    public TypeTemplateSelector(Function<Note, String> sectionsOf, BiPredicate<String, Note> ruleEnabled) {
        this.sectionsOf = sectionsOf;
        this.ruleEnabled = ruleEnabled;
    }

    @Override
    public List<AppliedTemplate> select(Note note, VaultlintConfig config, NoteScan scan) {
        TemplateSet templates = config.templates();
        Template own = templates.find(sectionsOf.apply(note));
        Template star = templates.find(InterimTemplateSelector.STAR);
        List<AppliedTemplate> out = new ArrayList<>(2);
        if (own != null) {
            out.add(AppliedTemplate.own(own));
        }
        if (star != null && own != star) {
            out.add(AppliedTemplate.inline(star));
        }
        return out;
    }

    @Override
    public boolean ruleEnabled(String ruleId, Note note, VaultlintConfig config) {
        return ruleEnabled.test(ruleId, note);
    }
}
