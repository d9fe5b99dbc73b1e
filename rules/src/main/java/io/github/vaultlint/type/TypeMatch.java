package io.github.vaultlint.type;

import io.github.vaultlint.vault.Glob;
import io.github.vaultlint.vault.Note;
import io.github.vaultlint.vault.Tag;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How a note type recognises its notes: any of its frontmatter {@code tags} (without '#',
 * case-insensitive; {@code interview} also matches the nested tag {@code interview/2025}), any of
 * its path {@code globs}, or all of its {@code labels} found among the note's headings and bold
 * labels (see {@link NoteLabels}). Immutable.
 */
public final class TypeMatch {
    private final List<String> tags;
    private final List<Glob> paths;
    private final List<String> labels;
    private final List<Pattern> labelPatterns;

    public TypeMatch(List<String> tags, List<Glob> paths, List<String> labels) {
        this.tags = tags.stream().map(t -> (t.startsWith("#") ? t.substring(1) : t).toLowerCase(Locale.ROOT)).toList();
        this.paths = List.copyOf(paths);
        this.labels = List.copyOf(labels);
        List<Pattern> ps = new ArrayList<>(labels.size());
        for (String l : labels) {
            ps.add(labelPattern(l));
        }
        this.labelPatterns = List.copyOf(ps);
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

    public boolean isEmpty() {
        return tags.isEmpty() && paths.isEmpty() && labels.isEmpty();
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
        if (labelPatterns.isEmpty()) {
            return false;
        }
        for (Pattern p : labelPatterns) {
            boolean found = false;
            for (String l : noteLabels) {
                if (p.matcher(l).find()) {
                    found = true;
                    break;
                }
            }
            if (!found) {
                return false;
            }
        }
        return true;
    }

    /** "responded|response" becomes a whole-word, case-insensitive match of either alternative. */
    static Pattern labelPattern(String entry) {
        StringBuilder sb = new StringBuilder("(?<![\\p{L}\\p{N}])(?:");
        String[] alts = entry.split("\\|");
        boolean first = true;
        for (String a : alts) {
            String norm = NoteLabels.normalise(a);
            if (norm.isEmpty()) {
                continue;
            }
            if (!first) {
                sb.append('|');
            }
            sb.append(Pattern.quote(norm));
            first = false;
        }
        sb.append(")(?![\\p{L}\\p{N}])");
        // An entry with no words (just "|") can never be found, rather than matching everything.
        return first ? Pattern.compile("(?!)") : Pattern.compile(sb.toString());
    }
}
