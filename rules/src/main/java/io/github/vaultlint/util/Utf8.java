package io.github.vaultlint.util;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
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

        MalformedException(int line, int column, int offset, int value) {
            super(String.format(Locale.ROOT, "not valid UTF-8: byte 0x%02X at line %d, column %d (byte offset %d)", value, line, column, offset));
            this.line = line;
            this.column = column;
            this.offset = offset;
            this.value = value;
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
            return offset == 0 && (value == 0xFF || value == 0xFE);
        }

        /** "byte 0xFF at byte offset 0". */
        public String where() {
            return String.format(Locale.ROOT, "byte 0x%02X at byte offset %d", value, offset);
        }
    }

    /** Reads {@code file} as strict UTF-8. */
    public static String read(Path file) throws IOException {
        return decode(Files.readAllBytes(file));
    }

    /** Decodes strict UTF-8 (a BOM is kept, as {@link Files#readString} keeps it). */
    public static String decode(byte[] bytes) throws MalformedException {
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
