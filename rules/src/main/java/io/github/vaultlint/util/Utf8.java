package io.github.vaultlint.util;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Strict UTF-8 reading for configuration files (.vaultlint.yml, schemas, the baseline, app.json):
 * a file that is not UTF-8 is refused with where its first bad byte is, rather than the decoder's
 * "Input length = 1".
 */
public final class Utf8 {
    private Utf8() {
    }

    /** The bytes are not UTF-8; {@link #where()} tells where the first bad one is. */
    public static final class MalformedException extends IOException {
        private final int line;
        private final int column;
        private final int offset;
        private final int value;
        private final Charset utf16;

        MalformedException(int line, int column, int offset, int value) {
            super(String.format(Locale.ROOT, "not valid UTF-8: byte 0x%02X at line %d, column %d (byte offset %d)", value, line, column, offset));
            this.line = line;
            this.column = column;
            this.offset = offset;
            this.value = value;
            this.utf16 = null;
        }

        /** The file is UTF-16 text without a byte order mark, in that byte order. */
        MalformedException(Charset utf16) {
            super("not valid UTF-8: saved as UTF-16 (" + Utf16.order(utf16) + ", without a byte order mark)");
            this.line = 1;
            this.column = 1;
            this.offset = 0;
            this.value = 0;
            this.utf16 = utf16;
        }

        /** 1-based line of the first byte that is not UTF-8. */
        public int line() {
            return line;
        }

        /** 1-based column (in characters) of that byte on its line. */
        public int column() {
            return column;
        }

        /** 0-based offset of that byte in the file. */
        public int offset() {
            return offset;
        }

        /**
         * Whether the file opens with a UTF-16 byte order mark (FF FE or FE FF, never UTF-8): what a
         * Windows "Unicode" editor writes, which deserves its name rather than a byte offset.
         */
        public boolean utf16Mark() {
            return utf16 == null && offset == 0 && (value == 0xFF || value == 0xFE);
        }

        /**
         * Whether the file is UTF-16 text saved without a byte order mark: its ASCII characters read as
         * valid UTF-8 with a NUL byte each, which YAML and JSON readers would report as a control
         * character, so it is refused here with its name.
         */
        public boolean utf16WithoutMark() {
            return utf16 != null;
        }

        /**
         * "byte 0xFF at byte offset 4", or what the file is when that is UTF-16 ("saved as UTF-16,
         * little-endian, without a byte order mark"), where a byte offset would not help.
         */
        public String where() {
            if (utf16 != null) {
                return "saved as UTF-16, " + Utf16.order(utf16) + ", without a byte order mark";
            }
            if (utf16Mark()) {
                return "saved as UTF-16: it starts with a UTF-16 byte order mark";
            }
            return String.format(Locale.ROOT, "byte 0x%02X at byte offset %d", value, offset);
        }
    }

    /** Reads {@code file} as strict UTF-8. */
    public static String read(Path file) throws IOException {
        return decode(Files.readAllBytes(file));
    }

    /**
     * Decodes strict UTF-8 (a BOM is kept, as {@link Files#readString} keeps it). UTF-16 without a
     * byte order mark is refused although its ASCII is valid UTF-8 (see {@link MalformedException#utf16WithoutMark()}).
     */
    public static String decode(byte[] bytes) throws MalformedException {
        Charset utf16 = Utf16.withoutBom(bytes);
        if (utf16 != null) {
            throw new MalformedException(utf16);
        }
        CharsetDecoder d = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        try {
            return d.decode(in).toString();
        } catch (CharacterCodingException e) {
            int bad = firstMalformed(bytes);
            int line = 1;
            int col = 1;
            for (int i = 0; i < bad; i++) {
                if (bytes[i] == '\n') {
                    line++;
                    col = 1;
                } else if ((bytes[i] & 0xC0) != 0x80) {
                    col++;
                }
            }
            throw new MalformedException(line, col, bad, bytes[Math.min(bad, bytes.length - 1)] & 0xff);
        }
    }

    private static int firstMalformed(byte[] bytes) {
        CharsetDecoder d = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(Math.max(16, bytes.length));
        return d.decode(in, out, true).isError() ? in.position() : Math.max(0, bytes.length - 1);
    }
}
