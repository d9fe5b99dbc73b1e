package io.github.vaultlint.parse;

import io.github.vaultlint.vault.Link;
import io.github.vaultlint.vault.Note;
import io.github.vaultlint.vault.Problem;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A note saved as UTF-32 with its byte order mark: the little-endian mark begins with the UTF-16 one
 * (FF FE), so it was called UTF-16 and read as garbage; the big-endian one was "binary (NUL byte at
 * byte 0)", a file to delete. It is named for what it is, and its text is read, as a UTF-16 note's is.
 */
class Utf32NoteTest {
    private final NoteReader reader = new NoteReader(new NoteParser(), 5L * 1024 * 1024);
    private static final String TEXT = "---\ntitle: Acme\n---\n# Acme 🧠\n\nSee [[Kafka MM2]]\n";

    private static byte[] bytes(byte[] bom, String charset) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(bom);
        out.writeBytes(TEXT.getBytes(Charset.forName(charset)));
        return out.toByteArray();
    }

    @Test
    void bothByteOrdersAreNamedAndRead() {
        byte[][] boms = {{(byte) 0xFF, (byte) 0xFE, 0, 0}, {0, 0, (byte) 0xFE, (byte) 0xFF}};
        String[] charsets = {"UTF-32LE", "UTF-32BE"};
        for (int i = 0; i < 2; i++) {
            Note n = reader.decodeAndParse("Acme.md", true, bytes(boms[i], charsets[i]));
            List<Problem> problems = n.problems();
            assertEquals(1, problems.size(), charsets[i] + ": " + problems);
            Problem p = problems.get(0);
            assertEquals("invalid-encoding", p.ruleId());
            assertEquals(1, p.line());
            assertEquals(1, p.column());
            assertEquals("note is encoded as UTF-32, which Obsidian does not read; re-save it as UTF-8", p.message());
            assertEquals(List.of("Kafka MM2"), n.links().stream().map(Link::target).toList(), charsets[i]);
            assertEquals(6, n.links().get(0).line());
            assertEquals("Acme", n.frontmatter().get("title").text());
        }
    }

    @Test
    void aUtf16NoteIsStillUtf16() {
        byte[] b = bytes(new byte[] {(byte) 0xFF, (byte) 0xFE}, "UTF-16LE");
        Note n = reader.decodeAndParse("Acme.md", true, b);
        assertEquals("note is encoded as UTF-16, which Obsidian does not read; re-save it as UTF-8", n.problems().get(0).message());
        assertEquals(List.of("Kafka MM2"), n.links().stream().map(Link::target).toList());
    }
}
