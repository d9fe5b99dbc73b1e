package io.github.vaultlint.util;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Recognises UTF-16 text saved without a byte order mark (Windows tools, iconv and PowerShell's
 * {@code Out-File} write it). Its ASCII characters come with a NUL byte each, which is valid UTF-8:
 * read as UTF-8, such a file looks binary (a note) or full of control characters (a config).
 */
public final class Utf16 {
    private Utf16() {
    }

    /**
     * The UTF-16 byte order of {@code b} when it reads as UTF-16 text without a byte order mark, else
     * null. Binary files have NUL bytes too: text here means an even length, no NUL character, no
     * control character but tab, line breaks and form feed, no half surrogate pair, and at least half
     * the characters in the one-byte range (so that random bytes do not pass as CJK text). A file
     * that opens with a UTF-16 byte order mark is not this: callers name that case on their own.
     */
    public static Charset withoutBom(byte[] b) {
        if (b.length < 2 || b.length % 2 != 0 || startsWithMark(b)) {
            return null;
        }
        int evenNul = 0;
        int oddNul = 0;
        for (int i = 0; i < b.length; i += 2) {
            evenNul += b[i] == 0 ? 1 : 0;
            oddNul += b[i + 1] == 0 ? 1 : 0;
        }
        int units = b.length / 2;
        boolean little = oddNul * 2 >= units && oddNul > evenNul;
        boolean big = evenNul * 2 >= units && evenNul > oddNul;
        if (!little && !big) {
            return null;
        }
        Charset cs = little ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE;
        CharBuffer text;
        try {
            text = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(b));
        } catch (CharacterCodingException e) {
            return null; // half a surrogate pair
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') {
                return null;
            }
        }
        return cs;
    }

    /** Whether {@code b} opens with a UTF-16 byte order mark, FF FE or FE FF. */
    public static boolean startsWithMark(byte[] b) {
        return b.length >= 2 && ((b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE || (b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF);
    }

    /** "little-endian" or "big-endian", for messages. */
    public static String order(Charset utf16) {
        return utf16 == StandardCharsets.UTF_16LE ? "little-endian" : "big-endian";
    }
}
