package io.github.vaultlint.config;

/**
 * One {@code <rule-id>: <level>} entry of a config file, with where it was written
 * ({@code file:line:col}), so an explanation can say which file set a rule's level.
 */
public record LevelSetting(RuleLevel level, String where) {
}
