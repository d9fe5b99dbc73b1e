package io.github.vaultlint.cache;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.Adler32;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;

/**
 * A 128-bit content hash: the length, CRC-32C, CRC-32 and Adler-32 of the bytes. All three are
 * intrinsics or native code, fast from the first note of a cold JVM (a SHA-256 runs as slow Java
 * until the JIT has compiled it, a noticeable cost over 10,000 notes); two CRCs of different
 * polynomials and the Adler sum leave an accidental collision at odds far below 2^-64.
 */
public record ContentKey(long hi, long lo) {
    static final int BYTES = 16;

    static ContentKey of(byte[] content) {
        return of(content, content.length);
    }

    private static ContentKey of(byte[] content, int length) {
        CRC32C c = new CRC32C();
        c.update(content, 0, length);
        CRC32 d = new CRC32();
        d.update(content, 0, length);
        Adler32 a = new Adler32();
        a.update(content, 0, length);
        return new ContentKey(((long) length << 32) | c.getValue(), (d.getValue() << 32) | a.getValue());
    }

    /** The key of a sequence of strings, each with its length first (so "ab","c" and "a","bc" differ). */
    public static final class Builder {
        private byte[] buf = new byte[1 << 16];
        private int length;

        public Builder add(String s) {
            byte[] b = s.getBytes(StandardCharsets.UTF_8);
            if (length + b.length + 4 > buf.length) {
                buf = Arrays.copyOf(buf, Math.max(buf.length * 2, length + b.length + 4));
            }
            for (int shift = 24; shift >= 0; shift -= 8) {
                buf[length++] = (byte) (b.length >>> shift);
            }
            System.arraycopy(b, 0, buf, length, b.length);
            length += b.length;
            return this;
        }

        public ContentKey key() {
            return of(buf, length);
        }
    }

    static ContentKey of16(byte[] b) {
        long hi = 0;
        long lo = 0;
        for (int i = 0; i < 8; i++) {
            hi = (hi << 8) | (b[i] & 0xFF);
            lo = (lo << 8) | (b[i + 8] & 0xFF);
        }
        return new ContentKey(hi, lo);
    }

    byte[] bytes() {
        byte[] b = new byte[BYTES];
        for (int i = 0; i < 8; i++) {
            b[7 - i] = (byte) (hi >>> (8 * i));
            b[15 - i] = (byte) (lo >>> (8 * i));
        }
        return b;
    }
}
