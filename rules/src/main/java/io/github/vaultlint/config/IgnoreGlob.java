package io.github.vaultlint.config;

import io.github.vaultlint.vault.Glob;

/**
 * One {@code ignore:} entry of the root config, with where it is written (1-based line and column of
 * the value), so a pattern that matches nothing can be reported on the config line that holds it.
 */
public record IgnoreGlob(Glob glob, int line, int column) {
}
