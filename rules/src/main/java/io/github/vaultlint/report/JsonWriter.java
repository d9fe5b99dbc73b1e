package io.github.vaultlint.report;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Streams pretty-printed UTF-8 JSON, byte for byte what Jackson's generator wrote for {@code
 * vaultlint.json} with a {@code DefaultPrettyPrinter} indenting objects by two spaces: objects one
 * entry per line ({@code "key" : value}), arrays inline ({@code [ a, b ]}), {@code { }} and {@code [ ]}
 * when empty, no newline at the end. Strings are escaped as Jackson does: {@code \"}, {@code \\},
 * the short forms {@code \b \t \n \f \r}, <code>&#92;u00XX</code> for other control characters, and each
 * UTF-16 surrogate as its own <code>&#92;uXXXX</code>; everything else is written as UTF-8.
 *
 * <p>Why not Jackson: the report of a 10,000-note vault runs to 20 MB, and in the freshly started JVM
 * of a build Jackson's general-purpose generator took about 180 ms to write it. {@code
 * JsonWriterTest} compares this writer with Jackson on the same input.
 */
final class JsonWriter implements Closeable {
    private static final byte[] HEX = "0123456789ABCDEF".getBytes(StandardCharsets.US_ASCII);
    /** 0: written as is; 1: a short escape follows in {@link #SHORT}; 2: a six-character escape (backslash, u, four hex digits). */
    private static final byte[] ESCAPE = new byte[128];
    private static final byte[] SHORT = new byte[128];

    static {
        for (int c = 0; c < 0x20; c++) {
            ESCAPE[c] = 2;
        }
        shortEscape('"', '"');
        shortEscape('\\', '\\');
        shortEscape('\b', 'b');
        shortEscape('\t', 't');
        shortEscape('\n', 'n');
        shortEscape('\f', 'f');
        shortEscape('\r', 'r');
    }

    private static void shortEscape(char c, char letter) {
        ESCAPE[c] = 1;
        SHORT[c] = (byte) letter;
    }

    private final OutputStream out;
    private final byte[] buf;
    private int pos;
    /** Object nesting (arrays are inline and do not indent). */
    private int nesting;
    /** Per open container: how many entries or values it has so far, and whether it is an array. */
    private int[] counts = new int[32];
    private boolean[] arrays = new boolean[32];
    private int depth;

    JsonWriter(OutputStream out) {
        this(out, 1 << 16);
    }

    /** With a buffer of {@code bufferSize} bytes (at least 16; tests use small ones to cross its end often). */
    JsonWriter(OutputStream out, int bufferSize) {
        this.out = out;
        this.buf = new byte[Math.max(16, bufferSize)];
    }

    void startObject() throws IOException {
        beforeValue();
        raw('{');
        open(false);
        nesting++;
    }

    void endObject() throws IOException {
        nesting--;
        if (counts[--depth] > 0) {
            indent();
        } else {
            raw(' ');
        }
        raw('}');
    }

    void startArray() throws IOException {
        beforeValue();
        raw('[');
        open(true);
    }

    void endArray() throws IOException {
        raw(' ');
        depth--;
        raw(']');
    }

    void objectField(String name) throws IOException {
        name(name);
        startObject();
    }

    void arrayField(String name) throws IOException {
        name(name);
        startArray();
    }

    void field(String name, String value) throws IOException {
        name(name);
        value(value);
    }

    void field(String name, long value) throws IOException {
        name(name);
        value(value);
    }

    void field(String name, boolean value) throws IOException {
        name(name);
        value(value);
    }

    void value(String s) throws IOException {
        beforeValue();
        if (s == null) {
            ascii("null");
        } else {
            string(s);
        }
    }

    void value(long n) throws IOException {
        beforeValue();
        ascii(Long.toString(n));
    }

    void value(boolean b) throws IOException {
        beforeValue();
        ascii(b ? "true" : "false");
    }

    /** Writes a field's name and separator; its value follows. */
    void name(String name) throws IOException {
        if (counts[depth - 1]++ > 0) {
            raw(',');
        }
        indent();
        string(name);
        ascii(" : ");
    }

    /** An array's separator before its next value; a field's value already had its separator. */
    private void beforeValue() throws IOException {
        if (depth > 0 && arrays[depth - 1]) {
            raw(counts[depth - 1]++ > 0 ? ',' : ' ');
            if (counts[depth - 1] > 1) {
                raw(' ');
            }
        }
    }

    private void open(boolean array) {
        if (depth == counts.length) {
            counts = java.util.Arrays.copyOf(counts, depth * 2);
            arrays = java.util.Arrays.copyOf(arrays, depth * 2);
        }
        counts[depth] = 0;
        arrays[depth++] = array;
    }

    private void indent() throws IOException {
        int n = 1 + 2 * nesting;
        if (pos + n > buf.length) {
            flushBuffer();
        }
        if (n > buf.length) { // nested deeper than a buffer's worth of indentation
            raw('\n');
            for (int i = 1; i < n; i++) {
                raw(' ');
            }
            return;
        }
        buf[pos++] = '\n';
        for (int i = 1; i < n; i++) {
            buf[pos++] = ' ';
        }
    }

    private void string(String s) throws IOException {
        raw('"');
        int len = s.length();
        for (int i = 0; i < len; i++) {
            // Worst case per char: six bytes (a backslash-u escape); checked up front.
            if (pos + 6 > buf.length) {
                flushBuffer();
            }
            char c = s.charAt(i);
            if (c < 0x80) {
                byte e = ESCAPE[c];
                if (e == 0) {
                    buf[pos++] = (byte) c;
                } else if (e == 1) {
                    buf[pos++] = '\\';
                    buf[pos++] = SHORT[c];
                } else {
                    unicodeEscape(c);
                }
            } else if (c < 0x800) {
                buf[pos++] = (byte) (0xC0 | (c >> 6));
                buf[pos++] = (byte) (0x80 | (c & 0x3F));
            } else if (Character.isSurrogate(c)) {
                unicodeEscape(c); // Jackson escapes each half of a pair rather than combine them
            } else {
                buf[pos++] = (byte) (0xE0 | (c >> 12));
                buf[pos++] = (byte) (0x80 | ((c >> 6) & 0x3F));
                buf[pos++] = (byte) (0x80 | (c & 0x3F));
            }
        }
        raw('"');
    }

    private void unicodeEscape(char c) {
        buf[pos++] = '\\';
        buf[pos++] = 'u';
        buf[pos++] = HEX[(c >> 12) & 0xF];
        buf[pos++] = HEX[(c >> 8) & 0xF];
        buf[pos++] = HEX[(c >> 4) & 0xF];
        buf[pos++] = HEX[c & 0xF];
    }

    private void ascii(String s) throws IOException {
        for (int i = 0; i < s.length(); i++) {
            raw(s.charAt(i));
        }
    }

    private void raw(char c) throws IOException {
        if (pos == buf.length) {
            flushBuffer();
        }
        buf[pos++] = (byte) c;
    }

    /**
     * A writer for what follows the next {@code fields} fields of the object being written, to write
     * on another thread into {@code into} while this one writes those fields: it starts in the state
     * this writer will be in then. {@link #append} splices its output back in.
     */
    JsonWriter forkAfter(int fields, OutputStream into) {
        JsonWriter f = new JsonWriter(into);
        f.nesting = nesting;
        f.depth = depth;
        f.counts = counts.clone();
        f.arrays = arrays.clone();
        f.counts[depth - 1] += fields;
        f.forkedDepth = depth;
        f.forkedAt = f.counts[depth - 1];
        return f;
    }

    /** Where a fork started: its depth and its container's entry count then; -1 for a writer that is no fork. */
    private int forkedDepth = -1;
    private int forkedAt = -1;

    /**
     * Writes what {@code fork} (made by {@link #forkAfter}, and closed) wrote into {@code written},
     * then goes on where the fork stopped. This writer must have written exactly the fields it was
     * forked after.
     */
    void append(JsonWriter fork, java.nio.file.Path written) throws IOException {
        if (fork.forkedDepth < 0 || depth != fork.forkedDepth || counts[depth - 1] != fork.forkedAt) {
            throw new IllegalStateException("the fork does not continue where this writer is");
        }
        flushBuffer();
        try (java.io.InputStream in = java.nio.file.Files.newInputStream(written)) {
            for (int n = in.read(buf); n >= 0; n = in.read(buf)) {
                out.write(buf, 0, n);
            }
        }
        nesting = fork.nesting;
        depth = fork.depth;
        counts = fork.counts;
        arrays = fork.arrays;
    }

    private void flushBuffer() throws IOException {
        out.write(buf, 0, pos);
        pos = 0;
    }

    @Override
    public void close() throws IOException {
        try {
            flushBuffer();
        } finally {
            out.close();
        }
    }
}
