package io.github.vaultlint.type;

import io.github.vaultlint.parse.YamlReader;
import io.github.vaultlint.vault.Frontmatter;
import io.github.vaultlint.vault.YamlNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The subset validator must say exactly what the full validator says: the same failures in the
 * same order (the order decides merged type messages and the required-property list), and so the
 * same positioned messages. Checked on thousands of generated frontmatters against the built-in
 * schemas and against user schemas that use every keyword of the subset.
 */
class SubsetSchemaTest {
    @TempDir
    Path vault;

    /** Every keyword the subset knows, with $ref within a file, across files and in a cycle. */
    private static final String WIDE = String.join("\n",
            "$schema: https://json-schema.org/draft/2020-12/schema",
            "title: everything the subset knows",
            "x-owner: me",
            "type: object",
            "required: [company, date]",
            "allOf:",
            "  - $ref: shared.schema.yaml",
            "  - required: [stage]",
            "properties:",
            "  company: {type: string, minLength: 2, maxLength: 12, x-note: shown on the card}",
            "  date: {$ref: 'shared.schema.yaml#/$defs/day'}",
            "  stage: {enum: [screen, onsite, offer, null, true]}",
            "  rating: {type: integer}",
            "  score: {type: [number, 'null']}",
            "  remote: {const: true}",
            "  kind: {const: debrief}",
            "  tags: {type: array, items: {type: [string, integer]}, minItems: 1, maxItems: 3}",
            "  panel:",
            "    type: array",
            "    items:",
            "      type: object",
            "      required: [name]",
            "      additionalProperties: false",
            "      properties:",
            "        name: {type: string}",
            "        role: {enum: [lead, peer]}",
            "  meta:",
            "    $ref: '#/$defs/meta'",
            "  extra:",
            "    type: object",
            "    additionalProperties: {type: string, format: date}",
            "$defs:",
            "  meta:",
            "    type: object",
            "    properties:",
            "      child: {$ref: '#/$defs/meta'}",
            "      label: {type: string, maxLength: 4}",
            "");
    private static final String SHARED = String.join("\n",
            "$schema: https://json-schema.org/draft/2020-12/schema",
            "type: object",
            "properties:",
            "  tags: {type: [array, string, 'null'], items: {type: [string, number]}}",
            "  aliases: {type: [array, 'null'], items: {type: string}}",
            "$defs:",
            "  day: {type: string, format: date}",
            "");
    private static final String CLOSED = String.join("\n",
            "$schema: https://json-schema.org/draft/2020-12/schema",
            "type: object",
            "additionalProperties: false",
            "required: [title]",
            "properties:",
            "  title: {type: string, minLength: 1}",
            "  tags: {type: array}",
            "  date: {type: string, format: date}",
            "");

    private static final String[] KEYS = {"title", "date", "tags", "company", "role", "draft", "stage", "rating", "score",
        "remote", "kind", "panel", "meta", "extra", "aliases", "cssclasses", "name", "child", "label", "'#hash'", "Title"};
    private static final String[] SCALARS = {"", "~", "null", "true", "false", "yes", "0", "7", "-3", "1.0", "2.5", "1e20",
        ".nan", ".inf", "-.inf", "12345678901234567890", "2024-02-29", "2023-02-29", "2024-13-01", "0000-01-01",
        "2024-1-1", "'2025-11-17'", "\"x\\ty\"", "screen", "onsite", "scren", "debrief", "lead", "peer", "a b c",
        "'#tag'", "Acme Corporation Ltd", "ab", "a", "\"\\u00e9t\\u00e9\"", "\"\\u0001\"", "'7'", "[]", "{}"};

    @Test
    void builtInSchemasAreAllInTheSubset() throws Exception {
        SchemaStore store = new SchemaStore(vault);
        for (String f : List.of("debrief", "mock-interview", "story-bank", "note")) {
            TypeSchema s = store.load(store.iriOf("schemas/" + f + ".schema.yaml", SchemaStore.BUILTIN_PREFIX), "test");
            assertTrue(s.usesSubset(), f);
        }
    }

    @Test
    void sameFailuresAsTheFullValidatorOnTheBuiltInSchemas() throws Exception {
        SchemaStore store = new SchemaStore(vault);
        for (String f : List.of("debrief", "mock-interview", "story-bank", "note")) {
            compare(store.load(store.iriOf("schemas/" + f + ".schema.yaml", SchemaStore.BUILTIN_PREFIX), "test"), 1500, f.hashCode());
        }
    }

    @Test
    void sameFailuresAsTheFullValidatorOnSchemasUsingTheWholeSubset() throws Exception {
        write("schemas/wide.schema.yaml", WIDE);
        write("schemas/shared.schema.yaml", SHARED);
        write("schemas/closed.schema.yaml", CLOSED);
        SchemaStore store = new SchemaStore(vault);
        TypeSchema wide = store.load(store.iriOf("schemas/wide.schema.yaml", null), "test");
        TypeSchema closed = store.load(store.iriOf("schemas/closed.schema.yaml", null), "test");
        assertTrue(wide.usesSubset());
        assertTrue(closed.usesSubset());
        assertEquals(List.of("company", "date", "stage"), wide.requiredProperties());
        int undecided = compare(wide, 4000, 7) + compare(closed, 1500, 8);
        assertTrue(undecided > 0, "numbers against enum must go to the full validator");
    }

    @Test
    void schemasOutsideTheSubsetUseTheFullValidator() throws Exception {
        write("schemas/pattern.schema.yaml", "type: object\nproperties:\n  id: {type: string, pattern: '^[a-z]+$'}\n");
        write("schemas/anyof.schema.yaml", "type: object\nproperties:\n  id: {anyOf: [{type: string}, {type: integer}]}\n");
        write("schemas/numenum.schema.yaml", "type: object\nproperties:\n  n: {enum: [1, 2]}\n");
        write("schemas/email.schema.yaml", "type: object\nproperties:\n  e: {type: string, format: email}\n");
        SchemaStore store = new SchemaStore(vault);
        for (String f : List.of("pattern", "anyof", "numenum", "email")) {
            TypeSchema s = store.load(store.iriOf("schemas/" + f + ".schema.yaml", null), "test");
            assertFalse(s.usesSubset(), f);
        }
        TypeSchema pattern = store.load(store.iriOf("schemas/pattern.schema.yaml", null), "test");
        List<SchemaViolation> v = pattern.validate(frontmatter("id: ABC"));
        assertEquals(1, v.size());
        assertEquals("id: \"ABC\" does not match the pattern ^[a-z]+$", v.get(0).message());
    }

    @Test
    void aValueTheFullValidatorCannotCheckIsAFindingNotACrash() throws Exception {
        write("schemas/numenum.schema.yaml", "type: object\nproperties:\n  n: {enum: [1, 2]}\n");
        SchemaStore store = new SchemaStore(vault);
        TypeSchema s = store.load(store.iriOf("schemas/numenum.schema.yaml", null), "test");
        List<SchemaViolation> v = s.validate(frontmatter("n: .nan"));
        assertEquals(1, v.size(), v.toString());
        assertEquals("n: .nan cannot be checked against the schema: JSON has no infinite number and no not-a-number; write a "
                + "finite number, or put the value in quotes to keep it as text", v.get(0).message());
        assertEquals(4, v.get(0).column(), "on the value, not the frontmatter as a whole");
        assertEquals(List.of(), s.validate(frontmatter("n: 2")));
    }

    @Test
    void requiredPropertiesAreListedOnceHoweverOftenTheSchemaRequiresThem() throws Exception {
        write("schemas/twice.schema.yaml", "type: object\nrequired: [company, date]\nallOf:\n  - required: [company]\n");
        SchemaStore store = new SchemaStore(vault);
        TypeSchema s = store.load(store.iriOf("schemas/twice.schema.yaml", null), "test");
        assertEquals(List.of("company", "date"), s.requiredProperties());
    }

    @Test
    void aFullValidatorThatFailsToCompileLaterIsAFindingNotACrash() {
        SubsetSchema numbers = SubsetSchema.compile("x", Map.of("properties", Map.of("n", Map.of("enum", List.of("a")))),
                (base, ref) -> null);
        TypeSchema s = new TypeSchema("test schema", Map.of(), numbers, () -> {
            throw new IllegalStateException("schema does not compile");
        });
        Frontmatter fm = frontmatter("n: 3");
        List<SchemaViolation> v = s.validate(fm); // 3 against enum: the subset leaves it to the full validator
        assertEquals(1, v.size(), v.toString());
        assertTrue(v.get(0).message().contains("schema does not compile"), v.get(0).message());
    }

    @Test
    void aNumberAgainstEnumIsJudgedByTheFullValidator() throws Exception {
        write("schemas/wide.schema.yaml", WIDE);
        write("schemas/shared.schema.yaml", SHARED);
        SchemaStore store = new SchemaStore(vault);
        TypeSchema wide = store.load(store.iriOf("schemas/wide.schema.yaml", null), "test");
        Frontmatter fm = frontmatter("company: Acme\ndate: 2024-01-02\nstage: 1.50");
        assertThrows(SubsetSchema.Undecided.class, () -> wide.subsetFailures(fm.root().toPlain()));
        List<SchemaViolation> v = wide.validate(fm);
        assertEquals(1, v.size(), v.toString());
        assertTrue(v.get(0).message().startsWith("stage: 1.50 is not one of the allowed values"), v.get(0).message());
    }

    @Test
    void compilesOnlyTheSubset() {
        SubsetSchema.Resolver none = (base, ref) -> null;
        assertNull(SubsetSchema.compile("x", Map.of("type", "object", "patternProperties", Map.of()), none));
        assertNull(SubsetSchema.compile("x", Map.of("$ref", "elsewhere.yaml"), none));
        assertNull(SubsetSchema.compile("x", Map.of("type", "objekt"), none));
        assertNull(SubsetSchema.compile("x", Map.of("type", "object", "enum", List.of("a")), none));
        assertNull(SubsetSchema.compile("x", Map.of("minLength", 2.0), none));
        assertNull(SubsetSchema.compile("x", Map.of("maxLength", 4_294_967_296L), none)); // networknt wraps it to an int
        assertNull(SubsetSchema.compile("x", Map.of("minItems", 2_147_483_648L), none));
        assertNotNull(SubsetSchema.compile("x", Map.of("maxItems", 2_147_483_647L), none));
        assertNull(SubsetSchema.compile("x", false, none));
        assertNotNull(SubsetSchema.compile("x", true, none));
        assertNotNull(SubsetSchema.compile("x", Map.of("title", "t", "$defs", Map.of("any", Map.of("pattern", "x"))), none));
    }

    @Test
    void datesAreCheckedAsTheFullValidatorChecksThem() {
        assertTrue(SubsetSchema.isDate("2024-02-29"));
        assertTrue(SubsetSchema.isDate("0000-01-01"));
        assertFalse(SubsetSchema.isDate("2023-02-29"));
        assertFalse(SubsetSchema.isDate("+10000-01-01"));
        assertFalse(SubsetSchema.isDate("2024-1-1"));
        assertFalse(SubsetSchema.isDate("2024-01-01T10:00:00Z"));
        // Every month and day (and their neighbours) of many years, and mangled forms, against java.time.
        for (int y : new int[] {0, 1, 4, 99, 100, 400, 1582, 1900, 1999, 2000, 2023, 2024, 2100, 2400, 9999}) {
            for (int m = 0; m <= 13; m++) {
                for (int d = 0; d <= 32; d++) {
                    String s = String.format("%04d-%02d-%02d", y, m, d);
                    assertEquals(referenceIsDate(s), SubsetSchema.isDate(s), s);
                }
            }
        }
        String[] odd = {"+2024-01-01", "-2024-01-01", "+10000-01-01", "02024-01-01", "2024-01-1", "2024-1-01", " 2024-01-01",
            "2024-01-01 ", "2024/01/01", "2024-01-01\n", "２０２４-01-01", "2024-0１-01", "2024--1-01", "20a4-01-01", "", "-",
            "9999-12-31", "10000-01-01", "0000-00-00", "2024-02-29", "2024-13-01", "2024-00-10", "2024-04-31"};
        for (String s : odd) {
            assertEquals(referenceIsDate(s), SubsetSchema.isDate(s), s);
        }
        java.util.Random r = new java.util.Random(3);
        String alphabet = "0123456789-+ T:";
        for (int i = 0; i < 50_000; i++) {
            StringBuilder sb = new StringBuilder(r.nextBoolean() ? "2024-02-2" : "");
            for (int k = r.nextInt(11); k > 0; k--) {
                sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
            }
            String s = sb.toString();
            assertEquals(referenceIsDate(s), SubsetSchema.isDate(s), s);
        }
    }

    /** networknt's DateFormat.matches. */
    private static boolean referenceIsDate(String s) {
        try {
            int year = java.time.LocalDate.parse(s).getYear();
            return year >= 0 && year <= 9999;
        } catch (java.time.format.DateTimeParseException e) {
            return false;
        }
    }

    /** Compares both validators on {@code n} generated frontmatters; returns how many the subset left undecided. */
    private int compare(TypeSchema schema, int n, long seed) throws Exception {
        Random r = new Random(seed);
        int undecided = 0;
        int failing = 0;
        int crashes = 0; // kept for the assertion message below
        for (int i = 0; i < n; i++) {
            String yaml = mapping(r, 0);
            Frontmatter fm = frontmatter(yaml);
            if (fm == null) {
                continue;
            }
            Object data = fm.root().toPlain();
            List<SchemaFailure> full = schema.fullFailures(data);
            if (full.size() == 1 && full.get(0).keyword().equals("validator")) {
                // networknt cannot put NaN or infinity in an enum's decimal form; the subset judges those
                assertFalse(schema.subsetFailures(data).isEmpty(), yaml);
                crashes++;
                continue;
            }
            List<SchemaFailure> fast;
            try {
                fast = schema.subsetFailures(data);
            } catch (SubsetSchema.Undecided e) {
                undecided++;
                continue;
            }
            if (!full.isEmpty()) {
                failing++;
            }
            String context = "frontmatter:\n" + yaml;
            assertEquals(shape(full), shape(fast), context);
            assertEquals(schema.violations(fm, full), schema.violations(fm, fast), context);
        }
        assertTrue(failing > n / 20, "the generator must produce failing notes too: " + failing + " (" + crashes
                + " the full validator could not check)");
        return undecided;
    }

    /** What a failure says, without the validator's own text (only the full validator has it). */
    private static List<String> shape(List<SchemaFailure> failures) {
        List<String> out = new ArrayList<>();
        for (SchemaFailure f : failures) {
            out.add(f.keyword() + " " + f.segments() + " " + f.property() + " " + PlainJson.render(f.schemaValue())
                    + " " + PlainJson.render(f.found()));
        }
        return out;
    }

    private static String mapping(Random r, int depth) {
        StringBuilder sb = new StringBuilder();
        int keys = r.nextInt(depth == 0 ? 7 : 4);
        String indent = "  ".repeat(depth);
        for (int k = 0; k < keys; k++) {
            sb.append(indent).append(KEYS[r.nextInt(KEYS.length)]).append(':');
            value(r, depth, sb);
        }
        if (depth == 0 && r.nextInt(3) > 0) { // most notes have the usual keys
            sb.append("company: ").append(r.nextBoolean() ? "Acme" : SCALARS[r.nextInt(SCALARS.length)]).append('\n');
            sb.append("date: ").append(r.nextBoolean() ? "2024-05-06" : SCALARS[r.nextInt(SCALARS.length)]).append('\n');
        }
        return sb.toString();
    }

    private static void value(Random r, int depth, StringBuilder sb) {
        int kind = depth >= 2 ? 0 : r.nextInt(10);
        String indent = "  ".repeat(depth);
        if (kind < 5) {
            sb.append(' ').append(SCALARS[r.nextInt(SCALARS.length)]).append('\n');
        } else if (kind < 7) {
            sb.append(" [");
            int items = r.nextInt(4);
            for (int i = 0; i < items; i++) {
                String s = SCALARS[r.nextInt(SCALARS.length)];
                sb.append(i > 0 ? ", " : "").append(s.isEmpty() ? "''" : s);
            }
            sb.append("]\n");
        } else if (kind < 9) {
            sb.append('\n');
            int items = 1 + r.nextInt(3);
            for (int i = 0; i < items; i++) {
                if (r.nextInt(4) == 0) {
                    sb.append(indent).append("  - name:");
                    value(r, depth + 2, sb);
                    sb.append(indent).append("    role: ").append(r.nextBoolean() ? "lead" : "boss").append('\n');
                } else {
                    sb.append(indent).append("  -");
                    value(r, depth + 2, sb);
                }
            }
        } else {
            sb.append('\n').append(mapping(r, depth + 1));
        }
    }

    private static Frontmatter frontmatter(String yaml) {
        YamlReader.Parsed p = YamlReader.read(yaml);
        YamlNode root = p.root();
        if (root == null || root.entries() == null || !p.problems().isEmpty()) {
            return null;
        }
        return new Frontmatter(1, yaml.split("\n", -1).length + 1, root);
    }

    private void write(String path, String text) throws IOException {
        Path p = vault.resolve(path);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
    }
}
