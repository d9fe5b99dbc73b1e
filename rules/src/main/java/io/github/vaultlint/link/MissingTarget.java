package io.github.vaultlint.link;

import io.github.vaultlint.vault.Link;
import io.github.vaultlint.vault.NewLinkFormat;
import io.github.vaultlint.vault.Note;
import io.github.vaultlint.vault.VaultFile;
import io.github.vaultlint.vault.VaultIndex;
import io.github.vaultlint.vault.YamlNode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Explains a link whose file was not found: what was looked for and where, then the most useful
 * hint with a basis, in this order: the target is a folder; it is another note's alias; it is an
 * attachment written without its extension; a file of that name exists at another path; a name
 * within a small edit distance or sharing most words. Built lazily, on the first broken link.
 */
final class MissingTarget {
    private final VaultIndex vault;
    private final FileLookup lookup;
    private final Map<String, List<String>> foldersByName = new HashMap<>();
    private final Map<String, String> foldersByPath = new HashMap<>();
    private final Map<String, List<Alias>> aliases = new HashMap<>();
    private final Map<String, List<VaultFile>> attachmentsByStem = new HashMap<>();
    /** A host name written without "https://": "www.…", or a name ending in a common top-level domain, then an optional path. */
    private static final java.util.regex.Pattern WEB_ADDRESS = java.util.regex.Pattern.compile(
            "(?i)(?:www\\.[a-z0-9-]+(?:\\.[a-z0-9-]+)+|[a-z0-9-]+(?:\\.[a-z0-9-]+)*\\.(?:com|org|net|io|dev|edu|gov))(?:/[^\\s]*)?");
    private final NameSuggester notes;
    private final NameSuggester attachments;
    /** A note's anchors (null when it could not be parsed), shared with the resolver's cache. */
    private final java.util.function.Function<VaultFile, NoteAnchors> anchors;
    // Entries the scan could not take as files (a symbolic link out of the vault, a loop, a dangling
    // link, a pipe), by folded file name: a link to one is told why, not that nothing is there.
    private final Map<String, List<String>> unreadableByName = new HashMap<>();
    // The same entries by folded vault path: a link through one (a folder link out of the vault, a
    // folder that cannot be listed) is told that, not that nothing is there.
    private final Map<String, String> unreadableByPath = new HashMap<>();

    private record Alias(String text, VaultFile note) {
    }

    MissingTarget(VaultIndex vault, FileLookup lookup, java.util.function.Function<VaultFile, NoteAnchors> anchors) {
        this.vault = vault;
        this.lookup = lookup;
        this.anchors = anchors;
        for (String folder : vault.folders()) {
            String key = Keys.fold(folder);
            foldersByPath.put(key, folder);
            foldersByName.computeIfAbsent(Keys.fileName(key), k -> new ArrayList<>()).add(folder);
        }
        for (Note n : vault.notes()) {
            VaultFile f = vault.file(n.path());
            if (n.frontmatter() == null || f == null) {
                continue;
            }
            for (String a : aliasTexts(n)) {
                aliases.computeIfAbsent(Keys.fold(a), k -> new ArrayList<>()).add(new Alias(a, f));
            }
        }
        for (VaultIndex.VaultProblem p : vault.problems()) {
            if ("unreadable-file".equals(p.ruleId())) {
                unreadableByName.computeIfAbsent(Keys.fold(Keys.fileName(p.path())), k -> new ArrayList<>()).add(p.path());
                unreadableByPath.putIfAbsent(Keys.fold(p.path()), p.path());
            }
        }
        for (VaultFile f : vault.files()) {
            String name = f.fileName();
            int dot = name.lastIndexOf('.');
            if (!f.isNote() && dot > 0) {
                attachmentsByStem.computeIfAbsent(Keys.fold(name.substring(0, dot)), k -> new ArrayList<>()).add(f);
            }
        }
        this.notes = new NameSuggester(vault.files(), true);
        this.attachments = new NameSuggester(vault.files(), false);
    }

    /**
     * The unreadable entry (reported by the scan) that {@code path} goes through as a folder, from the
     * vault root or from the note's folder, or null.
     */
    private String unreadableFolder(Note from, String path) {
        if (unreadableByPath.isEmpty()) {
            return null;
        }
        String here = from.folder();
        for (int slash = path.indexOf('/'); slash > 0; slash = path.indexOf('/', slash + 1)) {
            String prefix = path.substring(0, slash);
            String hit = unreadableByPath.get(Keys.fold(prefix));
            if (hit == null && !here.isEmpty()) {
                hit = unreadableByPath.get(Keys.fold(here + "/" + prefix));
            }
            if (hit != null) {
                return hit;
            }
        }
        return null;
    }

    /** The note's {@code aliases} and {@code alias} texts, in that order. */
    static List<String> aliasTexts(Note n) {
        if (n.frontmatter() == null) {
            return List.of();
        }
        List<String> out = aliasTexts(n.frontmatter().get("aliases"));
        out.addAll(aliasTexts(n.frontmatter().get("alias")));
        return out;
    }

    private static List<String> aliasTexts(YamlNode v) {
        List<String> out = new ArrayList<>();
        if (v == null) {
            return out;
        }
        if (v.kind() == YamlNode.Kind.SEQUENCE) {
            for (YamlNode item : v.items()) {
                if (item.isScalar() && item.value() != null && !String.valueOf(item.value()).isBlank()) {
                    out.add(String.valueOf(item.value()).strip());
                }
            }
        } else if (v.isScalar() && v.value() != null) {
            for (String part : String.valueOf(v.value()).split(",")) {
                if (!part.isBlank()) {
                    out.add(part.strip());
                }
            }
        }
        return out;
    }

    String explain(Note from, Link link, String target, FileLookup.Match m) {
        String path = stripTrailingSlashes(target);
        String name = Keys.fileName(path);
        String folded = Keys.fold(name);
        // "." and ".." name folders relative to the note, never a file name to look up vault-wide.
        boolean bare = path.indexOf('/') < 0 && !path.equals(".") && !path.equals("..");
        String folder = folder(from, path, bare);
        if ("".equals(folder)) {
            return "points to " + LinkText.quote(target) + ", which is the vault's root folder, not a file; "
                    + "Obsidian links only to files. Link to a note in it instead";
        }
        if (folder != null) {
            String start = "points to " + LinkText.quote(target) + ", which is the folder \"" + folder + "\", not a file; "
                    + "Obsidian links only to files. ";
            // "[[Projects/]]" beside Projects.md: the trailing '/' is all that keeps it from the note.
            FileLookup.Match note = path.equals(target) ? null : link.kind() == Link.Kind.MARKDOWN
                    ? lookup.findMarkdown(path, from.folder()) : lookup.find(path, from.folder());
            if (note != null && note.found() && note.tied().isEmpty()) {
                String written = link.kind() == Link.Kind.MARKDOWN && note.best().isNote() && !hasRealExtension(name)
                        ? path + ".md" : path;
                return start + "Did you mean " + LinkText.withTarget(link, written) + ", the file " + note.best().path() + "?";
            }
            // [[Obsidian Sync]] for the folder holding the note whose alias that is: the alias is meant.
            String aliasHint = aliasHint(from, link, path, name, bare);
            if (aliasHint != null) {
                return start + aliasHint;
            }
            return start + "Link to a note inside it, or create \"" + folder + ".md\"";
        }
        List<String> unreadable = unreadableByName.get(folded);
        if (unreadable == null && name.indexOf('.') < 0) {
            unreadable = unreadableByName.get(folded + ".md");
        }
        if (unreadable != null) {
            return "points to " + LinkText.quote(target) + ", which is " + unreadable.get(0) + ", a name in the vault that"
                    + " vaultlint does not read as a file (see its unreadable-file finding); fix that, or link to another note";
        }
        String through = unreadableFolder(from, path);
        if (through != null) {
            return "points to " + LinkText.quote(target) + ", which is inside " + through + ", a folder in the vault that"
                    + " vaultlint does not read (see its unreadable-file finding); fix that, or link to another note";
        }
        StringBuilder sb = new StringBuilder("points to ").append(LinkText.quote(target))
                .append(", which does not exist in the vault").append(lookedFor(from, link, path));
        VaultFile hashed = hashInName(from, link);
        if (hashed != null) {
            return sb.append("; the file ").append(hashed.path()).append(" exists, but the '#' in the link starts a heading, ")
                    .append("so the link never reaches it (Obsidian warns about '#' in file names): rename the file ")
                    .append("without '#' and link to the new name").toString();
        }
        if (link.kind() != Link.Kind.MARKDOWN && path.startsWith("^^")) {
            return sb.append("; [[^^ is Obsidian's search for a block in every note, which works only while typing: ")
                    .append("pick a block from its list, and Obsidian writes the link as [[Note#^block-id]]").toString();
        }
        VaultFile piped = pipeInName(from, link);
        if (piped != null) {
            return sb.append("; the file ").append(piped.path()).append(" exists, but the '|' in the link starts its display text, ")
                    .append("so the link never reaches it (Obsidian does not allow '|' in file names): rename the file ")
                    .append("without '|' and link to the new name").toString();
        }
        String blockLink = caretBlock(from, link, path);
        if (blockLink != null) {
            return sb.append("; a block id needs '#' before its '^': did you mean ").append(blockLink).append("?").toString();
        }
        if (bare && link.anchor() == null && path.indexOf('.') < 0 && ownHeading(from, path)) {
            // [[Retro Notes]] for this note's "## Retro Notes": a link to a heading needs its '#'.
            return sb.append("; this note has a heading ").append(LinkText.quote(path)).append(": did you mean ")
                    .append(LinkText.withTargetAndAnchor(link, "", path)).append("?").toString();
        }
        if (link.kind() != Link.Kind.MARKDOWN && path.indexOf('%') >= 0) {
            // [[My%20Note]]: a Markdown-style path pasted into a wikilink, which Obsidian takes literally.
            String decoded = io.github.vaultlint.parse.NoteParser.percentDecode(path);
            boolean writable = decoded.chars().noneMatch(c -> c == '#' || c == '|' || c == '[' || c == ']');
            if (!decoded.equals(path) && writable && lookup.find(decoded, from.folder()).found()) {
                return sb.append("; a wikilink is not percent-decoded (only Markdown links are): did you mean ")
                        .append(LinkText.withTarget(link, decoded)).append("?").toString();
            }
        }
        if (link.kind() != Link.Kind.MARKDOWN && path.indexOf('&') >= 0) {
            // [[R&amp;D]]: a name copied from HTML or a Markdown link; Obsidian takes a wikilink's text as written.
            String decoded = io.github.vaultlint.parse.LinkDestination.decodeReferences(path);
            boolean writable = decoded.chars().noneMatch(c -> c == '#' || c == '|' || c == '[' || c == ']');
            if (!decoded.equals(path) && writable && lookup.find(decoded, from.folder()).found()) {
                return sb.append("; a wikilink does not decode HTML character references such as &amp; (only Markdown links do):"
                        + " did you mean ").append(LinkText.withTarget(link, decoded)).append("?").toString();
            }
        }
        String hidden = hiddenSegment(path);
        if (hidden != null) {
            // [[.private/Secret]]: the file may well be on disk, but Obsidian never indexes it.
            return sb.append("; ").append(LinkText.quote(hidden)).append(hidden.equalsIgnoreCase(".trash")
                    ? " is Obsidian's trash folder, which it does not index, so no link reaches a file there: restore the "
                    + "file from the trash, or link to another one"
                    : " starts with '.', and Obsidian does not index hidden files and folders, so no link reaches it: "
                    + "rename it without the leading '.'").toString();
        }
        if (link.kind() == Link.Kind.MARKDOWN && WEB_ADDRESS.matcher(path).matches()) {
            // [site](www.example.com): without a scheme Obsidian reads a path in the vault, not a web page.
            return sb.append("; a web address needs its scheme, or Obsidian looks for a file: did you mean ")
                    .append(LinkText.withTarget(link, "https://" + path)).append("?").toString();
        }
        String aliasHint = aliasHint(from, link, path, name, bare);
        if (aliasHint != null) {
            return sb.append("; ").append(aliasHint).toString();
        }
        String noMd = Keys.fold(Keys.linkText(name));
        if (name.indexOf('.') < 0) {
            List<VaultFile> withExt = attachmentsByStem.get(folded);
            if (withExt != null) {
                VaultFile f = nearest(from, withExt.get(0));
                return sb.append("; only notes can be linked without their extension: did you mean ")
                        .append(suggest(from, link, f)).append("?").toString();
            }
        }
        if (!m.bucket().isEmpty()) {
            List<String> where = new ArrayList<>();
            for (FileLookup.Entry e : m.bucket()) {
                if (where.size() == 3) {
                    where.add("…");
                    break;
                }
                where.add(e.file().path());
            }
            sb.append(m.bucket().size() == 1 ? "; a file with that name exists at " : "; files with that name exist at ")
                    .append(String.join(", ", where));
            VaultFile f = closestPath(path, m.bucket());
            if (f != null) {
                return sb.append(": did you mean ").append(suggestWithAnchor(from, link, f)).append("?")
                        .append(LinkText.lookalikes(Keys.linkText(path), Keys.linkText(f.path()))).toString();
            }
            return sb.append(": write the path of the one you mean").toString();
        }
        boolean attachment = hasRealExtension(name) && !name.toLowerCase(java.util.Locale.ROOT).endsWith(".md");
        VaultFile near = nearest(from, (attachment ? attachments : notes).closest(attachment ? folded : noMd));
        char unwritable = near == null || link.kind() == Link.Kind.MARKDOWN ? 0 : unwritable(near.linkName());
        if (unwritable != 0) {
            // Never suggest a wikilink that breaks again: [[C# Basics]] would look for "C".
            return sb.append("; the closest file, ").append(near.path()).append(", has a '").append(unwritable)
                    .append("' in its name, which a wikilink cannot hold: rename it without '").append(unwritable)
                    .append("' and link to the new name").toString();
        }
        if (near != null) {
            return sb.append("; did you mean ").append(suggestWithAnchor(from, link, near)).append("?")
                    .append(LinkText.lookalikes(Keys.linkText(name), Keys.linkText(near.fileName()))).toString();
        }
        return sb.append(attachment ? "; add the file to the vault or fix the link" : "; create the note or fix the link")
                .toString();
    }

    /**
     * The file a wikilink names when its '|' is read as part of the name ({@code [[Q3|Q4 plan]]} for
     * "Q3|Q4 plan.md", a name made outside Obsidian), or null. Such a file exists, but the '|' makes
     * the rest the link's display text.
     */
    private VaultFile pipeInName(Note from, Link link) {
        if (link.kind() == Link.Kind.MARKDOWN || link.alias() == null) {
            return null;
        }
        String raw = link.raw();
        int open = raw.indexOf("[[");
        int close = raw.lastIndexOf("]]");
        if (open < 0 || close < open + 2) {
            return null;
        }
        String whole = raw.substring(open + 2, close).strip();
        if (whole.indexOf('#') >= 0) {
            return null; // "[[Note#Part|text]]": the '|' comes after an anchor, so it is the alias
        }
        FileLookup.Match m = lookup.find(whole.replace("\\|", "|").replace('\\', '/'), from.folder());
        return m.found() ? m.best() : null;
    }

    /**
     * The file the link names when its '#' is read as part of the name ({@code [[C# Basics]]} for
     * "C# Basics.md"), or null. Such a file exists, but the '#' makes the rest an anchor.
     */
    private VaultFile hashInName(Note from, Link link) {
        if (link.anchor() == null) {
            return null;
        }
        String whole;
        if (link.kind() == Link.Kind.MARKDOWN) {
            whole = link.target() + "#" + link.anchor();
        } else {
            String raw = link.raw();
            int open = raw.indexOf("[[");
            int close = raw.lastIndexOf("]]");
            if (open < 0 || close < open + 2) {
                return null;
            }
            whole = raw.substring(open + 2, close);
            int pipe = whole.indexOf('|');
            whole = pipe < 0 ? whole : whole.substring(0, whole.charAt(Math.max(0, pipe - 1)) == '\\' ? pipe - 1 : pipe);
            whole = whole.strip();
        }
        whole = whole.replace('\\', '/');
        FileLookup.Match m = link.kind() == Link.Kind.MARKDOWN ? lookup.findMarkdown(whole, from.folder())
                : lookup.find(whole, from.folder());
        return m.found() ? m.best() : null;
    }

    /**
     * The link written with the '#' it lacks before a block id ({@code [[Prep^probe-id]]} for
     * {@code [[Prep#^probe-id]]}, {@code [[^probe-id]]} for {@code [[#^probe-id]]}), when the note
     * before the '^' (this one when nothing is) defines that block; else null. Obsidian allows no '^'
     * in file names, so such a link never opens a file.
     */
    private String caretBlock(Note from, Link link, String path) {
        int caret = path.indexOf('^');
        if (caret < 0 || link.anchor() != null) {
            return null;
        }
        String id = path.substring(caret + 1).strip();
        if (id.isEmpty() || !id.chars().allMatch(c -> c == '-' || (c < 128 && Character.isLetterOrDigit(c)))) {
            return null;
        }
        String note = path.substring(0, caret).strip();
        VaultFile file;
        if (note.isEmpty()) {
            file = vault.file(from.path());
        } else {
            FileLookup.Match m = link.kind() == Link.Kind.MARKDOWN ? lookup.findMarkdown(note, from.folder())
                    : lookup.find(note, from.folder());
            file = m.found() && m.tied().isEmpty() ? m.best() : null;
        }
        NoteAnchors a = file == null || !file.isNote() ? null : anchors.apply(file);
        if (a == null || !a.blockIds.contains(id.toLowerCase(java.util.Locale.ROOT))) {
            return null;
        }
        return LinkText.withTargetAndAnchor(link, note, "^" + id);
    }

    /** True when the linking note has a heading that reads like {@code text}, as a link compares headings. */
    private boolean ownHeading(Note from, String text) {
        VaultFile self = vault.file(from.path());
        NoteAnchors a = self == null ? null : anchors.apply(self);
        return a != null && a.headingKeySet.contains(HeadingKey.of(text));
    }

    /** The first segment of {@code path} whose name starts with '.' ({@code ".private"}, never "." or ".."), or null. */
    private static String hiddenSegment(String path) {
        for (String seg : path.split("/")) {
            if (seg.length() > 1 && seg.charAt(0) == '.' && !seg.equals("..")) {
                return seg;
            }
        }
        return null;
    }

    /** The first character of {@code name} that ends a wikilink's target ('#', '|', '[' or ']'), or 0. */
    private static char unwritable(String name) {
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '#' || c == '|' || c == '[' || c == ']') {
                return c;
            }
        }
        return 0;
    }

    /** The only same-named file, or the one whose path is clearly closest to what was written; else null. */
    private static VaultFile closestPath(String written, List<FileLookup.Entry> bucket) {
        if (bucket.size() == 1) {
            return bucket.get(0).file();
        }
        String w = Keys.fold(Keys.linkText(written.startsWith("/") ? written.substring(1) : written));
        int limit = Math.max(1, Math.min(4, w.length() / 3));
        VaultFile best = null;
        int bestD = Integer.MAX_VALUE;
        boolean tie = false;
        for (FileLookup.Entry e : bucket) {
            int d = io.github.vaultlint.util.Suggest.distance(w, Keys.linkText(e.key()), limit);
            if (d < bestD) {
                best = e.file();
                bestD = d;
                tie = false;
            } else if (d == bestD) {
                tie = true;
            }
        }
        return bestD <= limit && !tie ? best : null;
    }

    /**
     * Where Obsidian looked, in vault paths, when it is more than "a file of that name anywhere": a
     * rooted, relative or folder path, or a dotted name that was tried with and without .md. "" for a
     * plain name.
     */
    private String lookedFor(Note from, Link link, String path) {
        String name = Keys.fileName(path);
        boolean real = hasRealExtension(name);
        if (path.startsWith("/")) {
            return " (a leading / means exactly " + LinkText.quote((real ? path : withMd(path)).substring(1))
                    + " from the vault root)";
        }
        boolean markdown = link.kind() == Link.Kind.MARKDOWN && !from.folder().isEmpty() && path.indexOf('/') >= 0;
        if (path.startsWith("./") || path.startsWith("../") || markdown) {
            String resolved = normalize(from.folder(), path);
            String shown = resolved == null ? path : (real ? resolved : withMd(resolved));
            String inVault = real ? path : withMd(path);
            return " (looked for the vault path " + LinkText.quote(shown) + ", which is " + LinkText.quote(path)
                    + (from.folder().isEmpty() ? " from the vault root, this note's folder"
                            : " from this note's folder \"" + from.folder() + "\"")
                    + (path.startsWith(".") ? "" : ", then for " + LinkText.quote(inVault) + " from the vault root")
                    + ", then for a path ending in " + LinkText.quote("/" + (path.startsWith(".") ? shown : inVault)) + ")";
        }
        if (path.indexOf('/') >= 0) {
            String shown = real ? path : withMd(path);
            return " (looked for " + LinkText.quote(shown) + " from the vault root, then for a path ending in "
                    + LinkText.quote("/" + shown) + ")";
        }
        if (name.indexOf('.') >= 0 && !real) {
            return " (looked for " + LinkText.quote(path) + " and " + LinkText.quote(withMd(path)) + ")";
        }
        return "";
    }

    private String folder(Note from, String path, boolean bare) {
        if (path.isEmpty()) {
            return null;
        }
        if (bare) {
            List<String> named = foldersByName.get(Keys.fold(path));
            return named == null ? null : named.get(0);
        }
        String p = path;
        String base = from.folder();
        if (p.startsWith("/")) {
            p = p.substring(1);
            base = "";
        } else if (!p.startsWith("./") && !p.startsWith("../")) {
            String atRoot = foldersByPath.get(Keys.fold(p));
            if (atRoot != null) {
                return atRoot;
            }
        }
        String resolved = normalize(base, p);
        if (resolved != null && resolved.isEmpty()) {
            return ""; // "./" from a note at the root, "../" from one a level down: the vault root
        }
        return resolved == null ? null : foldersByPath.get(Keys.fold(resolved));
    }

    /** Joins and normalises "." and ".." segments; null when it climbs above the root. */
    static String normalize(String base, String rel) {
        List<String> parts = new ArrayList<>();
        if (!base.isEmpty()) {
            parts.addAll(List.of(base.split("/")));
        }
        for (String s : rel.split("/")) {
            if (s.isEmpty() || s.equals(".")) {
                continue;
            }
            if (s.equals("..")) {
                if (parts.isEmpty()) {
                    return null;
                }
                parts.remove(parts.size() - 1);
            } else {
                parts.add(s);
            }
        }
        return String.join("/", parts);
    }

    private String suggest(Note from, Link link, VaultFile f) {
        return suggest(from, link, f, link.anchor());
    }

    private String suggest(Note from, Link link, VaultFile f, String anchor) {
        if (link.kind() == Link.Kind.MARKDOWN) {
            // Keep the user's style: rooted stays rooted, otherwise the vault's own format (its path in the vault
            // under "absolute", else relative to the note's folder).
            String dest = link.target().startsWith("/") ? "/" + f.path()
                    : lookup.format() == NewLinkFormat.ABSOLUTE ? f.path() : relative(from.folder(), f.path());
            return LinkText.withTargetAndAnchor(link, dest, anchor) + ", the file " + f.path();
        }
        return LinkText.withTargetAndAnchor(link, lookup.linkText(f, from.folder()), anchor);
    }

    /**
     * {@link #suggest} for another file, never a link that is broken too: when that note lacks the
     * link's heading or block, the suggestion leaves the anchor out and says so.
     */
    private String suggestWithAnchor(Note from, Link link, VaultFile f) {
        NoteAnchors na = link.anchor() == null || link.anchor().isEmpty() || !f.isNote() ? null : anchors.apply(f);
        NoteAnchors.Lookup l = na == null ? null : na.find(link.anchor());
        if (l == null || l.found()) {
            return suggest(from, link, f);
        }
        String what = missing(l);
        return suggest(from, link, f, null) + " (it has no " + what + " either, so that link leaves it out)";
    }

    /**
     * Of the files named like {@code f} (null for none), the one nearest the linking note: the one
     * sharing the most folders with it, then the one its bare name opens from there, then {@code f}.
     * Each company folder may have its own Debrief: a typo in Globex/Onsite.md means Globex/Debrief.md,
     * not Acme/Debrief.md, whose path merely sorts first.
     */
    private VaultFile nearest(Note from, VaultFile f) {
        List<FileLookup.Entry> same = f == null ? List.of() : lookup.named(Keys.fold(f.fileName()));
        if (same.size() < 2) {
            return f;
        }
        FileLookup.Match bare = lookup.find(f.isNote() ? Keys.linkText(f.fileName()) : f.fileName(), from.folder());
        String opened = bare.found() && bare.tied().isEmpty() ? bare.best().path() : null;
        VaultFile best = f;
        int most = sharedFolders(from.folder(), f.path());
        for (FileLookup.Entry e : same) {
            int shared = sharedFolders(from.folder(), e.file().path());
            if (shared > most || (shared == most && e.file().path().equals(opened))) {
                best = e.file();
                most = shared;
            }
        }
        return best;
    }

    /** How many leading folders {@code path} has in common with {@code folder}, compared as links are. */
    private static int sharedFolders(String folder, String path) {
        String[] a = Keys.fold(folder).split("/");
        String[] b = Keys.fold(Keys.parent(path)).split("/");
        int n = 0;
        while (n < a.length && n < b.length && !a[n].isEmpty() && a[n].equals(b[n])) {
            n++;
        }
        return n;
    }

    /** Path from {@code folder} to {@code path} using "../" as needed. */
    static String relative(String folder, String path) {
        if (folder.isEmpty()) {
            return path;
        }
        String[] from = folder.split("/");
        String[] to = path.split("/");
        int common = 0;
        while (common < from.length && common < to.length - 1 && from[common].equals(to[common])) {
            common++;
        }
        StringBuilder sb = new StringBuilder();
        for (int i = common; i < from.length; i++) {
            sb.append("../");
        }
        for (int i = common; i < to.length; i++) {
            sb.append(to[i]);
            if (i < to.length - 1) {
                sb.append('/');
            }
        }
        return sb.toString();
    }

    /**
     * "\"K8s\" is an alias of Kubernetes.md, but Obsidian does not resolve aliases in links. Write
     * [[Kubernetes|K8s]]" when the link's text is a note's alias, else null.
     */
    private String aliasHint(Note from, Link link, String path, String name, boolean bare) {
        String noMd = Keys.fold(Keys.linkText(name));
        List<Alias> alias = aliases.get(bare ? noMd : Keys.fold(Keys.linkText(path)));
        if (alias == null && !bare) {
            alias = aliases.get(noMd);
        }
        if (alias == null) {
            return null;
        }
        Alias a = alias.get(0);
        String real = lookup.linkText(a.note(), from.folder());
        StringBuilder sb = new StringBuilder("\"").append(Keys.linkText(name)).append("\" is an alias of ")
                .append(a.note().path()).append(", but Obsidian does not resolve aliases in links. Write ");
        NoteAnchors na = link.anchor() == null || !a.note().isNote() ? null : anchors.apply(a.note());
        NoteAnchors.Lookup l = na == null ? null : na.find(link.anchor());
        if (l == null || l.found()) {
            return sb.append(wikiWithAlias(link, real, a.text(), link.anchor())).toString();
        }
        // Never suggest a link that is broken too: drop the anchor that note does not have, and say so.
        String what = missing(l);
        return sb.append(wikiWithAlias(link, real, a.text(), null)).append("; it has no ").append(what)
                .append(" either, so that link leaves it out").toString();
    }

    /** What a note lacks for a lookup that failed: {@code heading "X"}, {@code heading "#A#B"} or {@code block ^id}. */
    private static String missing(NoteAnchors.Lookup l) {
        String[] parts = l.parts();
        return l.block() ? "block " + parts[0]
                : "heading " + LinkText.quote(parts.length == 1 ? parts[0] : "#" + String.join("#", parts));
    }

    /** The link to {@code real} showing {@code alias}, with {@code linkAnchor} (null for none). */
    private static String wikiWithAlias(Link link, String real, String alias, String linkAnchor) {
        if (link.kind() == Link.Kind.MARKDOWN) {
            return LinkText.withTargetAndAnchor(link, real + ".md", linkAnchor);
        }
        String pipe = link.raw().contains("\\|") ? "\\|" : "|";
        String anchor = linkAnchor == null || linkAnchor.isEmpty() ? "" : "#" + linkAnchor;
        return (link.embed() ? "!" : "") + "[[" + real + anchor + pipe + (link.alias() != null ? link.alias() : alias) + "]]";
    }

    private static String stripTrailingSlashes(String s) {
        int end = s.length();
        while (end > 1 && s.charAt(end - 1) == '/') {
            end--;
        }
        return s.substring(0, end);
    }

    private static String withMd(String path) {
        return path.toLowerCase(java.util.Locale.ROOT).endsWith(".md") ? path : path + ".md";
    }

    /**
     * True when the name ends in something that looks like a file extension (".png", ".pdf", ".md",
     * ".7z"). A version number's last part is not one: [[v0.1.0]] and [[Release 2.0]] name notes.
     */
    static boolean hasRealExtension(String name) {
        int dot = name.lastIndexOf('.');
        if (dot <= 0 || dot == name.length() - 1 || name.length() - dot > 6) {
            return false;
        }
        boolean letter = false;
        for (int i = dot + 1; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!Character.isLetterOrDigit(c)) {
                return false;
            }
            letter |= Character.isLetter(c);
        }
        return letter;
    }
}
