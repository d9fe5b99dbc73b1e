package io.github.vaultlint.scope;

import io.github.vaultlint.config.RuleLevel;
import io.github.vaultlint.util.SafeText;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Why a note is checked the way it is: the config files that applied, its note type and what made
 * it that type, its section templates, its schema, and every rule's level with what set it. Built by
 * {@link ConfigExplainer}; {@link #lines()} renders it for a console.
 *
 * @param note          vault-relative path of the note
 * @param configFiles   the config files that applied, root first (empty: built-in defaults only)
 * @param ignored       why the note is not linted (an ignore glob, Obsidian's excluded files), or null
 * @param type          the note's type
 * @param typeSource    where the type comes from: "built-in", "declared at f:l:c" or "built-in, overridden at f:l:c"
 * @param typeReason    what made it that type
 * @param sections      the section templates that apply, in order
 * @param sectionsProblem set when the type names a template that does not exist, else null
 * @param schema        the frontmatter schema as shown in messages, or null
 * @param required      the schema's required properties
 * @param rules         every registered rule, in registry order
 */
public record ConfigExplanation(String note, List<String> configFiles, String ignored, String type, String typeSource,
                                String typeReason, List<Sections> sections, String sectionsProblem, String schema,
                                List<String> required, List<RuleSetting> rules) {

    /** A section template applied to the note, and how its units are found. */
    public record Sections(String template, String mode, List<PartInfo> parts) {
        public Sections {
            parts = List.copyOf(parts);
        }
    }

    /** One part of a template. */
    public record PartInfo(String name, boolean required) {
    }

    /** A rule's effective level for the note, and what set it. */
    public record RuleSetting(String id, RuleLevel level, String source) {
    }

    public ConfigExplanation {
        configFiles = List.copyOf(configFiles);
        sections = List.copyOf(sections);
        required = List.copyOf(required);
        rules = List.copyOf(rules);
    }

    /** The setting of one rule, or null for an unknown id. */
    public RuleSetting rule(String id) {
        for (RuleSetting r : rules) {
            if (r.id().equals(id)) {
                return r;
            }
        }
        return null;
    }

    /** The explanation as console lines: a heading line, then indented details. */
    public List<String> lines() {
        List<String> out = new ArrayList<>();
        out.add("vaultlint: effective config for " + note);
        out.add("  config files: " + (configFiles.isEmpty() ? "none (built-in defaults)" : String.join(", ", configFiles)));
        if (ignored != null) {
            out.add("  ignored: " + ignored + "; the note is not linted (the settings below apply if it is un-ignored)");
        }
        out.add("  note type: " + type + " (" + typeSource + "), because " + typeReason);
        out.add("  schema: " + (schema == null ? "none" : schema
                + (required.isEmpty() ? "" : " (requires " + String.join(", ", required) + ")")));
        if (sectionsProblem != null) {
            out.add("  sections: " + sectionsProblem);
        }
        if (sections.isEmpty()) {
            out.add("  sections: none");
        }
        for (Sections s : sections) {
            List<String> parts = new ArrayList<>();
            for (PartInfo p : s.parts()) {
                parts.add(p.name() + (p.required() ? "" : " (optional)"));
            }
            out.add("  sections: " + s.template() + ", " + s.mode() + ": " + String.join(", ", parts));
        }
        out.add("  rules:");
        int width = 0;
        for (RuleSetting r : rules) {
            width = Math.max(width, r.id().length());
        }
        for (RuleSetting r : rules) {
            out.add(String.format(Locale.ROOT, "    %-" + width + "s  %-7s  %s", r.id(), r.level().name().toLowerCase(Locale.ROOT),
                    r.source()));
        }
        out.replaceAll(SafeText::visible); // note paths and frontmatter values go to the terminal
        return out;
    }

    public String text() {
        return String.join("\n", lines()) + "\n";
    }
}
