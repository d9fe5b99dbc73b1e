package io.github.vaultlint.vault;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.vaultlint.util.JsonErrors;
import io.github.vaultlint.util.Utf8;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The parts of {@code .obsidian/app.json} vaultlint honours. {@code userIgnoreFilters} are path
 * prefixes, or regular expressions when written as {@code /regex/}. Files they match are excluded
 * from linting but remain valid link targets, as in Obsidian. A malformed file yields a warning
 * (in {@link #problem()}) and the defaults.
 */
public record ObsidianSettings(List<String> userIgnoreFilters, String problem, int problemLine, int problemColumn) {

    public static final String APP_JSON = ".obsidian/app.json";

    public static ObsidianSettings load(Path vaultRoot) {
        Path app = vaultRoot.resolve(".obsidian").resolve("app.json");
        if (!Files.isRegularFile(app)) {
            return new ObsidianSettings(List.of(), null, 0, 0);
        }
        try {
            if (!app.toRealPath().startsWith(vaultRoot.toRealPath())) {
                // A symbolic link (of the file or of .obsidian) out of the vault: like every such link, never
                // read, or its content would reach the reports through a malformed-JSON message.
                return new ObsidianSettings(List.of(), "is a symbolic link (or inside one) to a file outside the vault, so it was "
                        + "not read: vaultlint never reads outside the vault, and Obsidian's excluded files are not applied. "
                        + "Copy the settings into the vault's .obsidian folder", 1, 1);
            }
            String text = Utf8.read(app);
            if (text.startsWith("\uFEFF")) {
                // Obsidian reads the file as text and JSON.parse rejects a leading BOM, as Jackson does, but
                // Jackson's message shows it as an invisible character.
                return new ObsidianSettings(List.of(), "starts with a byte order mark (BOM), which Obsidian's JSON reader "
                        + "rejects, so Obsidian's excluded files are not applied; save it as UTF-8 without a BOM", 1, 1);
            }
            // Trailing garbage after the object is malformed too: Obsidian's JSON.parse rejects it.
            JsonNode root = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).readTree(text);
            List<String> filters = new ArrayList<>();
            if (root != null && root.has("userIgnoreFilters")) {
                JsonNode f = root.get("userIgnoreFilters");
                if (!f.isArray()) {
                    return new ObsidianSettings(List.of(), "userIgnoreFilters should be a list of paths; ignoring it", 1, 1);
                }
                for (JsonNode n : f) {
                    if (n.isTextual() && !n.asText().isBlank()) {
                        filters.add(n.asText());
                    }
                }
            }
            return new ObsidianSettings(List.copyOf(filters), null, 0, 0);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            int line = JsonErrors.line(e);
            int col = JsonErrors.column(e);
            return new ObsidianSettings(List.of(), "malformed JSON at line " + line + ", column " + col + " ("
                    + JsonErrors.reason(e) + "); Obsidian's excluded files are not applied until it is fixed. "
                    + "Fix the JSON at that position (a missing closing bracket or quote, a trailing comma)", line, col);
        } catch (Utf8.MalformedException e) {
            return new ObsidianSettings(List.of(), "not valid UTF-8 (" + e.where() + "); save it as UTF-8; Obsidian's excluded "
                    + "files are not applied until it is fixed", e.line(), e.column());
        } catch (IOException | RuntimeException e) {
            return new ObsidianSettings(List.of(), "cannot read (" + e.getMessage() + "); using defaults", 1, 1);
        }
    }

    /** True when Obsidian's "Excluded files" setting matches {@code path}. */
    public boolean excludes(String path) {
        for (String f : userIgnoreFilters) {
            if (f.length() > 2 && f.startsWith("/") && f.endsWith("/")) {
                try {
                    if (Pattern.compile(f.substring(1, f.length() - 1)).matcher(path).find()) {
                        return true;
                    }
                } catch (PatternSyntaxException ignored) {
                    // an invalid regex excludes nothing, as in Obsidian
                }
            } else if (path.startsWith(f)) {
                return true;
            }
        }
        return false;
    }
}
