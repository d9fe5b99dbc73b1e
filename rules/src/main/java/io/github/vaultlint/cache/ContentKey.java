package io.github.vaultlint.cache;

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
        CRC32C c = new CRC32C();
        c.update(content, 0, content.length);
        CRC32 d = new CRC32();
        d.update(content, 0, content.length);
        Adler32 a = new Adler32();
        a.update(content, 0, content.length);
        return new ContentKey(((long) content.length << 32) | c.getValue(), (d.getValue() << 32) | a.getValue());
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
