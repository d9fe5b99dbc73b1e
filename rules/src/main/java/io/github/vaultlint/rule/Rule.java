package io.github.vaultlint.rule;

import io.github.vaultlint.vault.Note;

/**
 * A lint rule. Implementations are stateless (or thread-safe): {@link #checkNote} runs in parallel
 * across notes. Cross-note rules use {@link #checkVault}, which runs once after every note is parsed.
 * Every implementation carries a {@link RuleInfo} annotation.
 */
public interface Rule {

    /** Checks one note. The context gives the read-only vault index and the sink for findings. */
    default void checkNote(Note note, RuleContext ctx) {
    }

    /** Checks the vault as a whole, once. */
    default void checkVault(RuleContext ctx) {
    }
}
