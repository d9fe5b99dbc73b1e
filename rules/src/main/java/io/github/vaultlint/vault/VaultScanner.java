package io.github.vaultlint.vault;

import io.github.vaultlint.util.FileNames;
import io.github.vaultlint.util.IoReason;

import java.io.IOException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Walks the vault: every file is a potential link target, every {@code *.md} a note. Dot-folders
 * ({@code .obsidian}, {@code .git}, {@code .trash}), {@code target/} and the reports and cache of
 * vaultlint itself (when they are written inside the vault) are skipped. Symlinks are
 * followed as Obsidian follows them, except out of the vault: a link to a file or folder outside it
 * is reported and never read. Loops and unreadable folders become problems, not exceptions.
 */
public final class VaultScanner {

    /** What the scan found. Paths are vault-relative with '/' separators, sorted. */
    public record Result(List<VaultFile> files, List<String> folders, List<ScanProblem> problems) {
        /**
         * The same walk with the files {@code excluded} tells marked as not linted (they stay link
         * targets). Applied after the walk, so the walk can run while the configuration loads.
         */
        public Result excluding(Predicate<String> excluded) {
            List<VaultFile> marked = new ArrayList<>(files.size());
            for (VaultFile f : files) {
                marked.add(f.linted() && excluded.test(f.path()) ? f.withLinted(false) : f);
            }
            return new Result(marked, folders, problems);
        }
    }

    /** A file or folder that could not be walked, or whose name is wrong, reported under {@code ruleId}. */
    public record ScanProblem(String ruleId, String path, String message) {
        /** A file or folder that could not be walked ({@code unreadable-file}). */
        public ScanProblem(String path, String message) {
            this("unreadable-file", path, message);
        }
    }

    private final Predicate<String> excluded;
    private final Set<String> own;

    /** @param excluded tells which vault-relative paths are excluded from linting (still link targets) */
    public VaultScanner(Predicate<String> excluded) {
        this(excluded, Set.of());
    }

    /**
     * @param own vault-relative paths of the files and folders vaultlint writes itself (its reports and
     *            cache, when they are inside the vault): skipped, as {@code target/} is
     */
    public VaultScanner(Predicate<String> excluded, Set<String> own) {
        this.excluded = excluded;
        this.own = Set.copyOf(own);
    }

    public Result scan(Path root) throws IOException {
        Path base = root.toAbsolutePath().normalize();
        // A vault given as a symbolic link to its folder (~/notes -> ~/Dropbox/Vault) is walked from its
        // real path: the walk follows no link itself, so it would take the root for a link to a file.
        Path start = Files.isSymbolicLink(base) ? base.toRealPath() : base;
        Walk walk = new Walk(start.toRealPath());
        walk.walk(start, start.toRealPath(), "");
        walk.files.sort((a, b) -> a.path().compareTo(b.path()));
        walk.folders.sort(null);
        walk.problems.sort((a, b) -> a.path().compareTo(b.path()));
        return new Result(walk.files, walk.folders, walk.problems);
    }

    /**
     * One scan. The file tree is walked without following links (one lstat per entry, as following
     * costs too); a symbolic link is resolved where it is met. One that leads out of the vault is
     * reported and never read, a folder link is walked under the link's name, and a folder link back
     * into a folder being walked is a loop.
     */
    private final class Walk {
        final Path realBase;
        final List<VaultFile> files = new ArrayList<>();
        final List<String> folders = new ArrayList<>();
        final List<ScanProblem> problems = new ArrayList<>();
        // Real paths of the folders being walked, outermost first, across linked folders: a link to one
        // of them is a loop.
        final java.util.ArrayDeque<Path> open = new java.util.ArrayDeque<>();

        Walk(Path realBase) {
            this.realBase = realBase;
        }

        /** Walks {@code start} (whose real path is {@code realStart}) as the vault folder {@code startRel}. */
        void walk(Path start, Path realStart, String startRel) throws IOException {
            // The relative path of the folder being walked: a file's is that plus its name (cheaper than
            // relativizing every path, which shows on 10,000 files in a cold JVM).
            java.util.ArrayDeque<String> at = new java.util.ArrayDeque<>();
            Files.walkFileTree(start, EnumSet.noneOf(FileVisitOption.class), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    if (dir.equals(start)) {
                        at.push(startRel);
                        open.push(realStart);
                        return FileVisitResult.CONTINUE;
                    }
                    FileNames.Name n = FileNames.name(dir);
                    String name = n.text();
                    String rel = child(at.peek(), name);
                    if (name.startsWith(".") || rel.equals("target") || own.contains(rel)) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    checkName(n, rel, "folder");
                    folders.add(rel);
                    at.push(rel);
                    // No link was followed below start: the real path is start's plus the same names.
                    open.push(realStart.resolve(start.relativize(dir)));
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException exc) {
                    at.pop();
                    open.pop();
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    FileNames.Name n = FileNames.name(file);
                    String name = n.text();
                    if (name.startsWith(".")) {
                        return FileVisitResult.CONTINUE;
                    }
                    String rel = child(at.peek(), name);
                    if (own.contains(rel)) {
                        return FileVisitResult.CONTINUE;
                    }
                    checkName(n, rel, "file");
                    if (attrs.isSymbolicLink()) {
                        link(file, rel);
                    } else if (attrs.isRegularFile()) {
                        files.add(new VaultFile(rel, file, attrs.size(), !excluded.test(rel), attrs.lastModifiedTime(), identity(attrs)));
                    } else {
                        notRegular(rel);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException exc) {
                    String name = FileNames.name(file).text();
                    if (name.startsWith(".")) {
                        return FileVisitResult.CONTINUE;
                    }
                    String rel = file.equals(start) ? startRel : child(at.peek(), name);
                    problems.add(new ScanProblem(rel, "cannot read " + rel + " (" + IoReason.of(exc)
                            + "); check its permissions"));
                    return FileVisitResult.CONTINUE;
                }
            });
        }

        /** A symbolic link met in the walk, at vault path {@code rel}. */
        private void link(Path link, String rel) {
            if (own.contains(rel)) {
                return;
            }
            Path real;
            try {
                real = link.toRealPath();
            } catch (IOException | SecurityException e) {
                problems.add(new ScanProblem(rel, brokenLink(link, rel))); // dangling, or a loop of links
                return;
            }
            if (!real.startsWith(realBase)) {
                problems.add(new ScanProblem(rel, "symbolic link " + rel + " points outside the vault (to " + target(link)
                        + "), so it was not read: vaultlint never reads outside the vault. Move the file or folder into"
                        + " the vault, or remove the link"));
                return;
            }
            BasicFileAttributes attrs;
            try {
                attrs = Files.readAttributes(real, BasicFileAttributes.class);
            } catch (IOException | SecurityException e) {
                problems.add(new ScanProblem(rel, "cannot read " + rel + " (" + IoReason.of(e)
                        + "); check its permissions"));
                return;
            }
            if (attrs.isDirectory()) {
                if (rel.equals("target")) {
                    return;
                }
                if (open.contains(real)) {
                    problems.add(new ScanProblem(rel, "symbolic link loop: " + rel
                            + " points back to a folder that contains it; it was not followed. Remove or retarget the link"));
                    return;
                }
                folders.add(rel);
                try {
                    walk(real, real, rel);
                } catch (IOException e) {
                    problems.add(new ScanProblem(rel, "cannot read " + rel + " (" + IoReason.of(e)
                            + "); check its permissions"));
                }
            } else if (attrs.isRegularFile()) {
                // The real path is read later: the link itself could be pointed elsewhere meanwhile.
                files.add(new VaultFile(rel, real, attrs.size(), !excluded.test(rel), attrs.lastModifiedTime(), identity(attrs)));
            } else {
                notRegular(rel);
            }
        }

        /**
         * A name that is not UTF-8 (written by a tool using Latin-1, say): Obsidian shows it garbled and
         * no link can name it. The file is still read; the name is reported once, where it is.
         */
        private void checkName(FileNames.Name n, String rel, String what) {
            if (!n.utf8()) {
                problems.add(new ScanProblem("invalid-encoding", rel, String.format(
                        "%s name \"%s\" is not valid UTF-8 (byte 0x%02X after \"%s\"), so Obsidian shows it garbled and no link"
                                + " can reach it; rename the %s", what, n.text(), n.badByte(), n.before(), what)));
            }
        }

        private void notRegular(String rel) {
            // A named pipe, socket or device: never opened (reading a pipe would block the run).
            problems.add(new ScanProblem(rel, "not a regular file: " + rel + " is a named pipe, socket or device; "
                    + "vaultlint reads only regular files. Replace it with a regular file or remove it"));
        }
    }

    /** What a link says it points to, as written (it is in the vault already), for a message. */
    private static String target(Path link) {
        try {
            return Files.readSymbolicLink(link).toString().replace('\\', '/');
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return "a path outside it";
        }
    }

    /** Hops followed before a chain of links counts as a loop (Linux gives up after 40). */
    private static final int MAX_HOPS = 40;

    /**
     * Why the symbolic link {@code link} leads nowhere: a loop of links (one pointing to itself, or a
     * chain that comes back), or a target that does not exist. Follows the chain by hand, link by
     * link, so a loop is told from a dangling link.
     */
    static String brokenLink(Path link, String rel) {
        Set<Path> seen = new HashSet<>();
        List<Path> chain = new ArrayList<>();
        Path p = link.toAbsolutePath().normalize();
        try {
            for (int hops = 0; hops <= MAX_HOPS; hops++) {
                if (!seen.add(p)) {
                    chain.add(p);
                    return "symbolic link loop: " + rel + (hops == 1 ? " points to itself" : " leads round in a circle ("
                            + chain(link, chain) + ")") + ", so it never reaches a file; remove the link or point it at a file";
                }
                chain.add(p);
                if (!Files.isSymbolicLink(p)) {
                    break;
                }
                Path parent = p.getParent();
                Path target = Files.readSymbolicLink(p);
                p = (parent == null ? target : parent.resolve(target)).toAbsolutePath().normalize();
            }
        } catch (IOException | SecurityException e) {
            // fall through: the chain could not be followed to its end
        }
        if (seen.size() > MAX_HOPS) {
            return "symbolic link loop: " + rel + " leads through more than " + MAX_HOPS
                    + " symbolic links without reaching a file; remove the link or point it at a file";
        }
        return "dangling symbolic link: " + rel + " points to a path that does not exist; remove it or fix its target";
    }

    /** "loop2.md -> loop1 -> loop2.md", each link named relative to the first one's folder. */
    private static String chain(Path link, List<Path> chain) {
        Path dir = link.toAbsolutePath().normalize().getParent();
        StringBuilder sb = new StringBuilder();
        for (Path p : chain) {
            if (sb.length() > 0) {
                sb.append(" -> ");
            }
            sb.append(dir != null && p.startsWith(dir) ? dir.relativize(p).toString().replace('\\', '/') : p.toString());
        }
        return sb.toString();
    }

    private static String child(String folder, String name) {
        return folder.isEmpty() ? name : folder + "/" + name;
    }

    /**
     * What tells this file from another at the same path: its file key (device and inode), or where
     * the file system has none (Windows) its creation time, so a note replaced by a rename with the
     * same size and time is still seen as a different file.
     */
    static Object identity(BasicFileAttributes attrs) {
        Object key = attrs.fileKey();
        return key != null ? key : attrs.creationTime();
    }
}
