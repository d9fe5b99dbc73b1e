package io.github.vaultlint.type;

import io.github.vaultlint.config.ConfigException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;


import static org.junit.jupiter.api.Assertions.assertEquals;

/** anyOf/oneOf: one finding per wrong value, in words, never the validator's "must be valid to one and only one schema". */
class SchemaAlternativesTest {
    @TempDir
    Path vault;

    @BeforeEach
    void config() throws IOException {
        JobTypeVault.configure(vault, """
                type: object
                properties:
                  rating: { oneOf: [{ type: integer, minimum: 1, maximum: 5 }, { enum: [low, mid, high] }] }
                  contact:
                    anyOf:
                      - { type: string, format: email }
                      - { type: object, required: [name], properties: { name: { type: string } } }
                  mode: { anyOf: [{ type: string, pattern: "^a" }, { type: string, pattern: "^b" }] }
                  when: { oneOf: [{ type: string }, { type: string, format: date }] }
                  scores: { type: array, items: { oneOf: [{ type: integer }, { type: object, required: [k] }] } }
                """);
    }

    private List<String> findings(String frontmatter) throws IOException, ConfigException {
        return JobTypeVault.schemaFindings(vault, "---\n" + frontmatter + "---\n# x\n");
    }

    @Test
    void theAlternativeForTheKindOfValueWrittenIsTheOneReported() throws Exception {
        assertEquals(List.of("2:9-2:10 rating: 7 is above the maximum 5"), findings("rating: 7\n"));
        assertEquals(List.of("2:9-2:15 rating: \"medium\" is not one of the allowed values \"low\", \"mid\", \"high\""),
                findings("rating: medium\n"));
        assertEquals(List.of("2:1-2:8 missing required property \"name\" in \"contact\" (is \"nam\" on line 2 a misspelling? "
                + "rename it to name)"), findings("contact: { nam: Bob }\n"));
    }

    @Test
    void noAlternativeForTheKindOfValueIsOneTypeFinding() throws Exception {
        assertEquals(List.of("2:10-2:12 contact: expected text or nested properties, found number 42; to keep it as text, put the value in quotes"), findings("contact: 42\n"));
        assertEquals(List.of("2:13-2:14 scores[1]: expected a whole number or nested properties, found text \"x\""),
                findings("scores: [1, x]\n"));
    }

    @Test
    void severalAlternativesThatFailAreOneFindingNamingEach() throws Exception {
        assertEquals(List.of("2:7-2:10 mode: fits none of the 2 alternatives of the schema's anyOf: (1) \"cat\" does not match "
                + "the pattern ^a; (2) \"cat\" does not match the pattern ^b; change the value to fit one of them"),
                findings("mode: cat\n"));
        assertEquals(List.of("2:9-2:13 rating: fits none of the 2 alternatives of the schema's oneOf: (1) expected a whole number, "
                + "found true; (2) true is not one of the allowed values \"low\", \"mid\", \"high\"; change the value to fit one of them"),
                findings("rating: true\n"));
    }

    @Test
    void oneOfWithTwoFittingAlternativesSaysSo() throws Exception {
        assertEquals(List.of("2:7-2:17 when: fits 2 of the alternatives of the schema's oneOf, but must fit exactly one; "
                + "make the alternatives exclude each other in the schema, or use anyOf"), findings("when: 2025-11-17\n"));
    }
}
