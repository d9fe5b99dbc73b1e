package io.github.vaultlint.cache;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;

/**
 * A file's status-change time (POSIX ctime), which the kernel sets on every write or metadata
 * change and no program can set back. Read through the "unix" attribute view; 0 where there is
 * none (Windows) or the file cannot be stat-ed, which {@link StatCache} then compares as equal, so
 * those platforms keep size, time and identity alone.
 */
final class Ctime {
    private static volatile boolean supported = true;

    private Ctime() {
    }

    static long of(Path file) {
        if (!supported) {
            return 0;
        }
        try {
            Object t = Files.getAttribute(file, "unix:ctime", LinkOption.NOFOLLOW_LINKS);
            if (t instanceof FileTime ft) {
                Instant i = ft.toInstant();
                return i.getEpochSecond() * 1_000_000_000L + i.getNano();
            }
            return 0;
        } catch (UnsupportedOperationException | IllegalArgumentException e) {
            supported = false; // no "unix" view on this platform: never ask again
            return 0;
        } catch (IOException | SecurityException e) {
            return 0;
        }
    }
}
