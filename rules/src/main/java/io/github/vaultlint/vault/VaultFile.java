package io.github.vaultlint.vault;

import java.nio.file.Path;
import java.nio.file.attribute.FileTime;

/**
 * A file found in the vault. {@code path} is vault-relative with '/' separators.
 * {@code linted} is false for files excluded from linting (ignore globs, Obsidian's
 * userIgnoreFilters) which still count as link targets. {@code modified} and {@code fileKey} are
 * what the walk's stat gave (null when unknown; {@code fileKey} is the creation time where the file
 * system has no file key): with the size, they tell the note cache a file is unchanged since an
 * earlier run without reading it.
 */
public record VaultFile(String path, Path absolute, long size, boolean linted, FileTime modified, Object fileKey) {

    /** A file whose time and identity are unknown: never taken as unchanged. */
    public VaultFile(String path, Path absolute, long size, boolean linted) {
        this(path, absolute, size, linted, null, null);
    }

    /** This file with {@code linted} set as given. */
    public VaultFile withLinted(boolean linted) {
        return new VaultFile(path, absolute, size, linted, modified, fileKey);
    }

    public boolean isNote() {
        return isMarkdownPath(path);
    }

    /** File name with extension, e.g. {@code Note.md}. */
    public String fileName() {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? path : path.substring(slash + 1);
    }

    /** Folder part of the path, "" at the vault root. */
    public String folder() {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "" : path.substring(0, slash);
    }

    /** Name Obsidian shows: the file name without {@code .md} for notes, the full file name otherwise. */
    public String linkName() {
        String name = fileName();
        return isNote() ? name.substring(0, name.length() - 3) : name;
    }

    public static boolean isMarkdownPath(String p) {
        return p.regionMatches(true, p.length() - 3, ".md", 0, 3) && p.length() > 3;
    }
}
