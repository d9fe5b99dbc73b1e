package io.github.vaultlint.cache;

import java.io.IOException;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A file's status-change time (POSIX ctime), which the kernel sets on every write or metadata
 * change and no program can set back. Read through the "unix" attribute view; 0 where there is
 * none (Windows, in-memory file systems) or the file cannot be stat-ed, which {@link StatCache} then
 * compares as equal, so those keep size, time and identity alone. Symbolic links are followed, as
 * the walk follows them for size, time and identity: the target's ctime is the one that changes.
 */
final class Ctime {
    /** Per file system: one without the "unix" view must not turn ctime off for the others (mvnd, tests). */
    private static final Map<FileSystem, Boolean> SUPPORTED = new ConcurrentHashMap<>();

    private Ctime() {
    }

    static long of(Path file) {
        FileSystem fs = file.getFileSystem();
        if (!SUPPORTED.computeIfAbsent(fs, f -> f.supportedFileAttributeViews().contains("unix"))) {
            return 0;
        }
        try {
            Object t = Files.getAttribute(file, "unix:ctime");
            if (t instanceof FileTime ft) {
                Instant i = ft.toInstant();
                return i.getEpochSecond() * 1_000_000_000L + i.getNano();
            }
            return 0;
        } catch (UnsupportedOperationException | IllegalArgumentException | IOException | SecurityException e) {
            return 0;
        }
    }
}
