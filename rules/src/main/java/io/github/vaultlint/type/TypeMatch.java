package io.github.vaultlint.type;

import io.github.vaultlint.section.PartLabels;
import io.github.vaultlint.vault.Glob;
import io.github.vaultlint.vault.Note;
import io.github.vaultlint.vault.Tag;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How a note type recognises its notes: any of its frontmatter {@code tags} (without '#',
 * case-insensitive; {@code interview} also matches the nested tag {@code interview/2025}), any of
 * its path {@code globs}, all of its {@code labels} found among the note's headings and bold
 * labels (see {@link NoteLabels}), or all of its {@code parts} of the type's section template
 * (see {@link PartsMatch}). Immutable.
 */
public final class TypeMatch {
    private final List<String> tags;
    private final List<Glob> paths;
    private final List<String> labels;
    /** Per label entry, its normalised alternatives ("responded|response"); empty: can never be found. */
    private final List<String[]> labelAlternatives;

    /** {@code match.parts}, or null when the type has none. */
    private final PartsMatch parts;

    public TypeMatch(List<String> tags, List<Glob> paths, List<String> labels) {
        this(tags, paths, labels, null);
    }

    TypeMatch(List<String> tags, List<Glob> paths, List<String> labels, PartsMatch parts) {
        this.parts = parts;
        this.tags = tags.stream().map(t -> (t.startsWith("#") ? t.substring(1) : t).toLowerCase(Locale.ROOT)).toList();
        this.paths = List.copyOf(paths);
        this.labels = List.copyOf(labels);
        List<String[]> alts = new ArrayList<>(labels.size());
        for (String l : labels) {
            alts.add(alternatives(l));
        }
        this.labelAlternatives = List.copyOf(alts);
    }

    public static TypeMatch none() {
        return new TypeMatch(List.of(), List.of(), List.of());
    }

    public List<String> tags() {
        return tags;
    }

    public List<Glob> paths() {
        return paths;
    }

    public List<String> labels() {
        return labels;
    }

    /** The {@code match.parts} entries ("asked", "weak|improve"), empty when none. */
    public List<String> parts() {
        return parts == null ? List.of() : parts.entries();
    }

    /** The section template {@code match.parts} names parts of, or null. */
    public String partsTemplate() {
        return parts == null ? null : parts.templateName();
    }

    public boolean isEmpty() {
        return tags.isEmpty() && paths.isEmpty() && labels.isEmpty() && parts().isEmpty();
    }

    /** True when the note's labels name every {@code match.parts} entry (see {@link PartsMatch}). */
    public boolean matchesParts(List<String> noteLabels) {
        return parts != null && !parts.entries().isEmpty() && parts.matches(noteLabels);
    }

    public boolean matchesTags(Note note) {
        return matchedTag(note) != null;
    }

    /** The first frontmatter tag of the note that one of {@code tags} accepts, or null. */
    public String matchedTag(Note note) {
        if (tags.isEmpty()) {
            return null;
        }
        for (Tag t : note.tags()) {
            if (!t.inFrontmatter()) {
                continue;
            }
            String n = t.name().toLowerCase(Locale.ROOT);
            for (String want : tags) {
                if (n.equals(want) || n.startsWith(want + "/")) {
                    return t.name();
                }
            }
        }
        return null;
    }

    public boolean matchesPath(Note note) {
        return matchedPath(note) != null;
    }

    /** The first glob of {@code paths} that matches the note's path, or null. */
    public String matchedPath(Note note) {
        for (Glob g : paths) {
            if (g.matches(note.path())) {
                return g.pattern();
            }
        }
        return null;
    }

    /** True when every label entry is found in {@code noteLabels} (normalised, see {@link NoteLabels}). */
    public boolean matchesLabels(List<String> noteLabels) {
        if (labelAlternatives.isEmpty()) {
            return false;
        }
        for (String[] alts : labelAlternatives) {
            boolean found = false;
            boolean supplementary = hasSurrogate(alts);
            for (int i = 0; i < noteLabels.size() && !found; i++) {
                if (PartLabels.isMarked(noteLabels.get(i))) {
                    continue; // read by match.parts only
                }
                for (String a : alts) {
                    if (containsWord(noteLabels.get(i), a, supplementary)) {
                        found = true;
                        break;
                    }
                }
            }
            if (!found) {
                return false;
            }
        }
        return true;
    }

    /** "responded|response": the normalised alternatives of a label entry, empty ones left out. */
    static String[] alternatives(String entry) {
        List<String> out = new ArrayList<>();
        for (String a : entry.split("\\|")) {
            String norm = NoteLabels.normalise(a);
            if (!norm.isEmpty()) {
                out.add(norm);
            }
        }
        return out.toArray(new String[0]);
    }

    /**
     * True when {@code word} occurs in {@code label} as a whole word: not preceded or followed by a
     * letter or number (what {@code (?<![\p{L}\p{N}])word(?![\p{L}\p{N}])} finds; indexOf instead of a
     * regex, since every note's labels are checked against every type).
     */
    static boolean containsWord(String label, String word) {
        return containsWord(label, word, hasSurrogate(new String[] {word}));
    }

    /**
     * {@code codePointBefore}: look at the whole code point before the word, not just the char. The
     * regex did so only when its own text held a character outside the BMP; kept for exact equality.
     */
    private static boolean containsWord(String label, String word, boolean codePointBefore) {
        for (int i = label.indexOf(word); i >= 0; i = label.indexOf(word, i + 1)) {
            int end = i + word.length();
            if ((i == 0 || !isLetterOrNumber(codePointBefore ? label.codePointBefore(i) : label.charAt(i - 1)))
                    && (end == label.length() || !isLetterOrNumber(label.codePointAt(end)))) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasSurrogate(String[] words) {
        for (String w : words) {
            for (int i = 0; i < w.length(); i++) {
                if (Character.isSurrogate(w.charAt(i))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isLetterOrNumber(int cp) {
        if (Character.isLetter(cp)) {
            return true;
        }
        int t = Character.getType(cp);
        return t == Character.DECIMAL_DIGIT_NUMBER || t == Character.LETTER_NUMBER || t == Character.OTHER_NUMBER;
    }
}
