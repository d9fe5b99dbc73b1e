package io.github.vaultlint.config;

import io.github.vaultlint.rule.RuleRegistry;
import io.github.vaultlint.util.Suggest;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import static io.github.vaultlint.config.ConfigLoader.scalar;
import static io.github.vaultlint.config.ConfigLoader.where;

/** Parses the {@code noteTypes:} section of a config file into {@link NoteTypeSpec}s. */
final class NoteTypesParser {
    /** Keys of one note type. */
    static final Set<String> TYPE_KEYS = new LinkedHashSet<>(List.of("match", "schema", "sections", "extends", "rules"));
    /** Keys of a type's {@code match}. */
    static final Set<String> MATCH_KEYS = new LinkedHashSet<>(List.of("tags", "paths", "labels", "parts"));
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]*");

    private final Path file;
    private final RuleRegistry registry;

    NoteTypesParser(Path file, RuleRegistry registry) {
        this.file = file;
        this.registry = registry;
    }

    List<NoteTypeSpec> parse(Node value) throws ConfigException {
        if (value instanceof ScalarNode s && s.getValue().isEmpty()) {
            return List.of();
        }
        if (!(value instanceof MappingNode map)) {
            throw new ConfigException(where(file, value.getStartMark())
                    + ": \"noteTypes\" must map type names to their settings, e.g. noteTypes: { debrief: { match: { tags: "
                    + "[real-interview] } } }");
        }
        List<NoteTypeSpec> out = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (NodeTuple t : map.getValue()) {
            String name = scalar(file, t.getKeyNode(), "note type name");
            String at = where(file, t.getKeyNode().getStartMark());
            if (!NAME.matcher(name).matches()) {
                throw new ConfigException(at + ": note type name \"" + name
                        + "\" may only use letters, digits, '-' and '_' (it is what a note's type: property names)");
            }
            if (!seen.add(name.toLowerCase(Locale.ROOT))) {
                throw new ConfigException(at + ": note type \"" + name + "\" is defined twice; merge the two entries");
            }
            out.add(parseType(name, at, t.getValueNode()));
        }
        return out;
    }

    private NoteTypeSpec parseType(String name, String at, Node value) throws ConfigException {
        List<String> tags = null;
        List<String> paths = null;
        List<String> labels = null;
        List<String> parts = null;
        List<String> partsWhere = null;
        String schema = null;
        String schemaWhere = null;
        String sections = null;
        String sectionsWhere = null;
        String extendsType = null;
        String extendsWhere = null;
        Map<String, LevelSetting> rules = null;
        if (value instanceof ScalarNode s && s.getValue().isEmpty()) {
            return new NoteTypeSpec(name, null, null, null, null, null, null, null, at, null);
        }
        if (!(value instanceof MappingNode map)) {
            throw new ConfigException(where(file, value.getStartMark()) + ": note type \"" + name
                    + "\" must be a mapping with " + String.join(", ", TYPE_KEYS));
        }
        Map<String, Integer> seenKeys = new HashMap<>();
        for (NodeTuple t : map.getValue()) {
            String key = scalar(file, t.getKeyNode(), "key");
            ConfigLoader.checkDuplicate(file, t.getKeyNode(), key, seenKeys);
            Node v = t.getValueNode();
            switch (key) {
                case "match": {
                    if (v instanceof ScalarNode s && s.getValue().isEmpty()) {
                        tags = List.of();
                        paths = List.of();
                        labels = List.of();
                        parts = List.of();
                        break;
                    }
                    if (!(v instanceof MappingNode m)) {
                        throw new ConfigException(where(file, v.getStartMark()) + ": \"match\" of note type \"" + name
                                + "\" must be a mapping, e.g. match: { tags: [real-interview], paths: [\"Interviews/**\"] }");
                    }
                    Map<String, Integer> seenMatch = new HashMap<>();
                    for (NodeTuple mt : m.getValue()) {
                        String mk = scalar(file, mt.getKeyNode(), "key");
                        ConfigLoader.checkDuplicate(file, mt.getKeyNode(), mk, seenMatch);
                        switch (mk) {
                            case "tags":
                                tags = tags(strings(mt.getValueNode(), "match.tags"));
                                oneTagEach(mt.getValueNode(), name);
                                break;
                            case "paths": paths = globs(mt.getValueNode()); break;
                            case "labels": labels = strings(mt.getValueNode(), "match.labels"); break;
                            case "parts":
                                parts = strings(mt.getValueNode(), "match.parts");
                                partsWhere = positions(mt.getValueNode());
                                break;
                            default:
                                throw unknown(mt.getKeyNode(), mk, "match of note type \"" + name + "\"", MATCH_KEYS);
                        }
                    }
                    // A match given replaces the inherited one as a whole: keys left out match nothing.
                    tags = tags == null ? List.of() : tags;
                    paths = paths == null ? List.of() : paths;
                    labels = labels == null ? List.of() : labels;
                    parts = parts == null ? List.of() : parts;
                    break;
                }
                case "schema":
                    schema = optionalScalar(v, "schema of note type \"" + name + "\"");
                    schemaWhere = where(file, v.getStartMark());
                    break;
                case "sections":
                    sections = optionalScalar(v, "sections of note type \"" + name + "\"");
                    sectionsWhere = where(file, v.getStartMark());
                    break;
                case "extends":
                    extendsType = optionalScalar(v, "extends of note type \"" + name + "\"");
                    extendsWhere = where(file, v.getStartMark());
                    if (extendsType.isEmpty()) {
                        extendsType = "none";
                    }
                    break;
                case "rules":
                    rules = ConfigLoader.parseRules(file, v, registry, "note type \"" + name + "\"");
                    break;
                default:
                    throw unknown(t.getKeyNode(), key, "note type \"" + name + "\"", TYPE_KEYS);
            }
        }
        return new NoteTypeSpec(name, tags, paths, labels, schema, sections, extendsType, null, at, schemaWhere, rules,
                parts, sectionsWhere, null, partsWhere, extendsWhere);
    }

    /** file:line:col of each entry {@link #strings} takes from {@code v}, in the same order. */
    private List<String> positions(Node v) {
        List<String> out = new ArrayList<>();
        if (v instanceof ScalarNode s) {
            if (!s.getValue().isBlank()) {
                out.add(where(file, s.getStartMark()));
            }
        } else if (v instanceof SequenceNode seq) {
            for (Node item : seq.getValue()) {
                out.add(where(file, item.getStartMark()));
            }
        }
        return out;
    }

    private ConfigException unknown(Node keyNode, String key, String in, Set<String> known) {
        return new ConfigException(where(file, keyNode.getStartMark()) + ": unknown key \"" + key + "\" in " + in
                + Suggest.didYouMean(key, known) + "; known keys are " + String.join(", ", known));
    }

    /** A scalar where empty/null means "none" (returned as ""). */
    private String optionalScalar(Node v, String what) throws ConfigException {
        String s = scalar(file, v, what).strip();
        return s.equals("~") || s.equalsIgnoreCase("null") ? "" : s;
    }

    /** match.paths: {@link #strings}, each a glob (an unclosed '{' is an error where it is written). */
    private List<String> globs(Node v) throws ConfigException {
        List<String> out = strings(v, "match.paths");
        for (Node item : v instanceof SequenceNode seq ? seq.getValue() : List.of(v)) {
            if (item instanceof ScalarNode) {
                ConfigLoader.glob(file, item, "match.paths glob");
            }
        }
        return out;
    }

    /** A list of non-empty strings; a single string is a one-element list. */
    private List<String> strings(Node v, String what) throws ConfigException {
        List<String> out = new ArrayList<>();
        if (v instanceof ScalarNode s) {
            if (!s.getValue().isBlank()) {
                out.add(s.getValue().strip());
            }
            return out;
        }
        if (!(v instanceof SequenceNode seq)) {
            throw new ConfigException(where(file, v.getStartMark()) + ": \"" + what + "\" must be a list of text values");
        }
        for (Node item : seq.getValue()) {
            String s = scalar(file, item, what + " entry").strip();
            if (s.isEmpty()) {
                throw new ConfigException(where(file, item.getStartMark()) + ": empty entry in \"" + what + "\"; remove it");
            }
            out.add(s);
        }
        return out;
    }

    /**
     * A tag entry holding several tags ("a, b" or "a b") would match no note, since no tag has a comma or
     * a space: say so where it is written, with the list to write instead.
     */
    private void oneTagEach(Node v, String type) throws ConfigException {
        for (Node item : v instanceof SequenceNode seq ? seq.getValue() : List.of(v)) {
            if (item instanceof ScalarNode sc && !sc.getValue().isBlank()) {
                String t = sc.getValue().strip();
                if (t.indexOf(',') >= 0 || t.chars().anyMatch(Character::isWhitespace)) {
                    List<String> parts = new ArrayList<>();
                    for (String p : t.split("[,\\s]+")) {
                        if (!p.isEmpty()) {
                            parts.add(p.startsWith("#") ? p.substring(1) : p);
                        }
                    }
                    throw new ConfigException(where(file, item.getStartMark()) + ": match.tags entry \"" + t + "\" of note type \""
                            + type + "\" holds several tags, so it matches no note (a tag has no comma or space); list them: tags: ["
                            + String.join(", ", parts) + "]");
                }
            }
        }
    }

    private static List<String> tags(List<String> raw) {
        List<String> out = new ArrayList<>(raw.size());
        for (String t : raw) {
            out.add((t.startsWith("#") ? t.substring(1) : t).toLowerCase(Locale.ROOT));
        }
        return out;
    }
}
