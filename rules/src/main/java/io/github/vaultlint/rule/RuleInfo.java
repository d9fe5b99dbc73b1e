package io.github.vaultlint.rule;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a rule's public identity. The id is a contract (configs, baselines and SARIF name it);
 * docs/rules.md is generated from these annotations.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface RuleInfo {
    /** Stable kebab-case id, e.g. {@code broken-link}. */
    String id();

    /** Default severity when the config does not override it. */
    Severity severity();

    /** One line: what the rule reports. */
    String summary();

    /** Longer Markdown description: what is checked, why, and how to fix it. */
    String description();

    /** Rule category for grouping in docs and reports. */
    String category() default "general";

    /**
     * True when {@link Rule#checkNote}'s findings depend only on the note's bytes, its path and the
     * configuration (never on other notes, the vault index or the link resolver), so a later run may
     * reuse them for a note whose bytes, path and configuration are unchanged. {@link Rule#checkVault}
     * always runs whatever this says. Off by default: a rule that is wrongly local reports stale
     * findings, a rule that is wrongly not local only costs time. The engine refuses a local rule's
     * calls to {@code vault()} and {@code resolver()} and its findings on other files.
     */
    boolean local() default false;

    /**
     * True when {@link Rule#checkNote}'s findings depend only on what {@code local} allows plus the
     * resolutions of the note's own links ({@code resolver().resolutions(note)}), so a later run may
     * reuse them for an unchanged note while the vault's names (files, folders, aliases) and every note
     * those resolutions looked into are unchanged too. The same cautions as for {@code local} apply; the
     * engine refuses such a rule's calls to {@code vault()} and its findings on other files.
     */
    boolean links() default false;
}
