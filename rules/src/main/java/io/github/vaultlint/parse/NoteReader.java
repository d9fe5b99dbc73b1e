package io.github.vaultlint.parse;

import io.github.vaultlint.cache.NoteCache;
import io.github.vaultlint.util.IoReason;
import io.github.vaultlint.util.Utf16;
import io.github.vaultlint.vault.Note;
import io.github.vaultlint.vault.Problem;
import io.github.vaultlint.vault.VaultFile;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads a note file and hands it to the parser, turning every kind of bad input into a
 * {@link Problem} instead of an exception: too large, binary, invalid UTF-8, unreadable.
 */
public final class NoteReader {
    public static final String UNREADABLE = "unreadable-file";
    public static final String ENCODING = "invalid-encoding";

    private final NoteParser parser;
    private final long maxBytes;

    public NoteReader(NoteParser parser, long maxBytes) {
        this.parser = parser;
        this.maxBytes = maxBytes;
    }

    public Note read(VaultFile file) {
        return read(file, null);
    }

    /**
     * Reads and parses {@code file}; with a {@code cache}, a note whose bytes an earlier run parsed
     * comes from the cache instead. The cache is keyed by the bytes' hash, so they are read, unless
     * the file's size and time are what the run that last read it recorded (see {@link NoteCache#unchanged}).
     */
    public Note read(VaultFile file, NoteCache cache) {
        return read(file, cache, null);
    }

    /** As {@link #read(VaultFile, NoteCache)}, telling {@code disk} (when not null) how long the file's read took. */
    public Note read(VaultFile file, NoteCache cache, DiskReads disk) {
        String path = file.path();
        boolean linted = file.linted();
        try {
            if (cache != null) {
                Note known = cache.unchanged(file, () -> reread(file), b -> decodeAndParse(path, linted, b));
                if (known != null) {
                    return known;
                }
            }
            long t0 = disk == null ? 0 : System.nanoTime();
            Read read = readBounded(file.absolute());
            if (disk != null) {
                disk.record(System.nanoTime() - t0, read.bytes() == null ? 0 : read.bytes().length);
            }
            byte[] bytes = read.bytes();
            if (bytes == null) {
                return Note.unreadable(path, linted, new Problem(UNREADABLE, 1, 1, 1, 1, "note is " + humanSize(read.size())
                        + (maxBytes > MAX_NOTE_BYTES && read.size() <= maxBytes
                        ? ", more than vaultlint can read as one note (" + humanSize(MAX_NOTE_BYTES) + "), so it was not parsed; split it into smaller notes"
                        : ", above the " + humanSize(maxBytes) + " limit, so it was not parsed; split it into smaller notes"
                                + " or raise maxFileSize in .vaultlint.yml")));
            }
            if (cache != null) {
                return cache.lookup(bytes, file, () -> reread(file), b -> decodeAndParse(path, linted, b));
            }
            return decodeAndParse(path, linted, bytes);
        } catch (IOException e) {
            return Note.unreadable(path, linted, new Problem(UNREADABLE, 1, 1, 1, 1,
                    "note could not be read (" + IoReason.of(e) + "); check the file's permissions and that it still exists"));
        } catch (RuntimeException e) {
            return Note.unreadable(path, linted, new Problem(UNREADABLE, 1, 1, 1, 1,
                    "note could not be read (" + e.getClass().getSimpleName() + ": " + e.getMessage()
                            + "); check the file's permissions and that it still exists"));
        } catch (OutOfMemoryError e) {
            // A maxFileSize raised past what the heap holds: this note's buffers failed, nothing else.
            return Note.unreadable(path, linted, new Problem(UNREADABLE, 1, 1, 1, 1, "note is " + humanSize(file.size())
                    + ", too large to parse in the memory this run has; split it into smaller notes, lower maxFileSize"
                    + " in .vaultlint.yml or give Maven more heap (MAVEN_OPTS=-Xmx...)"));
        }
    }

    /** The most bytes one note can be read into (a Java array); a larger limit is capped to it. */
    static final long MAX_NOTE_BYTES = Integer.MAX_VALUE - 8;

    /** The file's bytes again, for the body of a cached note; a file now above the limit fails. */
    private byte[] reread(VaultFile file) throws IOException {
        byte[] bytes = readBounded(file.absolute()).bytes();
        if (bytes == null) {
            throw new IOException("note grew past the size limit");
        }
        return bytes;
    }

    /** A file's bytes, or null with its size when it is above the limit. */
    record Read(byte[] bytes, long size) {
    }

    /**
     * The file's bytes through one open channel (its size from the open file, not another lookup of
     * the path). A file above the limit is not read; one that grows while it is read is read on, up
     * to the limit.
     */
    private Read readBounded(Path p) throws IOException {
        try (SeekableByteChannel ch = Files.newByteChannel(p)) {
            return readBounded(ch, maxBytes);
        }
    }

    /** {@link #readBounded(Path)} over an open channel (for tests: a channel can claim any size). */
    static Read readBounded(SeekableByteChannel ch, long maxBytes) throws IOException {
        maxBytes = Math.min(maxBytes, MAX_NOTE_BYTES);
        long size = ch.size();
        if (size > maxBytes) {
            return new Read(null, size);
        }
        byte[] bytes = new byte[(int) size];
        ByteBuffer buf = ByteBuffer.wrap(bytes);
        while (buf.hasRemaining() && ch.read(buf) >= 0) {
            // fill
        }
        if (buf.hasRemaining()) {
            return new Read(Arrays.copyOf(bytes, buf.position()), buf.position()); // shrank while read
        }
        // One byte tells whether the file grew while read: an 8 KB buffer per note was 80 MB of
        // garbage on 10k notes.
        ByteBuffer chunk = ByteBuffer.allocate(1);
        if (ch.read(chunk) <= 0) {
            return new Read(bytes, size);
        }
        ByteArrayOutputStream more = new ByteArrayOutputStream();
        more.write(bytes);
        long total = size;
        do { // grew while read
            more.write(chunk.array(), 0, chunk.position());
            total += chunk.position();
            if (total > maxBytes) {
                return new Read(null, total);
            }
            if (chunk.capacity() == 1) {
                chunk = ByteBuffer.allocate(8192);
            } else {
                chunk.clear();
            }
        } while (ch.read(chunk) > 0);
        return new Read(more.toByteArray(), total);
    }

    /** Decodes UTF-8 (dropping a BOM), reports binary content and invalid bytes, then parses. */
    public Note decodeAndParse(String path, boolean linted, byte[] bytes) {
        java.nio.charset.Charset utf32 = utf32Bom(bytes);
        if (utf32 != null) {
            // Checked first: the little-endian UTF-32 mark (FF FE 00 00) begins with the UTF-16 one.
            return parser.parse(path, linted, new String(bytes, 4, bytes.length - 4, utf32), List.of(new Problem(ENCODING, 1, 1, 1, 1,
                    "note is encoded as UTF-32, which Obsidian does not read; re-save it as UTF-8")));
        }
        if (Utf16.startsWithMark(bytes)) {
            // A UTF-16 byte order mark (Windows "Unicode" editors): full of NUL bytes, but a real note.
            String text = new String(bytes, StandardCharsets.UTF_16);
            if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
                text = text.substring(1);
            }
            return parser.parse(path, linted, text, List.of(new Problem(ENCODING, 1, 1, 1, 1,
                    "note is encoded as UTF-16, which Obsidian does not read; re-save it as UTF-8")));
        }
        int offset = bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF ? 3 : 0;
        int scanned = scan(bytes, offset);
        if (scanned >= 0) {
            int nul = scanned;
            java.nio.charset.Charset utf16 = Utf16.withoutBom(bytes);
            if (utf16 != null) {
                // Mostly NULs, as UTF-16 text is, but text: a note, not a file to delete.
                return parser.parse(path, linted, new String(bytes, utf16), List.of(new Problem(ENCODING, 1, 1, 1, 1,
                        "note is encoded as UTF-16 (" + Utf16.order(utf16)
                                + ", without a byte order mark), which Obsidian does not read; re-save it as UTF-8")));
            }
            int[] lc = lineColumnOfByte(bytes, nul);
            return Note.unreadable(path, linted, new Problem(UNREADABLE, lc[0], lc[1], lc[0], lc[1],
                    // A note a sync or a paste damaged has NUL bytes too: "remove it" alone would cost its text.
                    "file looks binary (NUL byte at byte " + nul + "), so it was not checked as a note; if it is not a note, "
                            + "rename it without .md or remove it; if it is one, delete its NUL bytes"));
        }
        List<Problem> problems = new ArrayList<>(1);
        String text = fastDecode(bytes, offset, scanned == ASCII);
        if (text != null) {
            return parser.parse(path, linted, text, problems);
        }
        CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            text = strict.decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
        } catch (CharacterCodingException e) {
            int bad = firstMalformed(bytes, offset);
            int[] lc = lineColumnOfByte(bytes, bad);
            problems.add(new Problem(ENCODING, lc[0], lc[1], lc[0], lc[1] + 1, String.format(
                    "invalid UTF-8 byte 0x%02X at byte %d; re-save the note as UTF-8 (the rest was read with replacement characters)",
                    bytes[bad] & 0xff, bad)));
            text = new String(bytes, offset, bytes.length - offset, StandardCharsets.UTF_8);
        }
        return parser.parse(path, linted, text, problems);
    }

    /** UTF-32LE or UTF-32BE when {@code b} starts with that byte order mark, else null. */
    static java.nio.charset.Charset utf32Bom(byte[] b) {
        if (b.length < 4) {
            return null;
        }
        int b0 = b[0] & 0xff;
        int b1 = b[1] & 0xff;
        int b2 = b[2] & 0xff;
        int b3 = b[3] & 0xff;
        if (b0 == 0xFF && b1 == 0xFE && b2 == 0 && b3 == 0) {
            return java.nio.charset.Charset.forName("UTF-32LE");
        }
        if (b0 == 0 && b1 == 0 && b2 == 0xFE && b3 == 0xFF) {
            return java.nio.charset.Charset.forName("UTF-32BE");
        }
        return null;
    }

    /** "3.0 GB", "50.0 MB", "2.9 KB" or "900 bytes": readable for both the default limit and small ones. */
    static String humanSize(long bytes) {
        if (bytes >= 1024L * 1024 * 1024) {
            return String.format(java.util.Locale.ROOT, "%.1f GB", bytes / 1073741824.0);
        }
        if (bytes >= 1024 * 1024) {
            return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / 1048576.0);
        }
        if (bytes >= 1024) {
            return String.format(java.util.Locale.ROOT, "%.1f KB", bytes / 1024.0);
        }
        return bytes + " bytes";
    }

    /**
     * The text of well-formed UTF-8 without a decoder's intermediate char buffer, or null when the
     * bytes may be malformed and need the strict decoder to locate the error. ASCII (most notes) is
     * copied as is; other text goes through the JDK's UTF-8 decoder, which replaces malformed bytes
     * with U+FFFD, so text without U+FFFD was well formed.
     */
    private static String fastDecode(byte[] bytes, int offset, boolean ascii) {
        int len = bytes.length - offset;
        if (ascii) {
            return new String(bytes, offset, len, StandardCharsets.ISO_8859_1);
        }
        String text = new String(bytes, offset, len, StandardCharsets.UTF_8);
        return text.indexOf('\uFFFD') < 0 ? text : null;
    }

    /** {@link #scan}: no NUL byte, and only ASCII after the BOM. */
    static final int ASCII = -1;
    /** {@link #scan}: no NUL byte, and some bytes above ASCII after the BOM. */
    static final int NON_ASCII = -2;

    /**
     * The offset of the first NUL byte, else {@link #ASCII} or {@link #NON_ASCII} for the bytes from
     * {@code offset} on: one pass over the note instead of two (a cold JVM runs these loops slowly).
     */
    static int scan(byte[] b, int offset) {
        int result = ASCII;
        for (int i = 0; i < b.length; i++) {
            byte v = b[i];
            if (v <= 0) {
                if (v == 0) {
                    return i;
                }
                if (i >= offset) {
                    result = NON_ASCII;
                }
            }
        }
        return result;
    }

    private static int firstMalformed(byte[] bytes, int offset) {
        CharsetDecoder d = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        CharBuffer out = CharBuffer.allocate(Math.max(16, bytes.length));
        CoderResult r = d.decode(in, out, true);
        return r.isError() ? in.position() : offset;
    }

    /** 1-based line and column (in characters) of a byte offset in UTF-8 data. */
    private static int[] lineColumnOfByte(byte[] b, int pos) {
        int line = 1;
        int col = 1;
        for (int i = 0; i < pos && i < b.length; i++) {
            if (b[i] == '\n') {
                line++;
                col = 1;
            } else if ((b[i] & 0xC0) != 0x80) {
                col++;
            }
        }
        return new int[] {line, col};
    }
}
