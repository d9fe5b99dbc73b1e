package io.github.vaultlint.type;

import io.github.vaultlint.config.ConfigException;
import io.github.vaultlint.section.Labels;
import io.github.vaultlint.section.Part;
import io.github.vaultlint.section.Template;
import io.github.vaultlint.util.Suggest;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code match.parts}: a note fits when its headings and labels name every entry's part of the
 * type's section template, written any way the template accepts it (its name, a synonym, a short
 * label, a combined label such as "Situation & Task"). The template's own synonym lists decide, so
 * type detection and the section rules agree on what a part looks like. Immutable.
 */
final class PartsMatch {
    private final Template template;
    private final List<String> entries;
    /** Per entry, the template positions of its alternatives. */
    private final int[][] alternatives;

    private PartsMatch(Template template, List<String> entries, int[][] alternatives) {
        this.template = template;
        this.entries = List.copyOf(entries);
        this.alternatives = alternatives;
    }

    /**
     * The parts named by {@code entries} ("asked", "weak|improve": part ids or names, '|' for either)
     * in {@code template}.
     *
     * @throws ConfigException when an entry names no part of the template, or there is no template
     */
    static PartsMatch of(Template template, List<String> entries, String typeName, String templateName, String where)
            throws ConfigException {
        if (template == null) {
            throw new ConfigException(where + ": note type \"" + typeName + "\" has match.parts " + entries
                    + " but no section template to take the parts from; name one with sections: (star, debrief, ...)"
                    + " or use match.labels");
        }
        int[][] alts = new int[entries.size()][];
        for (int i = 0; i < entries.size(); i++) {
            List<Integer> slots = new ArrayList<>();
            for (String a : entries.get(i).split("\\|")) {
                String name = a.strip();
                if (name.isEmpty()) {
                    continue;
                }
                Part p = find(template, name);
                if (p == null) {
                    Set<String> known = new LinkedHashSet<>();
                    for (Part q : template.parts()) {
                        known.add(q.id());
                    }
                    throw new ConfigException(where + ": match.parts of note type \"" + typeName + "\" names \"" + name
                            + "\", which is no part of section template \"" + templateName + "\"" + Suggest.didYouMean(name, known)
                            + "; its parts are " + String.join(", ", known));
                }
                slots.add(template.indexOf(p));
            }
            alts[i] = slots.stream().mapToInt(Integer::intValue).toArray();
        }
        return new PartsMatch(template, entries, alts);
    }

    private static Part find(Template t, String name) {
        Part p = t.part(name);
        if (p != null) {
            return p;
        }
        String n = name.toLowerCase(Locale.ROOT);
        for (Part q : t.parts()) {
            if (q.id().equalsIgnoreCase(n) || Labels.normalize(q.name()).equals(Labels.normalize(name))) {
                return q;
            }
        }
        return null;
    }

    List<String> entries() {
        return entries;
    }

    String templateName() {
        return template.name();
    }

    /** True when every entry has one of its parts among {@code noteLabels} (as {@link NoteLabels} gives them). */
    boolean matches(List<String> noteLabels) {
        boolean[] present = new boolean[template.parts().size()];
        for (int i = 0; i < noteLabels.size(); i++) {
            String n = Labels.normalize(noteLabels.get(i));
            if (n.isEmpty()) {
                continue;
            }
            Part p = template.match(n);
            if (p != null) {
                present[template.indexOf(p)] = true;
                continue;
            }
            Part[] combined = template.matchCombined(n);
            if (combined != null) {
                for (Part c : combined) {
                    present[template.indexOf(c)] = true;
                }
            } else if ((p = template.matchKeywords(n)) != null) {
                present[template.indexOf(p)] = true;
            }
        }
        for (int[] alts : alternatives) {
            boolean found = false;
            for (int slot : alts) {
                found |= present[slot];
            }
            if (!found) {
                return false;
            }
        }
        return true;
    }
}
