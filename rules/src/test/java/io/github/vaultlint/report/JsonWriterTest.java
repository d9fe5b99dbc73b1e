package io.github.vaultlint.report;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.nio.file.Files;
import java.nio.charset.StandardCharsets;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * {@link JsonWriter} writes what Jackson's generator with the report's pretty printer wrote before
 * it: the same calls on both, byte-identical output. The random documents nest objects and arrays
 * (empty ones too) and carry hostile strings: quotes, backslashes, every control character, accents,
 * CJK, emoji (surrogate pairs) and lone surrogates.
 */
class JsonWriterTest {

    /** The same call sequence, sent to either writer. */
    private interface Sink {
        void startObject() throws IOException;

        void endObject() throws IOException;

        void startArray() throws IOException;

        void endArray() throws IOException;

        void name(String name) throws IOException;

        void string(String s) throws IOException;

        void number(long n) throws IOException;

        void bool(boolean b) throws IOException;
    }

    @Test
    void randomDocumentsMatchJacksonByteForByte() throws IOException {
        Random random = new Random(7);
        for (int doc = 0; doc < 2_000; doc++) {
            long seed = random.nextLong();
            assertEquals(new String(jackson(seed), StandardCharsets.UTF_8), new String(ours(seed), StandardCharsets.UTF_8),
                    "document with seed " + seed);
        }
    }

    @Test
    void hostileStringsAreEscapedAsJacksonDoes() throws IOException {
        StringBuilder controls = new StringBuilder();
        for (char c = 0; c < 0x20; c++) {
            controls.append(c);
        }
        String[] values = {"", "plain", "\"quoted\" \\back\\slash/", controls.toString(), "\u007f\u0080\u00e9\u07ff\u0800\uffff",
            "emoji \ud83d\ude00 pair", "lone \ud800 high", "lone \udc00 low", "reversed \udc00\ud800", "</script><b>&amp;", "\u2028\u2029",
            "x".repeat(200_000)};
        for (String v : values) {
            long seed = v.hashCode();
            byte[] expected = write(newJackson(), s -> {
                s.startObject();
                s.name("k\"ey\n");
                s.string(v);
                s.name("nothing");
                s.string(null);
                s.endObject();
            });
            byte[] actual = write(null, s -> {
                s.startObject();
                s.name("k\"ey\n");
                s.string(v);
                s.name("nothing");
                s.string(null);
                s.endObject();
            });
            assertEquals(new String(expected, StandardCharsets.UTF_8), new String(actual, StandardCharsets.UTF_8), "value " + seed);
        }
    }

    @Test
    void deepNestingMatchesJacksonAndDeeperStillWrites() throws IOException {
        // Jackson allows 1000 levels by default; the report itself is about five deep.
        for (int depth : new int[] {31, 32, 33, 100, 700}) { // 700 objects and 233 arrays: under 1000
            Script nested = s -> {
                s.startObject();
                for (int i = 1; i < depth; i++) {
                    s.name("k");
                    if (i % 3 == 0) {
                        s.startArray();
                        s.startObject();
                    } else {
                        s.startObject();
                    }
                }
                for (int i = depth - 1; i >= 1; i--) {
                    s.endObject();
                    if (i % 3 == 0) {
                        s.endArray();
                    }
                }
                s.endObject();
            };
            assertEquals(new String(write(newJackson(), nested), StandardCharsets.UTF_8),
                    new String(write(null, nested), StandardCharsets.UTF_8), "depth " + depth);
        }
        // Indentation wider than the writer's buffer is written in pieces (a 16-byte buffer here).
        for (int depth : new int[] {5, 9, 40}) {
            Script nested = s -> {
                s.startObject();
                for (int i = 1; i < depth; i++) {
                    s.name("k");
                    s.startObject();
                }
                s.name("x");
                s.number(1);
                for (int i = 0; i < depth; i++) {
                    s.endObject();
                }
            };
            assertEquals(new String(write(newJackson(), nested), StandardCharsets.UTF_8),
                    new String(write(null, 16, nested), StandardCharsets.UTF_8), "depth " + depth);
        }
    }

    @Test
    void smallBuffersGiveTheSameBytes() throws IOException {
        Random random = new Random(11);
        for (int doc = 0; doc < 500; doc++) {
            long seed = random.nextLong();
            int size = 16 + random.nextInt(48);
            assertEquals(new String(jackson(seed), StandardCharsets.UTF_8),
                    new String(write(null, size, s -> document(s, new Random(seed))), StandardCharsets.UTF_8),
                    "document with seed " + seed + ", buffer " + size);
        }
    }

    @Test
    void outputIsValidJsonThatReadsBackTheSameStrings() throws IOException {
        String tricky = "a\"b\\c\n\td\u0001e\u00e9f\ud83d\ude00g";
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JsonWriter w = new JsonWriter(bytes)) {
            w.startObject();
            w.field("s", tricky);
            w.arrayField("a");
            w.value(1);
            w.value(true);
            w.value(tricky);
            w.endArray();
            w.endObject();
        }
        var tree = new ObjectMapper().readTree(bytes.toByteArray());
        assertEquals(tricky, tree.get("s").asText());
        assertEquals(tricky, tree.get("a").get(2).asText());
        assertEquals(3, tree.get("a").size());
    }

    private interface Script {
        void run(Sink s) throws IOException;
    }

    private static byte[] jackson(long seed) throws IOException {
        return write(newJackson(), s -> document(s, new Random(seed)));
    }

    private static byte[] ours(long seed) throws IOException {
        return write(null, s -> document(s, new Random(seed)));
    }

    private static JsonFactory newJackson() {
        return new JsonFactory();
    }

    /** Runs {@code script} through Jackson (with {@code factory}) or, with null, through {@link JsonWriter}. */
    private static byte[] write(JsonFactory factory, Script script) throws IOException {
        return write(factory, 1 << 16, script);
    }

    private static byte[] write(JsonFactory factory, int bufferSize, Script script) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        if (factory != null) {
            try (JsonGenerator g = factory.createGenerator(bytes, JsonEncoding.UTF8)) {
                g.setPrettyPrinter(new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n")));
                script.run(new Sink() {
                    public void startObject() throws IOException {
                        g.writeStartObject();
                    }

                    public void endObject() throws IOException {
                        g.writeEndObject();
                    }

                    public void startArray() throws IOException {
                        g.writeStartArray();
                    }

                    public void endArray() throws IOException {
                        g.writeEndArray();
                    }

                    public void name(String name) throws IOException {
                        g.writeFieldName(name);
                    }

                    public void string(String s) throws IOException {
                        g.writeString(s);
                    }

                    public void number(long n) throws IOException {
                        g.writeNumber(n);
                    }

                    public void bool(boolean b) throws IOException {
                        g.writeBoolean(b);
                    }
                });
            }
        } else {
            try (JsonWriter w = new JsonWriter(bytes, bufferSize)) {
                script.run(new Sink() {
                    public void startObject() throws IOException {
                        w.startObject();
                    }

                    public void endObject() throws IOException {
                        w.endObject();
                    }

                    public void startArray() throws IOException {
                        w.startArray();
                    }

                    public void endArray() throws IOException {
                        w.endArray();
                    }

                    public void name(String name) throws IOException {
                        w.name(name);
                    }

                    public void string(String s) throws IOException {
                        w.value(s);
                    }

                    public void number(long n) throws IOException {
                        w.value(n);
                    }

                    public void bool(boolean b) throws IOException {
                        w.value(b);
                    }
                });
            }
        }
        return bytes.toByteArray();
    }

    /** A random document: an object at the root, up to six levels deep. */
    private static void document(Sink s, Random r) throws IOException {
        object(s, r, 0);
    }

    private static void object(Sink s, Random r, int depth) throws IOException {
        s.startObject();
        int n = r.nextInt(depth == 0 ? 6 : 4);
        for (int i = 0; i < n; i++) {
            s.name(text(r));
            value(s, r, depth + 1);
        }
        s.endObject();
    }

    private static void array(Sink s, Random r, int depth) throws IOException {
        s.startArray();
        int n = r.nextInt(4);
        for (int i = 0; i < n; i++) {
            value(s, r, depth + 1);
        }
        s.endArray();
    }

    private static void value(Sink s, Random r, int depth) throws IOException {
        int kind = r.nextInt(depth >= 6 ? 4 : 6);
        switch (kind) {
            case 0 -> s.string(r.nextInt(10) == 0 ? null : text(r));
            case 1 -> s.number(r.nextInt(3) == 0 ? r.nextLong() : r.nextInt(1000) - 10);
            case 2 -> s.bool(r.nextBoolean());
            case 3 -> s.string(text(r));
            case 4 -> object(s, r, depth);
            default -> array(s, r, depth);
        }
    }

    private static final String ALPHABET = "abc XYZ 019 \"\\/\n\t\r\b\f\u0000\u001f\u007f\u00e9\u00df\u0416\u4e2d\ud83d\ude00\ud800\udfff<>&'";

    private static String text(Random r) {
        StringBuilder sb = new StringBuilder();
        int len = r.nextInt(12);
        for (int i = 0; i < len; i++) {
            sb.append(ALPHABET.charAt(r.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }

    /** Writes {"a" : 1, "b" : [ {"x" : "y"} ], "c" : {"d" : true}, "e" : "f"} with "c" onward on a fork when {@code spill} is set. */
    private static void forkable(JsonWriter g, Path spill) throws IOException {
        g.startObject();
        g.field("a", 1);
        JsonWriter tail = spill == null ? g : g.forkAfter(1, Files.newOutputStream(spill));
        g.arrayField("b");
        g.startObject();
        g.field("x", "y");
        g.endObject();
        g.endArray();
        tail.objectField("c");
        tail.field("d", true);
        tail.endObject();
        tail.field("e", "f");
        if (tail != g) {
            tail.close();
            g.append(tail, spill);
        }
        g.endObject();
    }

    @Test
    void aForkWrittenElsewhereSplicesInAsIfWrittenInPlace(@org.junit.jupiter.api.io.TempDir Path tmp) throws IOException {
        ByteArrayOutputStream straight = new ByteArrayOutputStream();
        try (JsonWriter g = new JsonWriter(straight, 16)) {
            forkable(g, null);
        }
        ByteArrayOutputStream forked = new ByteArrayOutputStream();
        try (JsonWriter g = new JsonWriter(forked, 16)) {
            forkable(g, tmp.resolve("part"));
        }
        assertEquals(straight.toString(StandardCharsets.UTF_8), forked.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aForkAppendedAtTheWrongPlaceIsRefused(@org.junit.jupiter.api.io.TempDir Path tmp) throws IOException {
        JsonWriter g = new JsonWriter(new ByteArrayOutputStream());
        g.startObject();
        JsonWriter tail = g.forkAfter(1, Files.newOutputStream(tmp.resolve("part")));
        tail.field("later", 2);
        tail.close();
        // The field it was forked after was never written.
        assertThrows(IllegalStateException.class, () -> g.append(tail, tmp.resolve("part")));
    }
}
