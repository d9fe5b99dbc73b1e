package io.github.vaultlint.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.github.vaultlint.parse.YamlReader;
import io.github.vaultlint.rule.RuleRegistry;
import io.github.vaultlint.type.BuiltinTypes;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * docs/vaultlint.schema.json, the editor schema for .vaultlint.yml, agrees with the loader: every
 * example config in the fixtures, the docs and the built-ins passes it (and the loader), typical
 * mistakes fail it, and it lists exactly the registered rule ids.
 */
class ConfigSchemaTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static JsonSchema schema;
    private static JsonNode schemaJson;
    private static Path docs;

    @BeforeAll
    static void load() throws IOException {
        for (Path p = Paths.get("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isRegularFile(p.resolve("docs/vaultlint.schema.json"))) {
                docs = p.resolve("docs");
                break;
            }
        }
        assertNotNull(docs, "docs/vaultlint.schema.json not found above " + Paths.get("").toAbsolutePath());
        schemaJson = MAPPER.readTree(docs.resolve("vaultlint.schema.json").toFile());
        schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(schemaJson);
    }

    private static List<String> problems(String yaml) {
        YamlReader.Parsed parsed = YamlReader.read(yaml);
        assertTrue(parsed.problems().isEmpty(), "example does not parse: " + parsed.problems());
        JsonNode data = MAPPER.valueToTree(parsed.root().toPlain());
        List<String> out = new ArrayList<>();
        for (ValidationMessage m : schema.validate(data)) {
            out.add(m.getMessage());
        }
        return out;
    }

    private static void assertValid(String name, String yaml) {
        assertEquals(List.of(), problems(yaml), name + " does not pass docs/vaultlint.schema.json");
        try {
            new ConfigLoader(RuleRegistry.builtin()).parse(Path.of(name), yaml);
        } catch (ConfigException e) {
            throw new AssertionError(name + " passes the schema but the loader rejects it: " + e.getMessage(), e);
        }
    }

    private static Path resources() {
        try {
            return Paths.get(ConfigSchemaTest.class.getResource("/fixtures").toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void everyExampleConfigInTheTestResourcesIsValid() throws IOException {
        List<Path> configs;
        try (Stream<Path> s = Files.walk(resources())) {
            configs = s.filter(p -> p.getFileName().toString().equals(".vaultlint.yml")).sorted().toList();
        }
        assertTrue(configs.size() >= 4, "expected the scenario fixtures' configs, found " + configs);
        for (Path c : configs) {
            assertValid(resources().relativize(c).toString(), Files.readString(c, StandardCharsets.UTF_8));
        }
    }

    @Test
    void theBuiltInTypesAreAValidConfig() {
        assertValid(BuiltinTypes.CONFIG, BuiltinTypes.configText());
    }

    @Test
    void yamlExamplesInTheConfigurationDocsAreValid() throws IOException {
        String md = Files.readString(docs.resolve("configuration.md"), StandardCharsets.UTF_8);
        Matcher m = Pattern.compile("```yaml\\n(.*?)```", Pattern.DOTALL).matcher(md);
        int n = 0;
        while (m.find()) {
            String block = m.group(1);
            if (block.startsWith("# schemas/")) {
                continue; // a frontmatter schema, not a config
            }
            assertValid("docs/configuration.md example " + (++n), block);
        }
        assertTrue(n >= 5, "expected the config examples of docs/configuration.md, found " + n);
    }

    @Test
    void typicalMistakesFailTheSchema() {
        assertFalse(problems("rulez: {}\n").isEmpty(), "unknown top-level key");
        assertFalse(problems("rules:\n  broken-link: loud\n").isEmpty(), "unknown level");
        assertFalse(problems("rules:\n  brokn-link: error\n").isEmpty(), "unknown rule id");
        assertFalse(problems("extends: builtin\n").isEmpty(), "extends value");
        assertFalse(problems("maxFileSize: lots\n").isEmpty(), "size");
        assertFalse(problems("noteTypes:\n  debrief:\n    schemas: x.yaml\n").isEmpty(), "unknown type key");
        assertFalse(problems("noteTypes:\n  debrief:\n    match: { tag: [x] }\n").isEmpty(), "unknown match key");
        assertFalse(problems("noteTypes:\n  story bank: {}\n").isEmpty(), "type name with a space");
        assertFalse(problems("ignore: [a, [b]]\n").isEmpty(), "nested list");
        assertFalse(problems("noteTypes:\n  debrief:\n    rules: { brokn-link: off }\n").isEmpty(), "unknown rule id in a type's rules");
        assertFalse(problems("noteTypes:\n  debrief:\n    rules: { broken-link: loud }\n").isEmpty(), "unknown level in a type's rules");
    }

    @Test
    void theSchemaListsExactlyTheRegisteredRules() {
        Set<String> listed = new TreeSet<>();
        schemaJson.path("properties").path("rules").path("properties").fieldNames().forEachRemaining(listed::add);
        Set<String> registered = new TreeSet<>(RuleRegistry.builtin().ids());
        assertEquals(registered, listed, "docs/vaultlint.schema.json properties.rules.properties must name every rule id "
                + "(add each new rule as \"<id>\": { \"$ref\": \"#/definitions/level\" })");
    }

    @Test
    void theSchemaKnowsExactlyTheLoadersKeys() {
        Set<String> listed = new TreeSet<>();
        schemaJson.path("properties").fieldNames().forEachRemaining(listed::add);
        assertEquals(new TreeSet<>(ConfigLoader.KEYS), listed);
        Set<String> typeKeys = new TreeSet<>();
        schemaJson.path("definitions").path("noteType").path("properties").fieldNames().forEachRemaining(typeKeys::add);
        assertEquals(new TreeSet<>(NoteTypesParser.TYPE_KEYS), typeKeys);
        Set<String> matchKeys = new TreeSet<>();
        schemaJson.path("definitions").path("noteType").path("properties").path("match").path("properties")
                .fieldNames().forEachRemaining(matchKeys::add);
        assertEquals(new TreeSet<>(NoteTypesParser.MATCH_KEYS), matchKeys);
    }
}
