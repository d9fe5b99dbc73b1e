package io.github.vaultlint.util;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * What is at a path a setting or schema names, told apart before it is read: a folder or a link to
 * nothing was once taken as "absent" with no word, and reading a named pipe blocks forever.
 */
public enum FileKind {
    /** A regular file (also through a symbolic link): safe to read. */
    FILE,
    /** Nothing there, not even a link. */
    ABSENT,
    /** A symbolic link whose target does not exist ({@link #linkTarget} names it). */
    DANGLING_LINK,
    FOLDER,
    /** A named pipe, socket or device. */
    SPECIAL;

    public static FileKind of(Path p) {
        if (Files.isRegularFile(p)) {
            return FILE;
        }
        if (!Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
            return ABSENT;
        }
        if (!Files.exists(p)) {
            return DANGLING_LINK;
        }
        return Files.isDirectory(p) ? FOLDER : SPECIAL;
    }

    /** Where the symbolic link {@code link} points, printable; "a path" when that cannot be read. */
    public static String linkTarget(Path link) {
        try {
            return SafeText.visible(Files.readSymbolicLink(link).toString());
        } catch (IOException | UnsupportedOperationException e) {
            return "a path";
        }
    }
}
