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
 * the form "did you mean" links are written in. A malformed file yields a warning (in
 * {@link #problem()}, about {@link #problemFile()}) and the defaults.
 */
public record ObsidianSettings(List<String> userIgnoreFilters, List<String> templateFolders, String problemFile,
                               String problem, int problemLine, int problemColumn, NewLinkFormat newLinkFormat) {

    public static final String APP_JSON = ".obsidian/app.json";
    public static final String TEMPLATES_JSON = ".obsidian/templates.json";
    public static final String TEMPLATER_JSON = ".obsidian/plugins/templater-obsidian/data.json";

    /** Compiled {@code /regex/} filters, once per filter text rather than once per file checked. */
    private static final Map<String, Optional<Pattern>> PATTERNS = new ConcurrentHashMap<>();

    /** Without template folders: what {@code app.json} alone gives. */
    public ObsidianSettings(List<String> userIgnoreFilters, String problem, int problemLine, int problemColumn) {
        this(userIgnoreFilters, problem, problemLine, problemColumn, NewLinkFormat.SHORTEST);
    }

    public ObsidianSettings(List<String> userIgnoreFilters, String problem, int problemLine, int problemColumn,
                            NewLinkFormat newLinkFormat) {
        this(userIgnoreFilters, List.of(), problem == null ? null : APP_JSON, problem, problemLine, problemColumn, newLinkFormat);
    }

    public static ObsidianSettings load(Path vaultRoot) {
        ObsidianSettings app = loadApp(vaultRoot);
        List<String> folders = new ArrayList<>();
        String problemFile = app.problemFile();
        String problem = app.problem();
        int line = app.problemLine();
        int column = app.problemColumn();
        for (String[] setting : new String[][] {{TEMPLATES_JSON, "folder"}, {TEMPLATER_JSON, "templates_folder"}}) {
            Path file = vaultRoot.resolve(setting[0]);
            String odd = notAFile(file, "the templates folder it names is linted as notes");
            if (odd != null && problem == null) {
                problemFile = setting[0];
                line = 1;
                column = 1;
                problem = odd;
            }
            if (!Files.isRegularFile(file)) {
                continue;
            }
            try {
                if (!file.toRealPath().startsWith(vaultRoot.toRealPath())) {
                    // As for app.json: a link out of the vault is never read.
                    if (problem == null) {
                        problemFile = setting[0];
                        line = 1;
                        column = 1;
                        problem = "is a symbolic link (or inside one) to a file outside the vault, so it was not read: "
                                + "vaultlint never reads outside the vault, and the templates folder it names is linted as notes. "
                                + "Copy the settings into the vault's .obsidian folder";
                    }
                    continue;
                }
                JsonNode root = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).readTree(Utf8.read(file));
                JsonNode folder = root == null ? null : root.get(setting[1]);
                String f = folder != null && folder.isTextual() ? trimSlashes(folder.asText().strip()) : "";
                if (!f.isEmpty() && !folders.contains(f)) {
                    folders.add(f); // "" and "/" name no folder: the plugin then has none set
                }
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                if (problem == null) {
                    problemFile = setting[0];
                    line = JsonErrors.line(e);
                    column = JsonErrors.column(e);
                    problem = "malformed JSON at line " + line + ", column " + column + " (" + JsonErrors.reason(e)
                            + "), so the templates folder it names is linted as notes; fix the JSON at that position";
                }
            } catch (IOException | RuntimeException e) {
                if (problem == null) {
                    problemFile = setting[0];
                    line = 1;
                    column = 1;
                    problem = "cannot read (" + e.getMessage() + "), so the templates folder it names is linted as notes";
                }
            }
        }
        return new ObsidianSettings(app.userIgnoreFilters(), List.copyOf(folders), problemFile, problem, line, column,
                app.newLinkFormat());
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

    private static ObsidianSettings loadApp(Path vaultRoot) {
        Path app = vaultRoot.resolve(".obsidian").resolve("app.json");
        if (!Files.isRegularFile(app)) {
            String odd = notAFile(app, "Obsidian's excluded files are not applied");
            return new ObsidianSettings(List.of(), odd, odd == null ? 0 : 1, odd == null ? 0 : 1);
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
            String bad = null;
            int[] at = {1, 1};
            if (root != null && root.has("userIgnoreFilters")) {
                JsonNode f = root.get("userIgnoreFilters");
                if (!f.isArray()) {
                    return new ObsidianSettings(List.of(), "userIgnoreFilters should be a list of paths; ignoring it", 1, 1);
                }
                for (JsonNode n : f) {
                    String why = n.isTextual() ? invalidRegex(n.asText()) : "is not a path in quotes, so it excludes nothing; "
                            + "write the folder or file path as a string, such as \"Archive/\"";
                    if (why != null && bad == null) {
                        // A filter that excludes nothing is not silent: the user meant to exclude something.
                        bad = "userIgnoreFilters entry " + n + " " + why;
                        at = position(text, n.isTextual() ? n.toString() : n.asText());
                    }
                    if (n.isTextual() && !n.asText().isBlank()) {
                        filters.add(n.asText());
                    }
                }
            }
            JsonNode format = root == null ? null : root.get("newLinkFormat");
            return new ObsidianSettings(List.copyOf(filters), bad, bad == null ? 0 : at[0], bad == null ? 0 : at[1],
                    NewLinkFormat.of(format != null && format.isTextual() ? format.asText() : null));
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

    /** Line and column of {@code literal} (as written in the JSON) in {@code text}, else of the setting's name, else 1:1. */
    private static int[] position(String text, String literal) {
        int i = text.indexOf(literal, Math.max(0, text.indexOf("\"userIgnoreFilters\"")));
        if (i < 0) {
            i = text.indexOf("\"userIgnoreFilters\"");
        }
        if (i < 0) {
            return new int[] {1, 1};
        }
        int line = 1;
        int start = 0;
        for (int k = 0; k < i; k++) {
            if (text.charAt(k) == '\n') {
                line++;
                start = k + 1;
            }
        }
        return new int[] {line, i - start + 1};
    }
}
