package io.github.vaultlint.vault;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.vaultlint.util.JsonErrors;
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
 * Names are lower case, as Obsidian matches them. A missing file declares nothing (Obsidian then infers
 * the types, as vaultlint does without it); one that is malformed or outside the vault declares
 * nothing either, and says why in {@link #problem()} (an {@code obsidian-config} warning at
 * {@code problemLine}:{@code problemColumn}).
 */
public record PropertyTypes(Map<String, String> declared, String problem, int problemLine, int problemColumn) {
    public static final String TYPES_JSON = ".obsidian/types.json";
    public static final PropertyTypes NONE = new PropertyTypes(Map.of(), null, 0, 0);

    public PropertyTypes {
        declared = Map.copyOf(declared);
    }

    /** The declared type of {@code property} ("text", "multitext", "number", "checkbox", "date", "datetime", ...), or null. */
    public String of(String property) {
        return declared.get(property.toLowerCase(Locale.ROOT));
    }

    public static PropertyTypes load(Path vaultRoot) {
        Path file = vaultRoot.resolve(TYPES_JSON);
        String unchecked = "; property types are not checked against it until it is fixed";
        if (!Files.isRegularFile(file)) {
            String odd = ObsidianSettings.notAFile(file, "property types are not checked against it");
            return odd == null ? NONE : failed(odd, 1, 1);
        }
        try {
            if (!file.toRealPath().startsWith(vaultRoot.toRealPath())) {
                // As for app.json: a link out of the vault is never read.
                return failed("is a symbolic link (or inside one) to a file outside the vault, so it was not read: vaultlint "
                        + "never reads outside the vault. Copy the settings into the vault's .obsidian folder", 1, 1);
            }
            String text = Utf8.read(file);
            if (text.startsWith("\uFEFF")) {
                // As for app.json: JSON.parse rejects it, and Jackson's message shows it as an invisible character.
                return failed("starts with a byte order mark (BOM), which Obsidian's JSON reader rejects" + unchecked
                        + "; save it as UTF-8 without a BOM", 1, 1);
            }
            JsonNode root = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).readTree(text);
            JsonNode types = root == null ? null : root.get("types");
            if (types == null) {
                return NONE;
            }
            if (!types.isObject()) {
                return failed("\"types\" should map each property name to its type (\"types\": {\"date\": \"date\"})" + unchecked, 1, 1);
            }
            Map<String, String> out = new TreeMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = types.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                if (e.getValue().isTextual()) {
                    out.putIfAbsent(e.getKey().toLowerCase(Locale.ROOT), e.getValue().asText());
                }
            }
            return new PropertyTypes(out, null, 0, 0);
        } catch (JsonProcessingException e) {
            int line = JsonErrors.line(e);
            int column = JsonErrors.column(e);
            return failed("malformed JSON at line " + line + ", column " + column + " (" + JsonErrors.reason(e) + ")" + unchecked
                    + ". Fix the JSON at that position, or delete the file and let Obsidian write it again", line, column);
        } catch (Utf8.MalformedException e) {
            return failed("not valid UTF-8 (" + e.where() + "); save it as UTF-8" + unchecked, e.line(), e.column());
        } catch (IOException | RuntimeException e) {
            return failed("cannot read (" + e.getMessage() + ")" + unchecked, 1, 1);
        }
    }

    private static PropertyTypes failed(String problem, int line, int column) {
        return new PropertyTypes(Map.of(), problem, line, column);
    }
}
