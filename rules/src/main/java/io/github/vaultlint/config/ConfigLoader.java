package io.github.vaultlint.config;

import io.github.vaultlint.parse.YamlCharError;
import io.github.vaultlint.parse.YamlErrorHints;
import io.github.vaultlint.parse.YamlMerge;
import io.github.vaultlint.parse.YamlReader;
import io.github.vaultlint.rule.RuleRegistry;
import io.github.vaultlint.section.Template;
import io.github.vaultlint.section.TemplateReader;
import io.github.vaultlint.section.TemplateSet;
import io.github.vaultlint.util.FileNames;
import io.github.vaultlint.util.FileKind;
import io.github.vaultlint.util.SafeText;
import io.github.vaultlint.util.Suggest;
import io.github.vaultlint.util.Utf8;
import io.github.vaultlint.vault.Glob;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.reader.ReaderException;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Loads {@code .vaultlint.yml}. Anything unusable (bad YAML, unknown key or rule id, bad value) is a
 * {@link ConfigException} whose message names the file, line, column and the fix.
 */
public final class ConfigLoader {
    /** Top-level keys this version understands. */
    public static final Set<String> KEYS = Set.of("rules", "ignore", "maxFileSize", "extends", "noteTypes", "templates", "taxonomy");
    /** Keys a {@code .vaultlint.yml} in a sub-folder may set: the others apply to the whole vault. */
    public static final Set<String> FOLDER_KEYS = new LinkedHashSet<>(List.of("rules", "noteTypes"));
    /** The config's file name, at the vault root and in sub-folders. */
    public static final String FILE_NAME = ".vaultlint.yml";

    private final RuleRegistry registry;

    public ConfigLoader(RuleRegistry registry) {
        this.registry = registry;
    }

    /** Loads {@code file}; a missing file gives the defaults unless {@code required}. */
    public VaultlintConfig load(Path file, boolean required) throws ConfigException {
        return load(file, required, null);
    }

    /**
     * Loads {@code file} as the root config of the vault at {@code vaultRoot}: its messages name it
     * relative to the vault ({@code .vaultlint.yml:2:3}), as a folder config's do, when it lies in the
     * vault, and by its full path when it lies elsewhere ({@code vaultlint.config}).
     */
    public VaultlintConfig load(Path file, boolean required, Path vaultRoot) throws ConfigException {
        Path shown = file == null ? null : shown(file, vaultRoot);
        if (file != null && (!required || !Files.isDirectory(file))) {
            // A named pipe is refused only where vaultlint looks by itself: one named on purpose
            // (-Dvaultlint.config=/dev/fd/63) has a writer, one lying in the vault would hang the build.
            // A folder where vaultlint looks by itself is no vaultlint.config to fix: it is in the vault.
            String odd = notAFile(file, "config file " + shown);
            if (odd != null && (!required || !Files.exists(file))) {
                throw new ConfigException(odd);
            }
        }
        if (file == null || !Files.exists(file)) {
            if (required) {
                throw new ConfigException("config file " + file + " does not exist; create it or point vaultlint.config at an existing file");
            }
            return VaultlintConfig.defaults();
        }
        if (Files.isDirectory(file)) {
            // -Dvaultlint.config= (empty) reaches here as the project's folder.
            throw new ConfigException("config file " + file + " is a folder; point vaultlint.config at the config file, e.g. "
                    + file.resolve(".vaultlint.yml") + ", or leave it out to use <vault>/.vaultlint.yml");
        }
        String text;
        try {
            text = Utf8.read(file);
        } catch (Utf8.MalformedException e) {
            throw new ConfigException(notUtf8(String.valueOf(shown), e));
        } catch (IOException e) {
            throw new ConfigException(shown + ": cannot read the config (" + e.getMessage() + ")", e);
        }
        return parse(file, shown, text);
    }

    /** {@code file} as messages name it: relative to {@code vaultRoot} when inside it, else as it is. */
    public static Path shown(Path file, Path vaultRoot) {
        if (vaultRoot == null) {
            return file;
        }
        Path abs = file.toAbsolutePath().normalize();
        Path root = vaultRoot.toAbsolutePath().normalize();
        return abs.startsWith(root) && !abs.equals(root) ? FileNames.relative(root.relativize(abs).toString().replace('\\', '/')) : file;
    }

    public VaultlintConfig parse(Path file, String text) throws ConfigException {
        return parse(file, file, text);
    }

    /** Parses {@code text}, the content of {@code file}; messages name the file as {@code shown}. */
    private VaultlintConfig parse(Path source, Path file, String text) throws ConfigException {
        Node root = compose(file, text);
        if (root == null || isNull(root)) {
            return new VaultlintConfig(source, Map.of(), List.of(), VaultlintConfig.DEFAULT_MAX_FILE_SIZE);
        }
        if (!(root instanceof MappingNode map)) {
            throw new ConfigException(where(file, root.getStartMark()) + ": the config " + shape(root)
                    + " must be a mapping of keys (rules:, ignore:, ...), e.g. rules: { empty-heading: off }");
        }
        Map<String, RuleLevel> rules = new LinkedHashMap<>();
        List<IgnoreGlob> ignore = new ArrayList<>();
        long maxFileSize = VaultlintConfig.DEFAULT_MAX_FILE_SIZE;
        Map<String, Integer> seen = new LinkedHashMap<>();
        boolean extendsDefaults = true;
        List<NoteTypeSpec> noteTypes = List.of();
        Map<String, Template> templates = Map.of();
        Map<String, List<String>> taxonomy = Map.of();
        for (NodeTuple t : map.getValue()) {
            String key = scalar(file, t.getKeyNode(), "key");
            checkDuplicate(file, t.getKeyNode(), key, seen);
            Node value = t.getValueNode();
            switch (key) {
                case "rules":
                    parseRules(file, value, registry, null).forEach((id, s) -> rules.put(id, s.level()));
                    break;
                case "ignore":
                    for (Node item : sequence(file, value, "ignore")) {
                        Mark at = item.getStartMark();
                        ignore.add(new IgnoreGlob(new Glob(glob(file, item, "ignore glob")), at.getLine() + 1, at.getColumn() + 1));
                    }
                    break;
                case "maxFileSize":
                    maxFileSize = parseSize(file, value);
                    break;
                case "extends":
                    extendsDefaults = parseExtends(file, value);
                    break;
                case "noteTypes":
                    noteTypes = new NoteTypesParser(file, registry).parse(value);
                    break;
                case "templates":
                    templates = TemplateReader.read(String.valueOf(file), value, TemplateSet.builtin());
                    break;
                case "taxonomy":
                    taxonomy = parseTaxonomy(file, value);
                    break;
                default:
                    throw new ConfigException(where(file, t.getKeyNode().getStartMark()) + ": unknown key \"" + key + "\""
                            + Suggest.didYouMean(key, KEYS) + "; known keys are " + String.join(", ", KEYS.stream().sorted().toList()));
            }
        }
        return new VaultlintConfig(source, rules, ignore, maxFileSize, extendsDefaults, noteTypes,
                TemplateSet.builtin().with(templates), taxonomy);
    }

    /**
     * Loads {@code <vaultRoot>/<folder>/.vaultlint.yml}, a sub-folder's config, or returns null when
     * the folder has none. Messages name the file relative to the vault ({@code Archive/.vaultlint.yml:2:1}).
     */
    public FolderConfig loadFolder(Path vaultRoot, String folder) throws ConfigException {
        Path file = FileNames.resolve(vaultRoot, folder + "/" + FILE_NAME);
        String display = folder + "/" + FILE_NAME;
        String odd = notAFile(file, display);
        if (odd != null) {
            throw new ConfigException(odd);
        }
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try {
            return parseFolder(folder, display, Utf8.read(file));
        } catch (Utf8.MalformedException e) {
            throw new ConfigException(notUtf8(display, e));
        } catch (IOException e) {
            throw new ConfigException(display + ": cannot read the config (" + e.getMessage() + ")", e);
        }
    }

    /**
     * Why {@code file}, which is there (at least as a link) but is no regular file, cannot be a config,
     * starting with {@code shown}; null when it is a regular file or nothing is there. Such a file was
     * taken as absent (a shared config linked in and since moved left the folder on the defaults with
     * no word), and a named pipe would block the read forever.
     */
    static String notAFile(Path file, String shown) {
        return switch (FileKind.of(file)) {
            case FILE, ABSENT -> null;
            case DANGLING_LINK -> shown + " is a symbolic link to " + FileKind.linkTarget(file) + ", which does not exist, so no "
                    + "config was read; point the link at the config file or remove it";
            case FOLDER -> shown + " is a folder, not a config file; a folder's config is a YAML file named " + FILE_NAME
                    + ": rename or remove the folder";
            case SPECIAL -> shown + " is not a regular file (a named pipe, socket or device), so it was not read; "
                    + "replace it with a YAML file or remove it";
        };
    }

    /** "file:1:5: the config is not valid UTF-8 (byte 0xFF at byte offset 4); save it as UTF-8". */
    static String notUtf8(String file, Utf8.MalformedException e) {
        String what = e.utf16Mark() ? "the config is encoded as UTF-16 (it starts with a UTF-16 byte order mark), not UTF-8"
                : e.utf16WithoutMark() ? "the config is " + e.where() + ", not UTF-8"
                : "the config is not valid UTF-8 (" + e.where() + ")";
        return file + ":" + e.line() + ":" + e.column() + ": " + what
                + "; save it as UTF-8 (most editors offer it under \"Save with encoding\")";
    }

    /** Parses a sub-folder's config; {@code display} is its vault-relative path, used in messages. */
    public FolderConfig parseFolder(String folder, String display, String text) throws ConfigException {
        Path file = FileNames.relative(display);
        Node root = compose(file, text);
        if (root == null || isNull(root)) {
            return new FolderConfig(folder, display, Map.of(), List.of());
        }
        if (!(root instanceof MappingNode map)) {
            throw new ConfigException(where(file, root.getStartMark()) + ": the config " + shape(root)
                    + " must be a mapping of keys (rules:, noteTypes:), e.g. rules: { empty-heading: off }");
        }
        Map<String, LevelSetting> rules = new LinkedHashMap<>();
        List<NoteTypeSpec> noteTypes = List.of();
        Map<String, Integer> seen = new LinkedHashMap<>();
        String allowed = String.join(", ", FOLDER_KEYS);
        for (NodeTuple t : map.getValue()) {
            String key = scalar(file, t.getKeyNode(), "key");
            checkDuplicate(file, t.getKeyNode(), key, seen);
            switch (key) {
                case "rules":
                    rules = parseRules(file, t.getValueNode(), registry, null);
                    break;
                case "noteTypes":
                    noteTypes = new NoteTypesParser(file, registry).parse(t.getValueNode());
                    break;
                default:
                    String at = where(file, t.getKeyNode().getStartMark());
                    if (KEYS.contains(key)) {
                        throw new ConfigException(at + ": \"" + key + "\" applies to the whole vault and cannot be set in a folder config; "
                                + "a .vaultlint.yml in a sub-folder may only set " + allowed + " (move \"" + key
                                + "\" to the root .vaultlint.yml)");
                    }
                    throw new ConfigException(at + ": unknown key \"" + key + "\"" + Suggest.didYouMean(key, FOLDER_KEYS)
                            + "; a .vaultlint.yml in a sub-folder may only set " + allowed);
            }
        }
        return new FolderConfig(folder, display, rules, noteTypes);
    }

    /** The YAML node tree of a config file, or null when it is empty. */
    private static Node compose(Path file, String text) throws ConfigException {
        // A tab between "key:" or "-" and its value is YAML 1.2 separation, read as in frontmatter.
        String yaml = YamlReader.tabSeparationAsSpaces(text);
        try {
            LoaderOptions opts = new LoaderOptions();
            opts.setMaxAliasesForCollections(20);
            Node root = new Yaml(new SafeConstructor(opts)).compose(new StringReader(yaml));
            try {
                // <<: *loose joins the keys of the mapping it names, as YAML tools read it; the
                // merged entries keep their own positions for the messages.
                YamlMerge.apply(root);
            } catch (YamlMerge.Problem p) {
                throw new ConfigException(where(file, p.mark()) + ": " + p.getMessage());
            }
            return root;
        } catch (MarkedYAMLException e) {
            Mark m = e.getProblemMark();
            Mark context = e.getContextMark();
            // At the end of the file the unclosed bracket or quote (the context) is the useful place.
            if (context != null && (m == null || m.getIndex() >= text.codePointCount(0, text.length()))) {
                m = context;
            }
            if (e.getProblem() != null && e.getProblem().contains("\\t(TAB)")) {
                // SnakeYAML's "found character '\t(TAB)' that cannot start any token. (Do not use \t(TAB) ...)"
                throw new ConfigException(where(file, m) + ": invalid YAML: a tab is used for indentation, and YAML allows only "
                        + "spaces there; replace the tab with spaces");
            }
            // The mistakes people make in YAML get plain words, as in frontmatter; others keep SnakeYAML's.
            YamlErrorHints.Hint hint = YamlErrorHints.explain(yaml, e, m);
            if (hint != null) {
                throw new ConfigException(file + ":" + hint.line() + ":" + hint.column() + ": invalid YAML: "
                        + hint.message().replaceFirst("^YAML does not parse: ", ""));
            }
            String what = e.getContext() == null ? "" : " (" + e.getContext() + ")";
            throw new ConfigException(where(file, m) + ": invalid YAML: " + e.getProblem() + what + "; fix the syntax");
        } catch (ReaderException e) {
            YamlCharError c = YamlCharError.of(text, e); // a control character YAML does not allow
            throw new ConfigException(file + ":" + c.line() + ":" + c.column() + ": invalid YAML: the control character "
                    + c.name() + " is not allowed; remove it");
        } catch (YAMLException e) {
            throw new ConfigException(file + ": invalid YAML: " + e.getMessage());
        }
    }

    /** {@code extends: none} switches the built-in defaults off; {@code default} (or absent) keeps them. */
    private static boolean parseExtends(Path file, Node value) throws ConfigException {
        String s = scalar(file, value, "extends").strip().toLowerCase(Locale.ROOT);
        switch (s) {
            case "none": return false;
            case "default": case "": return true;
            default:
                throw new ConfigException(where(file, value.getStartMark()) + ": extends \"" + s
                        + "\" is not supported" + Suggest.didYouMean(s, List.of("none", "default")) + "; use \"none\" to switch the built-in note types off, or \"default\" to keep them");
        }
    }

    /** A document that is only a plain {@code null} or {@code ~} (a quoted one is text): as empty as an empty file. */
    private static boolean isNull(Node n) {
        return n instanceof ScalarNode && org.yaml.snakeyaml.nodes.Tag.NULL.equals(n.getTag());
    }

    /** What the config is instead of a mapping: "is a list, but", "is the single value "x", but". */
    private static String shape(Node n) {
        if (n instanceof SequenceNode) {
            return "is a list, but";
        }
        if (!(n instanceof ScalarNode sc)) {
            return "";
        }
        String v = sc.getValue().length() > 40 ? sc.getValue().substring(0, 40) + "..." : sc.getValue();
        return "is the single value \"" + SafeText.visible(v) + "\", but";
    }

    private static final List<String> LEVELS = List.of("error", "warning", "info", "off");

    /**
     * Parses {@code rules:} (top level, or of a note type when {@code in} names it): rule id to level,
     * with where each entry was written. Unknown ids and levels are errors with the fix.
     */
    static Map<String, LevelSetting> parseRules(Path file, Node value, RuleRegistry registry, String in) throws ConfigException {
        Map<String, LevelSetting> rules = new LinkedHashMap<>();
        if (value instanceof ScalarNode s && s.getValue().isEmpty()) {
            return rules;
        }
        String of = in == null ? "" : " of " + in;
        if (!(value instanceof MappingNode m)) {
            throw new ConfigException(where(file, value.getStartMark()) + ": \"rules\"" + of
                    + " must map rule ids to error|warning|info|off, e.g. rules: { empty-section: off }");
        }
        Map<String, Integer> seen = new LinkedHashMap<>();
        for (NodeTuple t : m.getValue()) {
            String id = scalar(file, t.getKeyNode(), "rule id");
            checkDuplicate(file, t.getKeyNode(), id, seen);
            if (registry.find(id) == null) {
                throw new ConfigException(where(file, t.getKeyNode().getStartMark()) + ": unknown rule id \"" + id + "\""
                        + (in == null ? "" : " in rules of " + in)
                        + Suggest.didYouMean(id, registry.ids()) + "; see docs/rules.md for the list of rules");
            }
            String level = scalar(file, t.getValueNode(), "level of " + id);
            RuleLevel l = RuleLevel.parse(level);
            if (l == null && level.isBlank()) {
                throw new ConfigException(where(file, t.getValueNode().getStartMark()) + ": rule \"" + id + "\"" + (in == null ? "" : " in " + in)
                        + " has no level; write one of error, warning, info, off after \"" + id + ": \"");
            }
            if (l == null) {
                throw new ConfigException(where(file, t.getValueNode().getStartMark()) + ": rule \"" + id + "\"" + (in == null ? "" : " in " + in)
                        + " has level \"" + level + "\"" + Suggest.didYouMean(level.trim(), LEVELS) + "; use one of error, warning, info, off");
            }
            rules.put(id, new LevelSetting(l, where(file, t.getKeyNode().getStartMark())));
        }
        return rules;
    }

    /** {@code taxonomy: {Topic: [keyword, "prefix*", "two words"]}}; a single keyword may be a plain value. */
    private static Map<String, List<String>> parseTaxonomy(Path file, Node value) throws ConfigException {
        if (value instanceof ScalarNode s && s.getValue().isEmpty()) {
            return Map.of();
        }
        if (!(value instanceof MappingNode m)) {
            throw new ConfigException(where(file, value.getStartMark()) + ": \"taxonomy\" must map topics to keyword lists, "
                    + "e.g. taxonomy: { Kubernetes: [kubernetes, k8s, \"autoscal*\"] }");
        }
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (NodeTuple t : m.getValue()) {
            String topic = scalar(file, t.getKeyNode(), "topic name").strip();
            if (topic.isEmpty()) {
                throw new ConfigException(where(file, t.getKeyNode().getStartMark()) + ": a taxonomy topic needs a name");
            }
            List<String> words = new ArrayList<>();
            Node v = t.getValueNode();
            for (Node item : v instanceof SequenceNode ? sequence(file, v, "taxonomy." + topic) : List.of(v)) {
                String w = scalar(file, item, "keyword of topic \"" + topic + "\"").strip();
                if (w.isEmpty() || w.equals("*")) {
                    throw new ConfigException(where(file, item.getStartMark()) + ": topic \"" + topic
                            + "\" has an empty keyword; write a word, a phrase or a prefix such as \"autoscal*\"");
                }
                checkKeyword(file, item, topic, w);
                words.add(w);
            }
            if (words.isEmpty()) {
                throw new ConfigException(where(file, v.getStartMark()) + ": topic \"" + topic + "\" has no keywords");
            }
            for (String other : out.keySet()) {
                if (other.equalsIgnoreCase(topic)) { // one topic whatever the case, as the analysis names them
                    throw new ConfigException(where(file, t.getKeyNode().getStartMark()) + ": topic \"" + topic + "\" is listed twice"
                            + (other.equals(topic) ? "" : " (as \"" + other + "\"; topic names are not case-sensitive)")
                            + "; merge its keywords into one list");
                }
            }
            out.put(topic, words);
        }
        return out;
    }

    /**
     * A keyword the matcher would read as something else stops the run: a '*' before the end
     * ("*script", "use*Effect": only a trailing '*' is a prefix, the others were dropped, so "*script"
     * silently matched only the word "script"), or no letter or digit at all ("()", "**": it matched
     * nothing). An everyday word is written in parentheses, "(memory)".
     */
    private static void checkKeyword(Path file, Node item, String topic, String w) throws ConfigException {
        String inner = io.github.vaultlint.analysis.Taxonomy.isEveryday(w) ? w.substring(1, w.length() - 1).strip() : w;
        int star = inner.indexOf('*');
        if (star >= 0 && star < inner.length() - 1) {
            throw new ConfigException(where(file, item.getStartMark()) + ": keyword \"" + w + "\" of topic \"" + topic
                    + "\" has a '*' before its end; '*' only ends a keyword, for any ending (\"autoscal*\" matches autoscaler,"
                    + " autoscaling): write the whole word, or its start followed by '*'");
        }
        if (io.github.vaultlint.util.Words.of(inner).isEmpty()) {
            throw new ConfigException(where(file, item.getStartMark()) + ": keyword \"" + w + "\" of topic \"" + topic
                    + "\" has no letter or digit, so it matches nothing; write a word, a phrase, a prefix such as \"autoscal*\""
                    + " or an everyday word in parentheses such as \"(memory)\"");
        }
    }

    private static final Pattern SIZE = Pattern.compile("(?i)\\s*(\\d+)\\s*(b|kb|k|mb|m|gb|g)?\\s*");

    private static long parseSize(Path file, Node value) throws ConfigException {
        String s = scalar(file, value, "maxFileSize");
        Matcher m = SIZE.matcher(s);
        if (!m.matches()) {
            throw new ConfigException(where(file, value.getStartMark()) + ": maxFileSize \"" + s + "\" is not a size; write e.g. 10MB or 500KB");
        }
        String unit = m.group(2) == null ? "b" : m.group(2).toLowerCase(Locale.ROOT);
        long factor = switch (unit) {
            case "k", "kb" -> 1024L;
            case "m", "mb" -> 1024L * 1024;
            case "g", "gb" -> 1024L * 1024 * 1024;
            default -> 1L;
        };
        long bytes;
        try {
            bytes = Math.multiplyExact(Long.parseLong(m.group(1)), factor);
        } catch (NumberFormatException | ArithmeticException e) {
            // More digits than a long holds, or an overflow to a negative limit that would refuse every note.
            throw new ConfigException(where(file, value.getStartMark()) + ": maxFileSize \"" + s.strip() + "\" is too large to count;"
                    + " notes above 2GB cannot be read anyway, so write a size of at most 2GB, such as 10MB or 1GB");
        }
        if (bytes == 0) {
            throw new ConfigException(where(file, value.getStartMark()) + ": maxFileSize is 0, which would leave every note "
                    + "unread; write a size such as 10MB (the default)");
        }
        return bytes;
    }

    /** YAML would silently keep the last of two equal keys; in a config that hides a mistake. */
    static void checkDuplicate(Path file, Node keyNode, String key, Map<String, Integer> seen) throws ConfigException {
        Integer first = seen.putIfAbsent(key, keyNode.getStartMark().getLine() + 1);
        if (first != null) {
            throw new ConfigException(where(file, keyNode.getStartMark()) + ": \"" + key + "\" is set twice (first on line "
                    + first + "); keep one");
        }
    }

    static String scalar(Path file, Node n, String what) throws ConfigException {
        if (!(n instanceof ScalarNode s)) {
            throw new ConfigException(where(file, n.getStartMark()) + ": " + what + " must be a single value, not a "
                    + (n instanceof SequenceNode ? "list" : "mapping"));
        }
        return s.getValue();
    }

    /** A glob's text, or a configuration error where it is written when it is no glob. */
    static String glob(Path file, Node n, String what) throws ConfigException {
        String glob = scalar(file, n, what);
        String problem = Glob.problem(glob);
        if (problem != null) {
            throw new ConfigException(where(file, n.getStartMark()) + ": " + what + " \"" + glob + "\" " + problem);
        }
        return glob;
    }

    static List<Node> sequence(Path file, Node n, String what) throws ConfigException {
        if (n instanceof ScalarNode s && s.getValue().isEmpty()) {
            return List.of();
        }
        if (!(n instanceof SequenceNode seq)) {
            throw new ConfigException(where(file, n.getStartMark()) + ": \"" + what + "\" must be a list, one entry per line"
                    + " starting with \"- \" or written [a, b]" + (what.equals("ignore") ? ", e.g. ignore: [\"Templates/**\"]" : ""));
        }
        return seq.getValue();
    }

    static String where(Path file, Mark m) {
        return file + (m == null ? "" : ":" + (m.getLine() + 1) + ":" + (m.getColumn() + 1));
    }
}
