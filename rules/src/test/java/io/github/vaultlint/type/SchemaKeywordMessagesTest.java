package io.github.vaultlint.type;

import io.github.vaultlint.config.ConfigException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Keywords whose failures read as the validator's own text before: a {@code false} subschema (the
 * JSON Schema way to forbid one property), {@code contains}, and {@code min/maxProperties}.
 */
class SchemaKeywordMessagesTest {
    @TempDir
    Path vault;

    private List<String> findings(String schema, String note) throws IOException, ConfigException {
        JobTypeVault.configure(vault, schema);
        return JobTypeVault.schemaFindings(vault, note);
    }

    @Test
    void aPropertyWhoseSchemaIsFalseIsNotAllowedAndSitsOnItsKey() throws Exception {
        // Was "secret: schema for 'secret' is false", on the value.
        assertEquals(List.of("3:1-3:7 property \"secret\" is not allowed by the schema (its schema is false); remove it"),
                findings("type: object\nproperties:\n  secret: false\n  meta: { type: object, properties: { pin: false } }\n",
                        "---\ncompany: Acme\nsecret: 1\n---\n"));
        assertEquals(List.of("4:3-4:6 property \"meta.pin\" is not allowed by the schema (its schema is false); remove it"),
                findings("type: object\nproperties:\n  secret: false\n  meta: { type: object, properties: { pin: false } }\n",
                        "---\ncompany: Acme\nmeta:\n  pin: 1234\n---\n"));
    }

    @Test
    void aListItemBeyondFalseItemsIsNotAllowed() throws Exception {
        assertEquals(List.of("2:11-2:12 pair[1]: no item is allowed here by the schema (its items are false); remove it"),
                findings("type: object\nproperties:\n  pair: { type: array, prefixItems: [ {type: string} ], items: false }\n",
                        "---\npair: [a, b]\n---\n"));
    }

    @Test
    void aSchemaThatIsFalseAcceptsNoFrontmatter() throws Exception {
        // Was "frontmatter: schema for 'null' is false".
        assertEquals(List.of("1:1-1:4 frontmatter: the schema is false, which accepts no frontmatter at all; "
                        + "remove the frontmatter or change the schema"),
                findings("false\n", "---\ncompany: Acme\n---\n"));
    }

    @Test
    void containsSaysWhatItemsAreNeededAndWhatWasFound() throws Exception {
        // Was "must contain at least 1 element(s) that passes these validations: {"const":"core"}".
        assertEquals(List.of("2:1-2:5 tags: must contain at least 1 item matching {\"const\":\"core\"}, found [\"a\",\"b\"]"),
                findings("type: object\nproperties:\n  tags: { type: array, contains: { const: core } }\n",
                        "---\ntags: [a, b]\n---\n"));
        assertEquals(List.of("2:1-2:5 tags: must contain at least 2 items matching {\"const\":\"core\"}, found [\"core\",\"b\"]"),
                findings("type: object\nproperties:\n  tags: { type: array, contains: { const: core }, minContains: 2 }\n",
                        "---\ntags: [core, b]\n---\n"));
    }

    @Test
    void propertyCountsSayHowManyWereFound() throws Exception {
        assertEquals(List.of("2:1-2:6 small: has 2 properties, at most 1 allowed"),
                findings("type: object\nproperties:\n  small: { type: object, maxProperties: 1 }\n",
                        "---\nsmall: {a: 1, b: 2}\n---\n"));
        assertEquals(List.of("1:1-1:4 frontmatter: has 1 property, at least 3 expected"),
                findings("type: object\nminProperties: 3\n", "---\ncompany: Acme\n---\n"));
    }
}
