package io.github.vaultlint.type;

import io.github.vaultlint.config.ConfigException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The built-in schemas ship in the jar and skip meta-validation at run time (it costs every run a
 * compile of the 2020-12 meta-schema). Here they get it: copied into a vault, where every schema
 * file is meta-validated and checked for unknown keywords, each one must load.
 */
class BuiltinSchemasTest {
    private static final List<String> FILES = List.of("common.schema.yaml", "debrief.schema.yaml",
            "mock-interview.schema.yaml", "note.schema.yaml", "story-bank.schema.yaml");

    @TempDir
    Path vault;

    @Test
    void everyBuiltInSchemaPassesTheChecksAUserSchemaGets() throws Exception {
        for (String f : FILES) {
            copy(f);
        }
        SchemaStore store = new SchemaStore(vault);
        for (String f : FILES) {
            TypeSchema s = store.load(store.iriOf("schemas/" + f, null), "test");
            assertNotNull(s, f);
        }
        // The folder holds exactly these files, so a new built-in schema cannot miss this test.
        try (var listed = Files.list(vault.resolve("schemas"))) {
            assertEquals(FILES.size(), listed.count());
        }
    }

    @Test
    void aUserSchemaIsStillMetaValidated() throws Exception {
        Files.createDirectories(vault.resolve("schemas"));
        Files.writeString(vault.resolve("schemas/bad.schema.yaml"), "type: objekt\n");
        SchemaStore store = new SchemaStore(vault);
        String message = assertThrows(ConfigException.class,
                () -> store.load(store.iriOf("schemas/bad.schema.yaml", null), "test")).getMessage();
        assertFalse(message.isEmpty());
        assertTrue(message.contains("invalid JSON Schema at /type"), message);
    }

    private void copy(String file) throws IOException {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(BuiltinTypes.FOLDER + "schemas/" + file)) {
            assertNotNull(in, file + " is missing from the built-in schemas");
            Path target = vault.resolve("schemas").resolve(file);
            Files.createDirectories(target.getParent());
            Files.write(target, in.readAllBytes());
        }
    }
}
