package io.github.vaultlint.config;

import io.github.vaultlint.section.TemplateSet;
import io.github.vaultlint.vault.Glob;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The effective configuration of a run, from {@code .vaultlint.yml} at the vault root (absent means
 * defaults). {@code source} is the file it came from, or null.
 *
 * @param ignoreGlobs     the {@code ignore:} globs, in file order, each with where it is written
 * @param extendsDefaults false when the config says {@code extends: none}: the built-in defaults
 *                        (note types, and whatever else ships built in) are not used
 * @param noteTypes       the {@code noteTypes} entries as written, in file order; resolved against
 *                        the built-ins by {@link io.github.vaultlint.type.NoteTypes}
 * @param templates       the section templates: the built-in ones with the user's {@code templates:} on top
 * @param taxonomy        the user's {@code taxonomy:} topics (topic to keywords), in file order; they
 *                        replace or add to the built-in topics unless {@code extends: none}
 */
public record VaultlintConfig(Path source, Map<String, RuleLevel> rules, List<IgnoreGlob> ignoreGlobs, long maxFileSize,
                              boolean extendsDefaults, List<NoteTypeSpec> noteTypes, TemplateSet templates,
                              Map<String, List<String>> taxonomy) {

    public static final long DEFAULT_MAX_FILE_SIZE = 10L * 1024 * 1024;

    public VaultlintConfig {
        rules = Map.copyOf(rules);
        ignoreGlobs = List.copyOf(ignoreGlobs);
        noteTypes = List.copyOf(noteTypes);
        if (templates == null) {
            templates = TemplateSet.builtin();
        }
        taxonomy = taxonomy == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(taxonomy));
    }

    /** A config with the built-in defaults, no note types and no templates of its own. */
    public VaultlintConfig(Path source, Map<String, RuleLevel> rules, List<IgnoreGlob> ignoreGlobs, long maxFileSize) {
        this(source, rules, ignoreGlobs, maxFileSize, true, List.of(), TemplateSet.builtin(), Map.of());
    }

    /** The {@code ignore:} globs, in file order. */
    public List<Glob> ignore() {
        return ignoreGlobs.stream().map(IgnoreGlob::glob).toList();
    }

    public static VaultlintConfig defaults() {
        return new VaultlintConfig(null, Map.of(), List.of(), DEFAULT_MAX_FILE_SIZE);
    }

    /** The configured level for a rule, or null to use its default severity. */
    public RuleLevel level(String ruleId) {
        return rules.get(ruleId);
    }

    public boolean ignored(String path) {
        for (IgnoreGlob g : ignoreGlobs) {
            if (g.glob().matches(path)) {
                return true;
            }
        }
        return false;
    }
}
