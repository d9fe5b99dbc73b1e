package io.github.vaultlint.cache;

import io.github.vaultlint.parse.NoteParser;
import io.github.vaultlint.parse.NoteReader;
import io.github.vaultlint.type.NoteLabels;
import io.github.vaultlint.testutil.Seeds;
import io.github.vaultlint.vault.Note;
import org.junit.jupiter.api.Test;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every note model survives the cache's binary form unchanged. */
class NoteCodecTest {
    private final NoteReader reader = new NoteReader(new NoteParser(), 5L * 1024 * 1024);

    @Test
    void everyFixtureSeedAndHostileNoteRoundTrips() throws Exception {
        List<Note> notes = new ArrayList<>();
        for (String dir : List.of("/fixtures", "/hostile-vault")) {
            try (Stream<Path> s = Files.walk(resource(dir))) {
                for (Path p : s.filter(f -> f.toString().endsWith(".md")).sorted().toList()) {
                    notes.add(reader.decodeAndParse(p.toString(), true, Files.readAllBytes(p)));
                }
            }
        }
        Path seeds = Seeds.locate();
        if (seeds != null) {
            try (Stream<Path> s = Files.list(seeds)) {
                for (Path p : s.sorted().toList()) {
                    notes.add(reader.decodeAndParse(p.toString(), false, Files.readAllBytes(p)));
                }
            }
        }
        assertTrue(notes.size() > 100, "fixtures found: " + notes.size());
        assertEquals(notes, roundTrip(notes));
    }

    @Test
    void edgeValuesRoundTrip() {
        String text = "---\n"
                + "nan: .nan\ninf: -.inf\nbig: 12345678901234\nneg: -7\nfloat: -1.5e3\nyes: yes\nnone: ~\n"
                + "quoted: \"[[Target#Head|alias]]\"\nnested:\n  deep:\n    - [a, b]\n    - {k: v}\nempty: []\n"
                + "date: 2024-13-45\ntags: [one, two]\n---\n"
                + "# Heading 🚀 with ünïcödé\n\n"
                + "A paragraph long enough to be stored inline rather than in the string table, with [[Link|alias]]"
                + " and ![[image.png|300]] and [md](other%20note.md#Part) and a #tag and %% comment %% ^block-1\n\n"
                + "- [ ] task one\n- [x] task two\n\n> [!info] Callout\n> **Situation**: text\n\n"
                + "<!-- html comment -->\n\n```java\ncode [[not a link]]\n```\n\n| a | b |\n|---|---|\n\n---\n";
        Note n = reader.decodeAndParse("a.md", true, text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertFalse(n.links().isEmpty());
        assertFalse(n.frontmatter().entries().isEmpty());
        Note empty = reader.decodeAndParse("e.md", false, new byte[0]);
        Note emptyFm = reader.decodeAndParse("f.md", true, "---\n---\n".getBytes());
        Note bad = reader.decodeAndParse("b.md", true, "---\nkey: [unclosed\n---\n".getBytes());
        Note utf16 = reader.decodeAndParse("u.md", true, new byte[] {(byte) 0xFF, (byte) 0xFE, 'h', 0, 'i', 0});
        List<Note> all = List.of(n, empty, emptyFm, bad, utf16, n);
        assertEquals(all, roundTrip(all));
    }

    @Test
    void truncatedInputIsRejectedNotMisread() {
        Note n = reader.decodeAndParse("a.md", true, "# Title\n\nText with [[Link]].\n".getBytes());
        NoteCodec.Writer w = new NoteCodec.Writer();
        w.index(n, NoteLabels.of(n));
        NoteCodec.Reader r = new NoteCodec.Reader();
        r.reset(w.buffer(), 0, w.size() - 3);
        assertThrows(IllegalStateException.class, r::index);
    }

    /** Each note's index part through the codec, with the note's own blocks and tasks (not stored). */
    private static List<Note> roundTrip(List<Note> notes) {
        NoteCodec.Writer w = new NoteCodec.Writer();
        for (Note n : notes) {
            w.index(n, NoteLabels.of(n));
        }
        byte[] bytes = java.util.Arrays.copyOf(w.buffer(), w.size());
        NoteCodec.Reader r = new NoteCodec.Reader();
        r.reset(bytes, 0, bytes.length);
        List<Note> out = new ArrayList<>();
        for (Note n : notes) {
            NoteCodec.Index idx = r.index();
            assertEquals(NoteLabels.of(n), idx.labels(), n.path());
            out.add(idx.note(n.path(), n.linted(), n.blocks(), n.tasks()));
        }
        assertFalse(r.more(), "every byte is read");
        return out;
    }

    private static Path resource(String name) throws URISyntaxException {
        return Paths.get(NoteCodecTest.class.getResource(name).toURI());
    }
}
