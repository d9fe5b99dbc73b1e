package io.github.vaultlint.link;

import io.github.vaultlint.vault.BlockId;
import io.github.vaultlint.vault.Heading;
import io.github.vaultlint.vault.Note;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The anchor targets of one note, keyed once: heading keys in document order (for nested
 * {@code #A#B} lookups) and as a set, and lower-cased block ids.
 */
final class NoteAnchors {
    final Note note;
    /**
     * The headings a link can reach: not those in a block quote or callout ({@code > ## Heading}),
     * which Obsidian leaves out of a note's headings (its outline, and what #Heading looks up).
     */
    final List<Heading> headings;
    /** Keys of {@link #headings}, in the same order. */
    final String[] headingKeys;
    /** The quoted headings by key, the first of each: a link that names one is told why it fails. */
    private final java.util.Map<String, Heading> quoted;
    final Set<String> headingKeySet;
    final Set<String> blockIds;
    final List<String> blockIdList;
    /** An Excalidraw drawing: its {@code ^id} anchors name drawing elements, not Markdown blocks. */
    final boolean drawing;

    NoteAnchors(Note note) {
        this.note = note;
        this.drawing = isDrawing(note);
        List<Heading> all = note.headings();
        List<Heading> reachable = all;
        java.util.Map<String, Heading> inQuotes = java.util.Map.of();
        for (Heading h : all) {
            if (h.quoted()) { // rare: most notes keep the list as it is
                reachable = new ArrayList<>(all.size());
                inQuotes = new java.util.HashMap<>();
                for (Heading x : all) {
                    if (!x.quoted()) {
                        reachable.add(x);
                    } else {
                        inQuotes.putIfAbsent(HeadingKey.of(x.text()), x);
                    }
                }
                break;
            }
        }
        headings = reachable;
        quoted = inQuotes;
        headingKeys = new String[headings.size()];
        headingKeySet = new HashSet<>(headings.size() * 2);
        for (int i = 0; i < headingKeys.length; i++) {
            headingKeys[i] = HeadingKey.of(headings.get(i).text());
            headingKeySet.add(headingKeys[i]);
        }
        blockIds = new HashSet<>();
        blockIdList = new ArrayList<>();
        for (BlockId b : note.blockIds()) {
            if (blockIds.add(b.id().toLowerCase(Locale.ROOT))) {
                blockIdList.add(b.id());
            }
        }
    }

    /**
     * Outcome of looking up a subpath: found, or which part failed. {@code lastMatched} is the index
     * of the heading the part before {@code failedPart} matched, or -1 (no part matched, or a
     * single-part lookup): where a suggestion for the failed part may start.
     */
    record Lookup(boolean found, boolean block, int failedPart, String[] parts, int lastMatched) {
        Lookup(boolean found, boolean block, int failedPart, String[] parts) {
            this(found, block, failedPart, parts, -1);
        }
    }

    /**
     * Obsidian's {@code resolveSubpath}: the anchor is split on '#', empty parts dropped. A single
     * {@code ^id} part is a block id (case-insensitive); if no block has it, headings are tried like
     * Obsidian does. Heading parts must match in order, each one a heading inside the section of the
     * previous part's match (at any depth below it).
     */
    Lookup find(String anchor) {
        String[] parts = parts(anchor);
        if (parts.length == 0) {
            return new Lookup(true, false, -1, parts);
        }
        boolean block = parts.length == 1 && parts[0].startsWith("^");
        if (block && (drawing || blockIds.contains(parts[0].substring(1).toLowerCase(Locale.ROOT)))) {
            // In a drawing, #^id, #^group=id, #^area=id and #^frame=name pick elements whose ids live in
            // the (usually compressed) drawing JSON: the Excalidraw plugin resolves them, so none is checked.
            return new Lookup(true, true, -1, parts);
        }
        if (parts.length == 1 && parts[0].startsWith("[^")) {
            return new Lookup(true, false, -1, parts); // footnote reference: not tracked, never reported
        }
        if (parts.length == 1) {
            return new Lookup(headingKeySet.contains(HeadingKey.of(parts[0])), block, 0, parts);
        }
        // Each later part must be a heading inside the section of the previous part's match (issue 3:
        // "B is a heading under A, at any depth below it"); every heading matching the first part is tried.
        String[] keys = new String[parts.length];
        for (int i = 0; i < parts.length; i++) {
            keys[i] = HeadingKey.of(parts[i]);
        }
        int[] best = {0, -1}; // the furthest part reached, and the heading the part before it matched
        for (int k = 0; k < headingKeys.length; k++) {
            if (headingKeys[k].equals(keys[0]) && descend(k, 1, keys, best)) {
                return new Lookup(true, false, -1, parts, best[1]);
            }
        }
        return new Lookup(false, false, best[0], parts, best[1]);
    }

    /** Whether parts {@code v..} match headings nested in the section of heading {@code k} (which matched part v-1). */
    private boolean descend(int k, int v, String[] keys, int[] best) {
        if (v > best[0]) {
            best[0] = v;
            best[1] = k;
        }
        if (v == keys.length) {
            best[1] = k;
            return true;
        }
        List<Heading> hs = headings;
        int level = hs.get(k).level();
        for (int j = k + 1; j < headingKeys.length && hs.get(j).level() > level; j++) {
            if (headingKeys[j].equals(keys[v]) && descend(j, v + 1, keys, best)) {
                return true;
            }
        }
        return false;
    }

    /** The heading written in a block quote or callout that reads like {@code part}, or null. */
    Heading quotedHeading(String part) {
        return quoted.isEmpty() ? null : quoted.get(HeadingKey.of(part));
    }

    /**
     * Whether the note is an Excalidraw drawing: the plugin marks each one with an
     * {@code excalidraw-plugin} property, and names new ones {@code *.excalidraw.md}.
     */
    static boolean isDrawing(Note note) {
        return note.path().toLowerCase(Locale.ROOT).endsWith(".excalidraw.md")
                || note.frontmatter() != null && note.frontmatter().get("excalidraw-plugin") != null;
    }

    static String[] parts(String anchor) {
        if (anchor == null || anchor.isEmpty()) {
            return new String[0];
        }
        if (anchor.indexOf('#') < 0) {
            return new String[] {anchor}; // the common single-part case, without split()
        }
        List<String> out = new ArrayList<>(2);
        for (String p : anchor.split("#")) {
            if (!p.isEmpty()) {
                out.add(p);
            }
        }
        return out.toArray(new String[0]);
    }
}
