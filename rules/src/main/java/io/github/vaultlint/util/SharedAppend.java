package io.github.vaultlint.util;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Appends a block of bytes to a file that others append to at the same time, such as
 * {@code $GITHUB_STEP_SUMMARY} under {@code mvn -T 2} with two vault modules: the block lands whole,
 * never interleaved with another writer's. An O_APPEND write alone is not enough (a large write may
 * be split, and a channel may need several writes), so the block is written under a JVM-wide lock
 * (modules of one parallel build share this JVM) and an exclusive {@link FileLock} on the file
 * (another process may append too).
 */
public final class SharedAppend {
    /** JVM-wide: the file lock is held per JVM, so threads of one JVM must take turns before it. */
    private static final Object LOCK = new Object();
    /** How long to wait between tries while another class loader of this JVM holds the file lock. */
    private static final long RETRY_MILLIS = 5;

    private SharedAppend() {
    }

    /**
     * Appends {@code bytes} to {@code file} (created when missing) as one block.
     *
     * @throws IOException when the file cannot be opened or written
     */
    public static void append(Path file, byte[] bytes) throws IOException {
        synchronized (LOCK) {
            try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.APPEND)) {
                FileLock lock = lock(ch);
                try {
                    ByteBuffer buf = ByteBuffer.wrap(bytes);
                    while (buf.hasRemaining()) {
                        ch.write(buf);
                    }
                } finally {
                    if (lock != null) {
                        lock.release();
                    }
                }
            }
        }
    }

    /**
     * An exclusive lock on the whole file, waiting for other holders; null where the file system
     * cannot lock (a pipe, some network mounts): the block is then still written in one go.
     */
    private static FileLock lock(FileChannel ch) throws IOException {
        while (true) {
            try {
                return ch.lock();
            } catch (OverlappingFileLockException e) {
                // Held in this JVM by code loaded by another class loader (a second copy of this
                // class, with its own LOCK): wait for it as for another process.
                try {
                    Thread.sleep(RETRY_MILLIS);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    throw new IOException("interrupted while waiting for the lock on the file", ie);
                }
            } catch (IOException e) {
                if (!ch.isOpen()) {
                    throw e;
                }
                return null; // no locking here ("Operation not supported"): one write is the best left
            }
        }
    }
}
