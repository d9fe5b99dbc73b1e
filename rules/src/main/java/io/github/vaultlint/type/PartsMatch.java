package io.github.vaultlint.type;

import io.github.vaultlint.config.ConfigException;
import io.github.vaultlint.section.Labels;
import io.github.vaultlint.section.PartLabels;
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
 * label, a combined label such as "Situation & Task"; a plain or bare label by the part's own name; a
 * row of a two-column table that names two or more parts; the columns of a table whose header opens
 * a unit per row, as the section rules read it outside a story bank: Situation and Task, or a
 * debrief's question, among three parts). The template's own synonym lists decide, so
 * type detection and the section rules mostly agree on what a part looks like. Not entirely: the
 * labels of {@link NoteLabels} carry no heading levels, so an H2 that the section rules read as a
 * non-topic section and never as a part ("## Next steps" in a debrief) still counts here as the
 * part it names. Immutable.
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
     * @param whereEach file:line:col of each entry (null: not known, the type's {@code where} is used)
     * @throws ConfigException when an entry names no part of the template, or there is no template
     */
    static PartsMatch of(Template template, List<String> entries, String typeName, String templateName, String where,
                         List<String> whereEach) throws ConfigException {
        if (template == null) {
            throw new ConfigException(where + ": note type \"" + typeName + "\" has match.parts " + entries
                    + " but no section template to take the parts from; name one with sections: (star, debrief, ...)"
                    + " or use match.labels");
        }
        int[][] alts = new int[entries.size()][];
        for (int i = 0; i < entries.size(); i++) {
            alts[i] = slots(template, entries.get(i), false);
            if (alts[i] == null) {
                String name = unknownName(template, entries.get(i));
                Set<String> known = new LinkedHashSet<>();
                for (Part q : template.parts()) {
                    known.add(q.id());
                }
                String at = whereEach != null && i < whereEach.size() ? whereEach.get(i) : where; // on the entry itself
                throw new ConfigException(at + ": match.parts of note type \"" + typeName + "\" names \"" + name
                        + "\", which is no part of section template \"" + templateName + "\"" + Suggest.didYouMean(name, known)
                        + "; its parts are " + String.join(", ", known));
            }
        }
        return new PartsMatch(template, entries, alts);
    }

    /**
     * Parts a type inherits (from the built-in type it overrides, or the type it extends) in the
     * template it ends up with. They may have been written for another template (the user changed
     * {@code sections}): an alternative the template lacks is dropped ("weak|improve" becomes
     * "weak"), and when an entry keeps no alternative, or there is no template, the result is null
     * and the type matches by its tags, paths and labels only. Never an error: the user did not
     * write them.
     */
    static PartsMatch inherited(Template template, List<String> entries) {
        if (template == null) {
            return null;
        }
        int[][] alts = new int[entries.size()][];
        for (int i = 0; i < entries.size(); i++) {
            alts[i] = slots(template, entries.get(i), true);
            if (alts[i].length == 0) {
                return null; // matching on the other entries alone would fit notes the type was never meant for
            }
        }
        return new PartsMatch(template, entries, alts);
    }

    /**
     * The template positions of an entry's alternatives ("weak|improve"). An alternative that names
     * no part is left out when {@code skipUnknown}, else the result is null.
     */
    private static int[] slots(Template template, String entry, boolean skipUnknown) {
        List<Integer> slots = new ArrayList<>();
        for (String a : entry.split("\\|")) {
            String name = a.strip();
            if (name.isEmpty()) {
                continue;
            }
            Part p = find(template, name);
            if (p == null) {
                if (skipUnknown) {
                    continue;
                }
                return null;
            }
            slots.add(template.indexOf(p));
        }
        return slots.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The first alternative of {@code entry} that names no part of the template. */
    private static String unknownName(Template template, String entry) {
        for (String a : entry.split("\\|")) {
            String name = a.strip();
            if (!name.isEmpty() && find(template, name) == null) {
                return name;
            }
        }
        return entry;
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

    /**
     * Whether the note has a one-letter label that names no part ("**C:** close", "M: 4 cores"): then
     * its one-letter labels are the keys of a legend (a shortcut list, instance sizes), and its
     * "**S:**", "R:" say nothing about its type. The section rules still find a STAR answer written
     * with them in its own section (templates.md).
     */
    private boolean hasLetterNamingNoPart(List<String> noteLabels) {
        for (String l : noteLabels) {
            String n = l.length() <= 8 && !PartLabels.isMarked(l) ? Labels.normalize(l) : "";
            if (Labels.isLegendLetter(n) && template.match(n) == null) {
                return true;
            }
        }
        return false;
    }

    private static boolean isLetter(String n) {
        return n.length() == 1 && Character.isLetter(n.charAt(0));
    }

    /** True when every entry has one of its parts among {@code noteLabels} (as {@link NoteLabels} gives them). */
    boolean matches(List<String> noteLabels) {
        boolean[] present = new boolean[template.parts().size()];
        boolean legend = hasLetterNamingNoPart(noteLabels);
        for (int i = 0; i < noteLabels.size(); i++) {
            if (PartLabels.isMarked(noteLabels.get(i))) {
                continue; // below, with the section rules' conditions
            }
            String n = Labels.normalize(noteLabels.get(i));
            if (n.isEmpty() || legend && isLetter(n)) {
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
            }
            // No keywords here: the labels carry no heading level, and a topic's H2 title ("## What
            // went badly in the past") must not make an ordinary note a debrief (templates.md).
        }
        // Plain labels ("Situation:", "- Situation" over its bullets) by the part's own name, and table
        // rows in a table naming two or more parts: what the section rules read as parts.
        PartLabels.markPresent(template, noteLabels, present);
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
