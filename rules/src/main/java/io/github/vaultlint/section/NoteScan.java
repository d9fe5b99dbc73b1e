package io.github.vaultlint.section;

import io.github.vaultlint.vault.Note;

import java.util.IdentityHashMap;
import java.util.Map;

/**
 * The part occurrences of one note, located at most once per template. Shared by the template
 * selector (which may look at a note's parts to guess its kind) and the unit finder. Not
 * thread-safe: one per note analysis.
 */
public final class NoteScan {
    private final Note note;
    private final Map<Template, PartLocator.Found> found = new IdentityHashMap<>();
    private NoteLines lines;

    public NoteScan(Note note) {
        this.note = note;
    }

    public Note note() {
        return note;
    }

    public PartLocator.Found found(Template t) {
        return found.computeIfAbsent(t, x -> PartLocator.locate(note, lines(), x));
    }

    private NoteLines lines() {
        if (lines == null) {
            lines = NoteLines.of(note);
        }
        return lines;
    }
}
