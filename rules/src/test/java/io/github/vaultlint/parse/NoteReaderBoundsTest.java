package io.github.vaultlint.parse;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * A note is read in one pass up to the size limit, whatever size the file claimed when opened, and
 * its bytes are scanned once for NUL bytes and non-ASCII text.
 */
class NoteReaderBoundsTest {
    /** A channel over {@code content} that claims {@code claimed} bytes, as a file that grew or shrank after opening. */
    private static SeekableByteChannel channel(byte[] content, long claimed) {
        return new SeekableByteChannel() {
            private int pos;

            @Override
            public int read(ByteBuffer dst) {
                if (pos >= content.length) {
                    return -1;
                }
                int n = Math.min(dst.remaining(), Math.min(content.length - pos, 3000)); // short reads, as channels may
                dst.put(content, pos, n);
                pos += n;
                return n;
            }

            @Override
            public long size() {
                return claimed;
            }

            @Override
            public int write(ByteBuffer src) {
                throw new UnsupportedOperationException();
            }

            @Override
            public long position() {
                return pos;
            }

            @Override
            public SeekableByteChannel position(long p) {
                pos = (int) p;
                return this;
            }

            @Override
            public SeekableByteChannel truncate(long size) {
                throw new UnsupportedOperationException();
            }

            @Override
            public boolean isOpen() {
                return true;
            }

            @Override
            public void close() {
            }
        };
    }

    private static byte[] text(int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; sb.length() < n; i++) {
            sb.append("line ").append(i).append('\n');
        }
        return sb.substring(0, n).getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void readsAFileOfTheSizeItClaims() throws IOException {
        byte[] b = text(10_000);
        NoteReader.Read r = NoteReader.readBounded(channel(b, b.length), 1 << 20);
        assertArrayEquals(b, r.bytes());
        assertEquals(b.length, r.size());
    }

    @Test
    void readsOnWhenTheFileGrewAfterItWasOpened() throws IOException {
        for (int grown : new int[] {1, 2, 8191, 8192, 8193, 50_000}) {
            byte[] b = text(1000 + grown);
            NoteReader.Read r = NoteReader.readBounded(channel(b, 1000), 1 << 20);
            assertArrayEquals(b, r.bytes(), "grew by " + grown);
            assertEquals(b.length, r.size());
        }
    }

    @Test
    void stopsAtTheLimitWhenTheFileGrewPastIt() throws IOException {
        byte[] b = text(30_000);
        NoteReader.Read r = NoteReader.readBounded(channel(b, 1000), 20_000);
        assertNull(r.bytes());
        assertEquals(true, r.size() > 20_000);
    }

    @Test
    void keepsWhatIsThereWhenTheFileShrank() throws IOException {
        byte[] b = text(700);
        NoteReader.Read r = NoteReader.readBounded(channel(b, 1000), 1 << 20);
        assertArrayEquals(b, r.bytes());
        assertEquals(700, r.size());
    }

    @Test
    void aFileAboveTheLimitIsNotRead() throws IOException {
        NoteReader.Read r = NoteReader.readBounded(channel(text(10), 5_000_000), 1_000_000);
        assertNull(r.bytes());
        assertEquals(5_000_000, r.size());
    }

    /** It said "(NoSuchFileException: /home/runner/work/...)": a Java class and the machine's folders. */
    @Test
    void aNoteThatCannotBeReadSaysWhyInWords(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
        io.github.vaultlint.vault.VaultFile gone = new io.github.vaultlint.vault.VaultFile("Interviews/gone.md",
                dir.resolve("Interviews/gone.md"), 10, true, java.nio.file.attribute.FileTime.fromMillis(0), null);
        io.github.vaultlint.vault.Note n = new NoteReader(new NoteParser(), 1 << 20).read(gone);
        assertEquals(java.util.List.of("note could not be read (it no longer exists); check the file's permissions and that it"
                + " still exists"), n.problems().stream().map(io.github.vaultlint.vault.Problem::message).toList());
        assertEquals("permission denied", io.github.vaultlint.util.IoReason.of(new java.nio.file.AccessDeniedException("/x/y.md")));
        assertEquals("Too many levels of symbolic links", io.github.vaultlint.util.IoReason.of(
                new java.nio.file.FileSystemException("/x/y.md", null, "Too many levels of symbolic links")));
    }

    /** maxFileSize: 10GB and a 3 GB note: no array that size exists (NegativeArraySizeException before). */
    @Test
    void aNoteLargerThanAnArrayIsNotReadWhateverTheLimit() throws IOException {
        long threeGb = 3L * 1024 * 1024 * 1024;
        NoteReader.Read r = NoteReader.readBounded(channel(text(10), threeGb), 10L * 1024 * 1024 * 1024);
        assertNull(r.bytes());
        assertEquals(threeGb, r.size());
        assertEquals("3.0 GB", NoteReader.humanSize(threeGb));
    }

    @Test
    void oneScanFindsTheFirstNulByteOrTellsAsciiFromUtf8() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a', 'b'};
        assertEquals(NoteReader.ASCII, NoteReader.scan(bom, 3), "a BOM does not make the text non-ASCII");
        assertEquals(NoteReader.NON_ASCII, NoteReader.scan(bom, 0));
        assertEquals(NoteReader.ASCII, NoteReader.scan(new byte[0], 0));
        assertEquals(NoteReader.NON_ASCII, NoteReader.scan("caf\u00e9".getBytes(StandardCharsets.UTF_8), 0));
        assertEquals(2, NoteReader.scan(new byte[] {'a', (byte) 0xC3, 0, 'b', 0}, 0), "the first NUL wins over non-ASCII");
        assertEquals(0, NoteReader.scan(new byte[] {0, 'a'}, 0));
        java.util.Random r = new java.util.Random(5);
        for (int i = 0; i < 20_000; i++) {
            byte[] b = new byte[r.nextInt(12)];
            for (int k = 0; k < b.length; k++) {
                int pick = r.nextInt(10);
                b[k] = (byte) (pick == 0 ? 0 : pick == 1 ? 0x80 + r.nextInt(128) : 'a' + r.nextInt(26));
            }
            int offset = b.length > 0 ? r.nextInt(Math.min(4, b.length + 1)) : 0;
            int nul = -1;
            for (int k = 0; k < b.length && nul < 0; k++) {
                if (b[k] == 0) {
                    nul = k;
                }
            }
            boolean ascii = true;
            for (int k = offset; k < b.length; k++) {
                ascii &= b[k] >= 0;
            }
            int expected = nul >= 0 ? nul : ascii ? NoteReader.ASCII : NoteReader.NON_ASCII;
            assertEquals(expected, NoteReader.scan(b, offset), java.util.Arrays.toString(b) + " from " + offset);
        }
    }
}
