package io.github.vaultlint.link;

import io.github.vaultlint.vault.NewLinkFormat;
import io.github.vaultlint.vault.VaultFile;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the file a link path points to, the way Obsidian's {@code MetadataCache.getLinkpathDest}
 * does. Built once from every vault file; each lookup touches only the files that share the link's
 * file name, never the whole vault.
 *
 * <ol>
 *   <li>Candidates are the files whose lower-cased name equals the link's last segment; when none
 *       of them is the file, the link plus {@code .md} is tried instead (so {@code [[report]]}
 *       reaches {@code report.md} but never {@code report.pdf}, and {@code [[Makefile]]} a file
 *       named just that).</li>
 *   <li>A bare name with a single candidate resolves to it.</li>
 *   <li>{@code ./} and {@code ../} paths are resolved against the linking note's folder, and that
 *       path wins when it exists; a leading {@code /} means the vault root and must match exactly.
 *       A Markdown link's path is relative to the note's folder even without {@code ./}
 *       ({@link #findMarkdown}).</li>
 *   <li>Otherwise the exact vault path wins, then path-suffix matches ranked by: under the linking
 *       note's folder (or a subfolder of it) first, then shortest path. Two candidates left with the
 *       same rank are a tie.</li>
 * </ol>
 * One deliberate difference: Obsidian accepts any string suffix, this requires the suffix to start
 * at a folder boundary ({@code [[older/Note]]} does not reach {@code folder/Note.md}).
 */
final class FileLookup {

    /** A candidate file with its folded path, computed once. */
    record Entry(VaultFile file, String key) {
    }

    /**
     * Outcome of a lookup: {@code best} is what Obsidian opens (null when nothing matches);
     * {@code tied} lists every candidate sharing the best rank when there is more than one.
     * {@code bucket} holds all files with the link's file name (for messages), possibly empty.
     */
    record Match(VaultFile best, List<VaultFile> tied, List<Entry> bucket) {
        boolean found() {
            return best != null;
        }
    }

    private static final Comparator<Entry> SHORTEST_PATH = Comparator.comparingInt(e -> e.file().path().length());

    private final Map<String, List<Entry>> byFileName = new HashMap<>();
    /** How the vault's own links are written (Obsidian's "New link format"), for the links vaultlint suggests. */
    private final NewLinkFormat format;

    FileLookup(List<VaultFile> files) {
        this(files, NewLinkFormat.SHORTEST);
    }

    FileLookup(List<VaultFile> files, NewLinkFormat format) {
        this.format = format;
        for (VaultFile f : files) {
            String key = Keys.fold(f.path());
            byFileName.computeIfAbsent(Keys.fileName(key), k -> new ArrayList<>(1)).add(new Entry(f, key));
        }
    }

    /** The vault's "New link format". */
    NewLinkFormat format() {
        return format;
    }

    /** Files (any folder) whose folded file name, extension included, is {@code foldedName}. */
    List<Entry> named(String foldedName) {
        return byFileName.getOrDefault(foldedName, List.of());
    }

    /**
     * Resolves {@code linkpath} (the link target without anchor, '/' separators) written in a note
     * in {@code sourceFolder}.
     */
    Match find(String linkpath, String sourceFolder) {
        // As Obsidian's getLinkpathDest: the name as written ("report.pdf", also "Makefile", a file
        // without extension), and when that opens nothing, the name with ".md" added.
        String written = Keys.fold(linkpath);
        List<Entry> exact = byFileName.get(Keys.fileName(written));
        Match first = exact == null ? null : find(written, exact, linkpath, sourceFolder);
        if (first != null && first.found()) {
            return first;
        }
        String note = written + ".md";
        List<Entry> notes = byFileName.get(Keys.fileName(note));
        if (notes == null) {
            return first != null ? first : new Match(null, List.of(), List.of());
        }
        Match second = find(note, notes, linkpath, sourceFolder);
        // Nothing opens: messages name the files a reader meant, notes for "Kafka", "report.pdf" as written.
        return second.found() || first == null || Keys.fileName(written).indexOf('.') < 0 ? second : first;
    }

    /** Resolves the folded link path {@code n} among {@code bucket}, the files named like its last segment. */
    private Match find(String n, List<Entry> bucket, String linkpath, String sourceFolder) {
        String name = Keys.fileName(n);
        if (name.equals(n) && bucket.size() == 1) {
            return new Match(bucket.get(0).file(), List.of(), bucket);
        }
        String source = Keys.fold(sourceFolder);
        String folder = source;
        if (n.startsWith("./") || n.startsWith("../")) {
            if (n.startsWith("./../")) {
                n = n.substring(2);
            }
            if (n.startsWith("./")) {
                n = n.substring(2);
            } else {
                while (n.startsWith("../")) {
                    n = n.substring(3);
                    folder = Keys.parent(folder);
                }
            }
            n = folder.isEmpty() ? n : folder + "/" + n;
            Match exact = exact(bucket, n, linkpath);
            if (exact != null) {
                return exact;
            }
        }
        if (n.startsWith("/")) {
            n = n.substring(1);
        }
        Match exact = exact(bucket, n, linkpath);
        if (exact != null) {
            return exact;
        }
        if (linkpath.startsWith("/")) {
            return new Match(null, List.of(), bucket); // a root path gets no fuzzy fallback
        }
        String suffix = "/" + n;
        // "In the note's folder" needs a folder boundary ("proj/", not "projects/"); subfolders count, as in Obsidian.
        // It is the linking note's own folder, also when "../" climbed out of it to a path that does not exist.
        String under = source.isEmpty() ? "" : source + "/";
        List<Entry> near = new ArrayList<>();
        List<Entry> far = new ArrayList<>();
        for (Entry e : bucket) {
            if (e.key().endsWith(suffix)) {
                (e.key().startsWith(under) ? near : far).add(e);
            }
        }
        List<Entry> ranked = near.isEmpty() ? far : near;
        if (ranked.isEmpty()) {
            return new Match(null, List.of(), bucket);
        }
        ranked.sort(SHORTEST_PATH);
        int len = ranked.get(0).file().path().length();
        List<VaultFile> tied = new ArrayList<>(2);
        for (Entry e : ranked) {
            if (e.file().path().length() != len) {
                break;
            }
            tied.add(e.file());
        }
        return new Match(ranked.get(0).file(), tied.size() > 1 ? List.copyOf(tied) : List.of(), bucket);
    }

    /**
     * Resolves a Markdown link path: relative to the linking note's folder first, and when that file
     * does not exist, like any link path (the exact vault path, then a vault-wide match).
     */
    Match findMarkdown(String linkpath, String sourceFolder) {
        if (!sourceFolder.isEmpty() && !linkpath.startsWith("/") && !linkpath.startsWith("./")
                && !linkpath.startsWith("../")) {
            Match relative = find("/" + sourceFolder + "/" + linkpath, "");
            if (relative.found()) {
                return relative;
            }
        }
        return find(linkpath, sourceFolder);
    }

    /**
     * The file at the folded vault path {@code key}, or null. On a case-sensitive file system two files
     * may differ only in case there ({@code Same.md}, {@code same.md}); Obsidian compares paths
     * lower-cased, so unless one is spelled exactly as {@code written}, they are a tie.
     */
    private static Match exact(List<Entry> bucket, String key, String written) {
        Entry first = null;
        List<VaultFile> same = null;
        for (Entry e : bucket) {
            if (e.key().equals(key)) {
                if (first == null) {
                    first = e;
                } else {
                    if (same == null) {
                        same = new ArrayList<>(List.of(first.file()));
                    }
                    same.add(e.file());
                }
            }
        }
        if (first == null) {
            return null;
        }
        if (same == null) {
            return new Match(first.file(), List.of(), bucket);
        }
        VaultFile spelled = null;
        for (VaultFile f : same) {
            if (spelledAs(f.path(), written)) {
                if (spelled != null) {
                    spelled = null;
                    break;
                }
                spelled = f;
            }
        }
        return spelled != null ? new Match(spelled, List.of(), bucket) : new Match(same.get(0), List.copyOf(same), bucket);
    }

    /** True when {@code path} ends with the link as written, case and all ("./", "../" and "/" dropped, ".md" optional). */
    private static boolean spelledAs(String path, String written) {
        String w = written;
        while (w.startsWith("./") || w.startsWith("../") || w.startsWith("/")) {
            w = w.substring(w.indexOf('/') + 1);
        }
        String p = Keys.linkText(path);
        String linkText = Keys.linkText(w);
        return p.equals(linkText) || p.endsWith("/" + linkText);
    }

    /**
     * The link text that opens {@code file} from a note in {@code sourceFolder}, written as Obsidian
     * writes a new link there under the vault's "New link format": the full vault path
     * ({@code Interviews/Globex/Debrief}) for "absolute", the path from the note's folder
     * ({@code ../Globex/Debrief}) for "relative", else {@link #shortestLinkText(VaultFile, String)}. A
     * form that would not open that very file from there falls back to the shortest.
     */
    String linkText(VaultFile file, String sourceFolder) {
        String written = switch (format) {
            case ABSOLUTE -> withoutMd(file, file.path());
            case RELATIVE -> withoutMd(file, MissingTarget.relative(sourceFolder, file.path()));
            case SHORTEST -> null;
        };
        if (written != null) {
            Match m = find(written, sourceFolder);
            if (m.found() && m.tied().isEmpty() && m.best().path().equals(file.path())) {
                return written;
            }
        }
        return shortestLinkText(file, sourceFolder);
    }

    /**
     * A link text that opens {@code file} alone from any note, for naming each of several tied
     * candidates: its vault path under "absolute", else {@link #shortestLinkText(VaultFile)}.
     */
    String uniqueLinkText(VaultFile file) {
        return format == NewLinkFormat.ABSOLUTE ? withoutMd(file, file.path()) : shortestLinkText(file);
    }

    /** A note's path as a wikilink writes it, without ".md"; another file's as it is. */
    private static String withoutMd(VaultFile file, String path) {
        return file.isNote() ? Keys.linkText(path) : path;
    }

    /**
     * The shortest link text that opens {@code file} from a note in {@code sourceFolder}, as Obsidian
     * writes a new link: the bare name when it reaches that file from there ({@code [[Debrief]]} in
     * the Debrief's own folder), else the name with as many parent folders as it takes. Falls back
     * to {@link #shortestLinkText(VaultFile)}.
     */
    String shortestLinkText(VaultFile file, String sourceFolder) {
        String path = Keys.linkText(file.path());
        if (named(Keys.fold(file.fileName())).size() > 1) {
            String[] parts = path.split("/");
            for (int k = parts.length - 1; k >= 0; k--) {
                String candidate = String.join("/", java.util.Arrays.copyOfRange(parts, k, parts.length));
                Match m = find(candidate, sourceFolder);
                if (m.found() && m.tied().isEmpty() && m.best().path().equals(file.path())) {
                    return candidate;
                }
            }
        }
        return shortestLinkText(file);
    }

    /**
     * The shortest link text that reaches {@code file} alone: its name, or the name with as many
     * parent folders as needed to be unique among same-named files ({@code Alpha/Plan}).
     */
    String shortestLinkText(VaultFile file) {
        String path = Keys.linkText(file.path());
        List<Entry> same = named(Keys.fold(file.fileName()));
        if (same.size() <= 1) {
            return Keys.fileName(path);
        }
        String[] parts = path.split("/");
        for (int k = parts.length - 1; k >= 0; k--) {
            String candidate = String.join("/", java.util.Arrays.copyOfRange(parts, k, parts.length));
            String suffix = "/" + Keys.fold(file.isNote() ? candidate + ".md" : candidate);
            int hits = 0;
            for (Entry e : same) {
                if (("/" + e.key()).endsWith(suffix)) {
                    hits++;
                }
            }
            if (hits == 1) {
                return candidate;
            }
        }
        return path;
    }
}
