package io.github.vaultlint.link;

import io.github.vaultlint.vault.Link;
import io.github.vaultlint.vault.Note;
import io.github.vaultlint.vault.VaultFile;

import java.util.ArrayList;
import java.util.List;

/**
 * Explains a link whose ".." climbs above the vault root. Obsidian drops a ".." that has nowhere to
 * go, so when the path without it names a file in the vault, the link opens that file: the message
 * names it and the path to write, since "move the file into the vault" would be wrong advice for a
 * file that is in it. Otherwise the file is outside, and vaultlint never reads it. Only vault paths
 * are looked up here, in the index.
 */
final class ClimbedOut {
    static final String OUTSIDE = "climbs out of the vault root with \"..\"; vaultlint never reads outside the vault "
            + "and Obsidian cannot open it. Move the file into the vault and link to it there";

    private ClimbedOut() {
    }

    /** @param base the folder the path starts from: the note's for relative paths, "" for the root */
    static String explain(Note from, Link link, String target, String base, FileLookup lookup) {
        List<String> parts = new ArrayList<>();
        if (!base.isEmpty()) {
            parts.addAll(List.of(base.split("/")));
        }
        int above = 0;
        for (String s : target.split("/")) {
            if (s.equals("..")) {
                if (parts.isEmpty()) {
                    above++;
                } else {
                    parts.remove(parts.size() - 1);
                }
            } else if (!s.isEmpty() && !s.equals(".")) {
                parts.add(s);
            }
        }
        FileLookup.Match clamped = parts.isEmpty() ? null : lookup.find("/" + String.join("/", parts), "");
        if (clamped == null || !clamped.found()) {
            return OUTSIDE;
        }
        VaultFile f = clamped.best();
        StringBuilder sb = new StringBuilder("climbs out of the vault root: ")
                .append(base.isEmpty() ? "from the vault root" : "from \"" + base + "\"").append(" it goes ")
                .append(above).append(above == 1 ? " folder" : " folders").append(" above the root. Obsidian ignores the extra ")
                .append("\"..\" and opens ").append(f.path());
        String fix = pathFrom(from, link, f, lookup);
        return fix == null ? sb.toString() : sb.append("; write ").append(fix).toString();
    }

    /** The link written with a path from the note's folder that opens {@code f}, or null if none does alone. */
    private static String pathFrom(Note from, Link link, VaultFile f, FileLookup lookup) {
        String rel = MissingTarget.relative(from.folder(), f.path());
        if (!from.folder().isEmpty() && !rel.startsWith("../")) {
            rel = "./" + rel;
        }
        boolean markdown = link.kind() == Link.Kind.MARKDOWN;
        String written = markdown || !f.isNote() ? rel : Keys.linkText(rel);
        FileLookup.Match m = markdown ? lookup.findMarkdown(written, from.folder()) : lookup.find(written, from.folder());
        boolean opens = m.found() && m.tied().isEmpty() && m.best().path().equals(f.path());
        return opens ? LinkText.withTarget(link, written) : null;
    }
}
