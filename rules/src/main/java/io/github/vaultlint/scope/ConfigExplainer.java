package io.github.vaultlint.scope;

import io.github.vaultlint.config.VaultlintConfig;
import io.github.vaultlint.rule.RuleRegistry;
import io.github.vaultlint.section.AppliedTemplate;
import io.github.vaultlint.section.NoteScan;
import io.github.vaultlint.section.Part;
import io.github.vaultlint.section.TypeTemplateSelector;
import io.github.vaultlint.type.BuiltinTypes;
import io.github.vaultlint.type.NoteType;
import io.github.vaultlint.type.NoteTypes;
import io.github.vaultlint.type.TypeSchema;
import io.github.vaultlint.util.Suggest;
import io.github.vaultlint.vault.Note;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds a {@link ConfigExplanation} for one note from the same pieces a run uses: the note's scope,
 * its type's classification, the template selector of the section rules and the rule-level resolver.
 */
public final class ConfigExplainer {
    private ConfigExplainer() {
    }

    /** @param ignored why the note is not linted, or null when it is */
    public static ConfigExplanation explain(ConfigScopes scopes, Note note, String ignored) {
        Scope scope = scopes.scopeOf(note.path());
        NoteTypes types = scope.types();
        NoteTypes.Classification c = types.explain(note);
        NoteType type = c.type();
        TypeSchema schema = types.schema(type);

        VaultlintConfig config = scope.config();
        String problem = null;
        if (type.sections() != null && config.templates().find(type.sections()) == null) {
            problem = "\"" + type.sections() + "\" is not a known template" + Suggest.didYouMean(type.sections(),
                    config.templates().names()) + "; known templates are " + String.join(", ", config.templates().names());
        }
        List<ConfigExplanation.Sections> sections = new ArrayList<>();
        // The selector the section rules use, so this shows what they will check.
        TypeTemplateSelector selector = new TypeTemplateSelector(n -> type.sections(), (id, n) -> true);
        for (AppliedTemplate a : selector.select(note, config, new NoteScan(note))) {
            List<ConfigExplanation.PartInfo> parts = new ArrayList<>();
            for (Part p : a.template().parts()) {
                parts.add(new ConfigExplanation.PartInfo(p.name(), p.required()));
            }
            sections.add(new ConfigExplanation.Sections(a.template().name(), mode(a.mode()), parts));
        }

        RuleLevels levels = new RuleLevels(scopes, p -> note);
        List<ConfigExplanation.RuleSetting> rules = new ArrayList<>();
        for (RuleRegistry.Entry e : scopes.registry().all()) {
            RuleLevels.Effective eff = levels.effective(e.id(), scope, type);
            rules.add(new ConfigExplanation.RuleSetting(e.id(), eff.level(), relative(scopes, eff.source())));
        }
        return new ConfigExplanation(note.path(), scope.files(), ignored, type.name(), relative(scopes, origin(type, config)), c.reason(),
                sections, problem, type.schema(), schema == null ? List.of() : schema.requiredProperties(), rules);
    }

    /**
     * {@code text} with the root config's path as {@code config files} shows it (vault-relative when
     * the file is in the vault): positions in the root file are recorded with the path it was read
     * from, often absolute, while sub-folder ones are vault-relative.
     */
    static String relative(ConfigScopes scopes, String text) {
        java.nio.file.Path source = scopes.root().config().source();
        if (text == null || source == null || scopes.root().files().isEmpty()) {
            return text;
        }
        String shown = scopes.root().files().get(0);
        String out = text.replace(source.toString(), shown);
        String abs = source.toAbsolutePath().normalize().toString();
        return out.replace(abs, shown);
    }

    /** "built-in", "declared at f:l:c", or "built-in, overridden at f:l:c". */
    private static String origin(NoteType type, VaultlintConfig config) {
        if (type.source().startsWith("built-in")) {
            return "built-in";
        }
        boolean overridesBuiltin = config.extendsDefaults()
                && BuiltinTypes.specs().stream().anyMatch(b -> b.name().equalsIgnoreCase(type.name()));
        return (overridesBuiltin ? "built-in, overridden at " : "declared at ") + type.source();
    }

    private static String mode(AppliedTemplate.Mode mode) {
        switch (mode) {
            case TOPICS: return "every H2 section is a topic";
            case STORY_BANK: return "as a story bank (headings carrying a part, and their siblings, are stories)";
            default: return "inline (a section with two parts is a story)";
        }
    }
}
