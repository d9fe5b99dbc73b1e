package io.github.vaultlint.vault;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.vaultlint.util.Utf8;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The property types Obsidian stores in {@code .obsidian/types.json} ({@code {"types": {"lastTalk":
 * "date", ...}}}): the type Obsidian shows a property as in every note, whatever the notes hold.
 * Names are lower case, as Obsidian matches them. A file that is missing, outside the vault or not
 * readable JSON declares nothing (Obsidian then infers the types, as vaultlint does without it).
 */
public record PropertyTypes(Map<String, String> declared) {
    public static final String TYPES_JSON = ".obsidian/types.json";

    public PropertyTypes {
        declared = Map.copyOf(declared);
    }

    /** The declared type of {@code property} ("text", "multitext", "number", "checkbox", "date", "datetime", ...), or null. */
    public String of(String property) {
        return declared.get(property.toLowerCase(Locale.ROOT));
    }

    public static PropertyTypes load(Path vaultRoot) {
        Path file = vaultRoot.resolve(TYPES_JSON);
        Map<String, String> out = new TreeMap<>();
        try {
            if (!Files.isRegularFile(file) || !file.toRealPath().startsWith(vaultRoot.toRealPath())) {
                return new PropertyTypes(out); // a link out of the vault is never read
            }
            JsonNode types = new ObjectMapper().readTree(Utf8.read(file)).get("types");
            if (types != null && types.isObject()) {
                for (Iterator<Map.Entry<String, JsonNode>> it = types.fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> e = it.next();
                    if (e.getValue().isTextual()) {
                        out.putIfAbsent(e.getKey().toLowerCase(Locale.ROOT), e.getValue().asText());
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            out.clear(); // Obsidian rewrites this file itself; unreadable, it types nothing here
        }
        return new PropertyTypes(out);
    }
}
