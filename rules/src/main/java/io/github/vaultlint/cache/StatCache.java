package io.github.vaultlint.cache;

import io.github.vaultlint.vault.VaultFile;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.CRC32C;

/**
 * What the last run saw of each note file it read, in {@code stat.bin} next to {@code notes.bin}:
 * the walk's size, modification time, file identity and status-change time (ctime), with the content
 * key of the bytes then read. As in git's index, a file whose stat is unchanged is taken to have that key without being
 * read; everything stays keyed by content. An entry is not trusted ("racy") unless its time is at
 * least {@link #RACY_NANOS} older than the start of that run's walk: an edit right after the walk
 * could have kept the time on a coarse file system clock. That start is taken from our clock and,
 * when the file system's clock lags it (as {@code stat.bin}'s own time shows), from the file
 * system's. A missing, damaged or foreign file means no shortcut, never an error.
 */
final class StatCache {
    static final String FILE = "stat.bin";
    private static final int MAGIC = 0x564C5354; // "VLST"
    /** The walk's start, the save time (seconds and nanos each) and the entry count. */
    private static final int HEADER_BYTES = 8 + 4 + 8 + 4 + 4;
    /** Bump when the encoding changes. */
    private static final int FORMAT = 3; // 2: the checksum covers the times and count too; 3: ctime
    /** Coarser than any file system's timestamps (FAT keeps 2 s). */
    static final long RACY_NANOS = 2_000_000_000L;
    /** The bytes of an entry without its path. */
    private static final int ENTRY_MIN = 4 + 4 + 8 + 8 + 4 + 4 + 8 + 16;

    static final StatCache NONE = new StatCache(Map.of(), 0);

    /**
     * One file as a run saw it. {@code id} is the file key's hash (0 when the platform has none);
     * {@code ctime} the status-change time in nanoseconds ({@link Ctime}, 0 where there is none).
     * Like git, the ctime catches a rewrite that kept size, modification time and inode (an editor or
     * {@code cp -p} setting the old time back): no user program can set it.
     */
    record Stamp(long size, long seconds, int nanos, int id, long ctime, ContentKey key) {

        /**
         * The stamp for {@code file} as walked, with the ctime read before its bytes were (a change
         * after that is a newer ctime next run), whose bytes have {@code key}; null when the walk gave no time.
         */
        static Stamp of(VaultFile file, long ctime, ContentKey key) {
            if (file.modified() == null) {
                return null;
            }
            Instant t = file.modified().toInstant();
            return new Stamp(file.size(), t.getEpochSecond(), t.getNano(), identity(file.fileKey()), ctime, key);
        }

        boolean matches(VaultFile file, long ctimeNow) {
            if (file.modified() == null || file.size() != size || identity(file.fileKey()) != id || ctimeNow != ctime) {
                return false;
            }
            Instant t = file.modified().toInstant();
            return t.getEpochSecond() == seconds && t.getNano() == nanos;
        }

        /** Whether this stamp's time is safely before {@code limit}. */
        boolean before(Instant limit) {
            return Instant.ofEpochSecond(seconds, nanos).isBefore(limit);
        }
    }

    /** A file key's hash: a changed inode (file replaced by a rename, symlink retargeted) is a change. */
    private static int identity(Object fileKey) {
        return fileKey == null ? 0 : fileKey.hashCode();
    }

    private final Map<String, Stamp> trusted;
    private final int count;

    private StatCache(Map<String, Stamp> trusted, int count) {
        this.trusted = trusted;
        this.count = count;
    }

    /** The trusted stamp of {@code path}, or null. */
    Stamp get(String path) {
        return trusted.get(path);
    }

    /** How many stamps the file held, trusted or not. */
    int count() {
        return count;
    }

    /** Loads {@code stat.bin} from {@code dir} if it was written under {@code key}; else {@link #NONE}. */
    static StatCache load(Path dir, String key, Consumer<String> log) {
        Path file = dir.resolve(FILE);
        try {
            byte[] all;
            FileTime written;
            try {
                if (Files.exists(file) && !Files.isRegularFile(file)) {
                    // A named pipe (a cache restored from an archive can hold one) would block the read forever.
                    throw new IOException("not a regular file");
                }
                written = Files.getLastModifiedTime(file);
                all = Files.readAllBytes(file);
            } catch (NoSuchFileException e) {
                return NONE;
            }
            ByteBuffer in = ByteBuffer.wrap(all);
            if (in.getInt() != MAGIC || in.getInt() != FORMAT) {
                throw new IOException("not a vaultlint stat file of this format");
            }
            int keyLength = in.getInt();
            if (keyLength < 0 || keyLength > 4096) {
                throw new IOException("corrupt header");
            }
            String found = new String(all, in.position(), keyLength, StandardCharsets.UTF_8);
            in.position(in.position() + keyLength);
            if (!found.equals(key)) {
                return NONE; // notes.bin says why
            }
            int header = in.position();
            Instant started = Instant.ofEpochSecond(in.getLong(), in.getInt());
            Instant saving = Instant.ofEpochSecond(in.getLong(), in.getInt());
            int count = in.getInt();
            int sum = in.getInt();
            if (count < 0 || count > in.remaining() / ENTRY_MIN) {
                throw new IOException("corrupt entry count " + count);
            }
            CRC32C crc = new CRC32C();
            crc.update(all, header, HEADER_BYTES); // a damaged time would move the racy limit
            crc.update(all, in.position(), all.length - in.position());
            if ((int) crc.getValue() != sum) {
                throw new IOException("checksum mismatch");
            }
            // The walk's start by the file system's clock, estimated from when this file was written:
            // a file system clock behind ours would otherwise let an edit after the walk look old.
            Instant startedThere = written.toInstant().minus(Duration.between(started, saving));
            Instant limit = (startedThere.isBefore(started) ? startedThere : started).minusNanos(RACY_NANOS);
            Map<String, Stamp> trusted = new HashMap<>(count * 4 / 3 + 1);
            byte[] path = new byte[256];
            int pathLength = 0;
            for (int i = 0; i < count; i++) {
                int shared = in.getInt();
                int rest = in.getInt();
                if (shared < 0 || shared > pathLength || rest < 0 || rest > in.remaining()) {
                    throw new IOException("corrupt entry");
                }
                if (shared + rest > path.length) {
                    path = Arrays.copyOf(path, Math.max(shared + rest, path.length * 2));
                }
                in.get(path, shared, rest);
                pathLength = shared + rest;
                Stamp s = new Stamp(in.getLong(), in.getLong(), in.getInt(), in.getInt(), in.getLong(),
                        new ContentKey(in.getLong(), in.getLong()));
                if (s.before(limit)) {
                    trusted.put(new String(path, 0, pathLength, StandardCharsets.UTF_8), s);
                }
            }
            if (in.hasRemaining()) {
                throw new IOException("trailing bytes");
            }
            return new StatCache(trusted, count);
        } catch (BufferUnderflowException e) {
            log.accept("vaultlint: " + file + " is unreadable (truncated); ignored, every note is read");
            return NONE;
        } catch (IOException e) {
            log.accept("vaultlint: " + file + " is unreadable (" + e.getMessage() + "); ignored, every note is read");
            return NONE;
        } catch (RuntimeException e) {
            log.accept("vaultlint: " + file + " is unreadable (" + e + "); ignored, every note is read");
            return NONE;
        }
    }

    /**
     * Writes {@code stamps} (by path) to {@code stat.bin} in {@code dir}: to a temporary file, then
     * moved into place. {@code started} is when this run's walk began.
     */
    static void save(Path dir, String key, Instant started, Map<String, Stamp> stamps) throws IOException {
        List<String> paths = new ArrayList<>(stamps.keySet());
        paths.sort(null); // sorted, so each path stores only what differs from the one before
        ByteArrayOutputStream bodyBytes = new ByteArrayOutputStream(64 * paths.size() + 64);
        DataOutputStream body = new DataOutputStream(bodyBytes);
        byte[] previous = new byte[0];
        int count = 0;
        for (String p : paths) {
            Stamp s = stamps.get(p);
            if (s == null) {
                continue;
            }
            byte[] b = p.getBytes(StandardCharsets.UTF_8);
            int shared = 0;
            while (shared < b.length && shared < previous.length && b[shared] == previous[shared]) {
                shared++;
            }
            body.writeInt(shared);
            body.writeInt(b.length - shared);
            body.write(b, shared, b.length - shared);
            body.writeLong(s.size());
            body.writeLong(s.seconds());
            body.writeInt(s.nanos());
            body.writeInt(s.id());
            body.writeLong(s.ctime());
            body.writeLong(s.key().hi());
            body.writeLong(s.key().lo());
            previous = b;
            count++;
        }
        body.flush();
        byte[] data = bodyBytes.toByteArray();
        Instant saving = Instant.now(); // before the write, so the file's time is not earlier by our clock
        ByteBuffer header = ByteBuffer.allocate(HEADER_BYTES);
        header.putLong(started.getEpochSecond()).putInt(started.getNano())
                .putLong(saving.getEpochSecond()).putInt(saving.getNano()).putInt(count);
        CRC32C crc = new CRC32C();
        crc.update(header.array(), 0, HEADER_BYTES);
        crc.update(data, 0, data.length);
        byte[] keyBytes = key.getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream all = new ByteArrayOutputStream(data.length + keyBytes.length + 40);
        DataOutputStream out = new DataOutputStream(all);
        out.writeInt(MAGIC);
        out.writeInt(FORMAT);
        out.writeInt(keyBytes.length);
        out.write(keyBytes);
        out.write(header.array());
        out.writeInt((int) crc.getValue());
        out.write(data);
        out.flush();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, FILE, ".tmp");
        try {
            Files.write(tmp, all.toByteArray());
            try {
                Files.move(tmp, dir.resolve(FILE), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, dir.resolve(FILE), StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Removes a {@code stat.bin} left in {@code dir}; true when there was one. */
    static boolean delete(Path dir) throws IOException {
        return Files.deleteIfExists(dir.resolve(FILE));
    }
}
