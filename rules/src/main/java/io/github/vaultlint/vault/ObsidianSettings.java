package io.github.vaultlint.vault;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.vaultlint.util.FileKind;
import io.github.vaultlint.util.JsonErrors;
import io.github.vaultlint.util.Utf8;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The parts of Obsidian's settings vaultlint honours. {@code userIgnoreFilters} ({@code .obsidian/app.json})
 * are path prefixes, or regular expressions when written as {@code /regex/}. {@code templateFolders}
 * are the folders the Templates core plugin ({@code .obsidian/templates.json}, {@code folder}) and the
 * Templater plugin ({@code templates_folder}) read templates from: a template is no note of its own
 * ({@code [[{{date}}]]}, empty sections, a debrief "{{company}}"). Files either covers are excluded from
 * linting but remain valid link targets, as in Obsidian. {@code newLinkFormat} ({@code app.json}) is
 * the form "did you mean" links are written in. A malformed file yields a warning (one of
 * {@link #problems()}) and the defaults; so does each excluded-files entry that excludes nothing.
 */
public record ObsidianSettings(List<String> userIgnoreFilters, List<String> templateFolders, List<Issue> problems,
                               NewLinkFormat newLinkFormat) {

    /** One thing wrong in a settings file ({@code file} vault-relative), at its 1-based line and column. */
    public record Issue(String file, int line, int column, String message) {
    }

    public static final String APP_JSON = ".obsidian/app.json";
    public static final String TEMPLATES_JSON = ".obsidian/templates.json";
    public static final String TEMPLATER_JSON = ".obsidian/plugins/templater-obsidian/data.json";

    /** Compiled {@code /regex/} filters, once per filter text rather than once per file checked. */
    private static final Map<String, Optional<Pattern>> PATTERNS = new ConcurrentHashMap<>();

    public ObsidianSettings {
        userIgnoreFilters = List.copyOf(userIgnoreFilters);
        templateFolders = List.copyOf(templateFolders);
        problems = List.copyOf(problems);
    }

    /** The first problem's message, or null when the settings read cleanly. */
    public String problem() {
        return problems.isEmpty() ? null : problems.get(0).message();
    }

    /** The file of the first problem, or null. */
    public String problemFile() {
        return problems.isEmpty() ? null : problems.get(0).file();
    }

    public int problemLine() {
        return problems.isEmpty() ? 0 : problems.get(0).line();
    }

    public int problemColumn() {
        return problems.isEmpty() ? 0 : problems.get(0).column();
    }

    /** What {@code app.json} alone gives: its filters, its problems and the link format. */
    private record App(List<String> filters, List<Issue> problems, NewLinkFormat format) {
        static App failed(String message, int line, int column) {
            return new App(List.of(), List.of(new Issue(APP_JSON, line, column, message)), NewLinkFormat.SHORTEST);
        }
    }

    public static ObsidianSettings load(Path vaultRoot) {
        App app = loadApp(vaultRoot);
        List<String> folders = new ArrayList<>();
        // Each file's problem is its own finding: a broken templates.json is no reason to keep quiet about app.json.
        List<Issue> problems = new ArrayList<>(app.problems());
        for (String[] setting : new String[][] {{TEMPLATES_JSON, "folder"}, {TEMPLATER_JSON, "templates_folder"}}) {
            Path file = vaultRoot.resolve(setting[0]);
            String odd = notAFile(file, "the templates folder it names is linted as notes");
            if (odd != null) {
                problems.add(new Issue(setting[0], 1, 1, odd));
            }
            if (!Files.isRegularFile(file)) {
                continue;
            }
            try {
                if (!file.toRealPath().startsWith(vaultRoot.toRealPath())) {
                    // As for app.json: a link out of the vault is never read.
                    problems.add(new Issue(setting[0], 1, 1, "is a symbolic link (or inside one) to a file outside the vault, so it "
                            + "was not read: vaultlint never reads outside the vault, and the templates folder it names is linted "
                            + "as notes. Copy the settings into the vault's .obsidian folder"));
                    continue;
                }
                JsonNode root = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).readTree(Utf8.read(file));
                JsonNode folder = root == null ? null : root.get(setting[1]);
                String f = folder != null && folder.isTextual() ? trimSlashes(folder.asText().strip()) : "";
                if (!f.isEmpty() && !folders.contains(f)) {
                    folders.add(f); // "" and "/" name no folder: the plugin then has none set
                }
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                int line = JsonErrors.line(e);
                int column = JsonErrors.column(e);
                problems.add(new Issue(setting[0], line, column, "malformed JSON at line " + line + ", column " + column + " ("
                        + JsonErrors.reason(e) + "), so the templates folder it names is linted as notes; fix the JSON at that position"));
            } catch (IOException | RuntimeException e) {
                problems.add(new Issue(setting[0], 1, 1, "cannot read (" + e.getMessage()
                        + "), so the templates folder it names is linted as notes"));
            }
        }
        return new ObsidianSettings(app.filters(), folders, problems, app.format());
    }

    private static String trimSlashes(String s) {
        int from = 0;
        int to = s.length();
        while (from < to && s.charAt(from) == '/') {
            from++;
        }
        while (to > from && s.charAt(to - 1) == '/') {
            to--;
        }
        return s.substring(from, to);
    }

    /** The templates folder holding {@code path}, or null. */
    public String templateFolder(String path) {
        for (String f : templateFolders) {
            if (path.startsWith(f + "/") || path.equals(f)) {
                return f;
            }
        }
        return null;
    }

    private static App loadApp(Path vaultRoot) {
        Path app = vaultRoot.resolve(".obsidian").resolve("app.json");
        if (!Files.isRegularFile(app)) {
            String odd = notAFile(app, "Obsidian's excluded files are not applied");
            return odd == null ? new App(List.of(), List.of(), NewLinkFormat.SHORTEST) : App.failed(odd, 1, 1);
        }
        try {
            if (!app.toRealPath().startsWith(vaultRoot.toRealPath())) {
                // A symbolic link (of the file or of .obsidian) out of the vault: like every such link, never
                // read, or its content would reach the reports through a malformed-JSON message.
                return App.failed("is a symbolic link (or inside one) to a file outside the vault, so it was "
                        + "not read: vaultlint never reads outside the vault, and Obsidian's excluded files are not applied. "
                        + "Copy the settings into the vault's .obsidian folder", 1, 1);
            }
            String text = Utf8.read(app);
            if (text.startsWith("\uFEFF")) {
                // Obsidian reads the file as text and JSON.parse rejects a leading BOM, as Jackson does, but
                // Jackson's message shows it as an invisible character.
                return App.failed("starts with a byte order mark (BOM), which Obsidian's JSON reader "
                        + "rejects, so Obsidian's excluded files are not applied; save it as UTF-8 without a BOM", 1, 1);
            }
            // Trailing garbage after the object is malformed too: Obsidian's JSON.parse rejects it.
            JsonNode root = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).readTree(text);
            List<String> filters = new ArrayList<>();
            List<Issue> problems = new ArrayList<>();
            if (root != null && root.has("userIgnoreFilters")) {
                JsonNode f = root.get("userIgnoreFilters");
                if (!f.isArray()) {
                    return App.failed("userIgnoreFilters should be a list of paths; ignoring it", 1, 1);
                }
                List<int[]> at = entryPositions(text);
                for (int i = 0; i < f.size(); i++) {
                    JsonNode n = f.get(i);
                    String why = n.isTextual() ? invalidRegex(n.asText()) : "is not a path in quotes, so it excludes nothing; "
                            + "write the folder or file path as a string, such as \"Archive/\"";
                    if (why != null) {
                        // A filter that excludes nothing is not silent: the user meant to exclude something.
                        // Every such entry is one finding, at its own place.
                        int[] where = i < at.size() ? at.get(i) : new int[] {1, 1};
                        problems.add(new Issue(APP_JSON, where[0], where[1], "userIgnoreFilters entry " + n + " " + why));
                    }
                    if (n.isTextual() && !n.asText().isBlank()) {
                        filters.add(n.asText());
                    }
                }
            }
            JsonNode format = root == null ? null : root.get("newLinkFormat");
            return new App(filters, problems, NewLinkFormat.of(format != null && format.isTextual() ? format.asText() : null));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            int line = JsonErrors.line(e);
            int col = JsonErrors.column(e);
            return App.failed("malformed JSON at line " + line + ", column " + col + " ("
                    + JsonErrors.reason(e) + "); Obsidian's excluded files are not applied until it is fixed. "
                    + "Fix the JSON at that position (a missing closing bracket or quote, a trailing comma)", line, col);
        } catch (Utf8.MalformedException e) {
            return App.failed("not valid UTF-8 (" + e.where() + "); save it as UTF-8; Obsidian's excluded "
                    + "files are not applied until it is fixed", e.line(), e.column());
        } catch (IOException | RuntimeException e) {
            return App.failed("cannot read (" + e.getMessage() + "); using defaults", 1, 1);
        }
    }

    /**
     * Why a settings file that is there (at least as a link) is no file to read, ending in what that
     * costs; null when it is a regular file or nothing is there. Taken as absent, a folder or a link to
     * nothing went unmentioned, and a named pipe would block the read forever.
     */
    static String notAFile(Path file, String consequence) {
        return switch (FileKind.of(file)) {
            case FILE, ABSENT -> null;
            case DANGLING_LINK -> "is a symbolic link to " + FileKind.linkTarget(file) + ", which does not exist, so it was not "
                    + "read and " + consequence + "; point the link at the file or remove it";
            case FOLDER -> "is a folder, not a file, so it was not read and " + consequence
                    + "; remove the folder (Obsidian writes the file again)";
            case SPECIAL -> "is not a regular file (a named pipe, socket or device), so it was not read and " + consequence
                    + "; replace it with a regular file or remove it";
        };
    }

    /** True when Obsidian's "Excluded files" setting matches {@code path}, or it is in a templates folder. */
    public boolean excludes(String path) {
        return ignoreFiltersExclude(path) || templateFolder(path) != null;
    }

    /** True when Obsidian's "Excluded files" setting ({@code userIgnoreFilters}) matches {@code path}. */
    public boolean ignoreFiltersExclude(String path) {
        for (String f : userIgnoreFilters) {
            if (isRegex(f)) {
                Pattern p = pattern(f);
                if (p != null && p.matcher(path).find()) {
                    return true;
                }
            } else if (path.startsWith(f)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isRegex(String filter) {
        return filter.length() > 2 && filter.startsWith("/") && filter.endsWith("/");
    }

    /** The regular expression of a {@code /regex/} filter, or null when it does not compile (it then excludes nothing, as in Obsidian). */
    private static Pattern pattern(String filter) {
        return PATTERNS.computeIfAbsent(filter, f -> {
            try {
                return Optional.of(Pattern.compile(f.substring(1, f.length() - 1)));
            } catch (PatternSyntaxException e) {
                return Optional.empty();
            }
        }).orElse(null);
    }

    /** Why a {@code /regex/} filter excludes nothing, or null when it is a path or a valid expression. */
    private static String invalidRegex(String filter) {
        if (!isRegex(filter) || pattern(filter) != null) {
            return null;
        }
        String reason;
        try {
            Pattern.compile(filter.substring(1, filter.length() - 1));
            reason = "";
        } catch (PatternSyntaxException e) {
            String d = e.getDescription();
            reason = d == null || d.isEmpty() ? "" : " (" + Character.toLowerCase(d.charAt(0)) + d.substring(1) + ")";
        }
        return "is not a valid regular expression" + reason + ", so it excludes nothing; fix the expression between the "
                + "slashes, or write a plain folder path such as \"Archive/\"";
    }

    /**
     * Line and column (1-based) of each entry of the top-level {@code userIgnoreFilters} list, in order,
     * as the JSON parser meets them: two equal entries each get their own place.
     */
    private static List<int[]> entryPositions(String text) throws IOException {
        List<int[]> out = new ArrayList<>();
        try (com.fasterxml.jackson.core.JsonParser p = new com.fasterxml.jackson.core.JsonFactory().createParser(text)) {
            if (p.nextToken() != com.fasterxml.jackson.core.JsonToken.START_OBJECT) {
                return out;
            }
            while (p.nextToken() == com.fasterxml.jackson.core.JsonToken.FIELD_NAME) {
                String name = p.currentName();
                com.fasterxml.jackson.core.JsonToken value = p.nextToken();
                if (!"userIgnoreFilters".equals(name) || value != com.fasterxml.jackson.core.JsonToken.START_ARRAY) {
                    p.skipChildren();
                    continue;
                }
                out.clear(); // the last of duplicate keys counts, as for the tree read above
                for (com.fasterxml.jackson.core.JsonToken t = p.nextToken(); t != null && t != com.fasterxml.jackson.core.JsonToken.END_ARRAY;
                        t = p.nextToken()) {
                    com.fasterxml.jackson.core.JsonLocation l = p.currentTokenLocation();
                    out.add(new int[] {Math.max(1, l.getLineNr()), Math.max(1, l.getColumnNr())});
                    p.skipChildren();
                }
            }
        }
        return out;
    }
}
