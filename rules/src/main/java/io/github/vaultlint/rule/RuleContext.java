package io.github.vaultlint.rule;

import io.github.vaultlint.config.VaultlintConfig;
import io.github.vaultlint.link.LinkResolver;
import io.github.vaultlint.type.NoteTypes;
import io.github.vaultlint.vault.Note;
import io.github.vaultlint.vault.VaultIndex;

import java.util.function.Function;

/**
 * What a rule sees while it runs: the read-only vault, the resolver, the config, and a reporter
 * bound to the rule's id and effective severity.
 */
public interface RuleContext {

    VaultIndex vault();

    LinkResolver resolver();

    VaultlintConfig config();

    /**
     * The run's note types: {@code types().typeOf(note)} is the note's type (computed once per note,
     * shared by all rules) and {@code types().schema(type)} its compiled frontmatter schema.
     * The default, for contexts built without a configuration, knows only the fallback type.
     */
    default NoteTypes types() {
        return NoteTypes.FALLBACK_ONLY;
    }

    /**
     * False when {@code ruleId} is off for {@code note}: by its folder's config or its note type's
     * {@code rules:}. The default, for contexts built without a configuration, says true.
     */
    default boolean enabled(String ruleId, Note note) {
        return true;
    }

    /** Reports a finding in {@code note} spanning the given 1-based range. */
    void report(Note note, int line, int column, int endLine, int endColumn, String message);

    /** Reports a finding in the vault-relative file {@code file}. */
    void report(String file, int line, int column, int endLine, int endColumn, String message);

    /**
     * A value derived from {@code note} once per run and shared by every rule that asks with the
     * same {@code key} (e.g. the section analysis), so rules don't recompute it. The default
     * computes it each time.
     */
    default <T> T memo(Note note, String key, Function<Note, T> compute) {
        return compute.apply(note);
    }

    /** Reports a finding on a single position. */
    default void report(Note note, int line, int column, String message) {
        report(note, line, column, line, column, message);
    }
}
