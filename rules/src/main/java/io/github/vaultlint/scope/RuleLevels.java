package io.github.vaultlint.scope;

import io.github.vaultlint.config.LevelSetting;
import io.github.vaultlint.config.RuleLevel;
import io.github.vaultlint.rule.RuleRegistry;
import io.github.vaultlint.rule.Severity;
import io.github.vaultlint.type.NoteType;
import io.github.vaultlint.vault.Note;

import java.util.function.Function;

/**
 * The one place that decides a rule's level for a file: the rule's default, then the config files
 * (root, then each folder config down to the file's folder), then the note's type's {@code rules:}.
 * The linter, the findings of vault-wide rules, the section rules and the suppressions all ask here.
 */
public final class RuleLevels {

    /** A rule's level for a file and what set it ("default", "root config ...", "note type ..."). */
    public record Effective(RuleLevel level, String source) {
        /** The severity, or null when the rule is off. */
        public Severity severity() {
            return level.severity();
        }
    }

    private final ConfigScopes scopes;
    private final Function<String, Note> notes;

    /** @param notes the note at a vault-relative path, or null for other files */
    public RuleLevels(ConfigScopes scopes, Function<String, Note> notes) {
        this.scopes = scopes;
        this.notes = notes;
    }

    public ConfigScopes scopes() {
        return scopes;
    }

    /** The severity of {@code ruleId} for the file at {@code path}, or null when it is off there. */
    public Severity severity(String ruleId, String path) {
        Scope scope = scopes.scopeOf(path);
        return severity(ruleId, scope, typeOf(scope, notes.apply(path)));
    }

    /**
     * The severity of {@code ruleId} in {@code scope} for a note of {@code type}, or null when it is
     * off: {@link #effective} without building the explanation, as the run asks for every note and rule.
     */
    public Severity severity(String ruleId, Scope scope, NoteType type) {
        if (type != null) {
            LevelSetting t = type.rules().get(ruleId);
            if (t != null) {
                return t.level().severity();
            }
        }
        LevelSetting c = scope.rules().get(ruleId);
        if (c != null) {
            return c.level().severity();
        }
        RuleRegistry.Entry e = scopes.registry().find(ruleId);
        return e == null ? null : e.info().severity();
    }

    /** The type whose rules apply to {@code note}, or null when no type sets rules (or no note). */
    public NoteType typeOf(Scope scope, Note note) {
        return note == null || !scopes.typeRules() ? null : scope.types().typeOf(note);
    }

    /** The level of {@code ruleId} in {@code scope} for a note of {@code type} (null: no type). */
    public Effective effective(String ruleId, Scope scope, NoteType type) {
        if (type != null) {
            LevelSetting t = type.rules().get(ruleId);
            if (t != null) {
                return new Effective(t.level(), "note type \"" + type.name() + "\" (" + t.where() + ")");
            }
        }
        LevelSetting c = scope.rules().get(ruleId);
        if (c != null) {
            return new Effective(c.level(), c.where());
        }
        RuleRegistry.Entry e = scopes.registry().find(ruleId);
        return new Effective(e == null ? RuleLevel.OFF : RuleLevel.valueOf(e.info().severity().name()), "default");
    }
}
