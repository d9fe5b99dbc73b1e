package io.github.vaultlint.rule;

import io.github.vaultlint.config.VaultlintConfig;
import io.github.vaultlint.link.LinkResolver;
import io.github.vaultlint.type.NoteTypes;
import io.github.vaultlint.vault.Note;
import io.github.vaultlint.vault.VaultIndex;

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

    /** Reports a finding in {@code note} spanning the given 1-based range. */
    void report(Note note, int line, int column, int endLine, int endColumn, String message);

    /** Reports a finding in the vault-relative file {@code file}. */
    void report(String file, int line, int column, int endLine, int endColumn, String message);

    /** Reports a finding on a single position. */
    default void report(Note note, int line, int column, String message) {
        report(note, line, column, line, column, message);
    }
}
