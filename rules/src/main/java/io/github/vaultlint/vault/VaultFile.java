package io.github.vaultlint.vault;

import java.nio.file.Path;

/**
 * A file found in the vault. {@code path} is vault-relative with '/' separators.
 * {@code linted} is false for files excluded from linting (ignore globs, Obsidian's
 * userIgnoreFilters) which still count as link targets.
 */
public record VaultFile(String path, Path absolute, long size, boolean linted) {

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
