package io.github.vaultlint.section;

import io.github.vaultlint.config.ConfigException;
import io.github.vaultlint.util.Suggest;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads the {@code templates:} mapping of {@code .vaultlint.yml} (and the built-in templates file,
 * which has the same shape). Every mistake is a {@link ConfigException} naming file:line:column and
 * the fix, with "did you mean" for misspelt keys.
 */
public final class TemplateReader {
    public static final Set<String> TEMPLATE_KEYS = Set.of("units", "parts", "nonTopicSections");
    public static final Set<String> PART_KEYS = Set.of("name", "id", "synonyms", "keywords", "required", "label",
            "measurable", "role");

    private final String file;
    private final TemplateSet base;

    private TemplateReader(String file, TemplateSet base) {
        this.file = file;
        this.base = base;
    }

    /**
     * Reads the value of a {@code templates:} key. A template named like one in {@code base}
     * overrides it key by key: keys it leaves out (units, parts, nonTopicSections) keep the base's.
     */
    public static Map<String, Template> read(String file, Node templates, TemplateSet base) throws ConfigException {
        return new TemplateReader(file, base).templates(templates);
    }

    /** Reads a whole YAML document whose top-level {@code templates:} key holds the templates. */
    static Map<String, Template> readDocument(String file, String text) throws ConfigException {
        Node root;
        try {
            root = new Yaml(new SafeConstructor(new LoaderOptions())).compose(new StringReader(text));
        } catch (MarkedYAMLException e) {
            throw new ConfigException(where(file, e.getProblemMark()) + ": invalid YAML: " + e.getProblem());
        }
        if (root instanceof MappingNode m) {
            for (NodeTuple t : m.getValue()) {
                if (t.getKeyNode() instanceof ScalarNode k && k.getValue().equals("templates")) {
                    return read(file, t.getValueNode(), null);
                }
            }
        }
        throw new ConfigException(file + ": expected a top-level \"templates:\" mapping");
    }

    private Map<String, Template> templates(Node node) throws ConfigException {
        Map<String, Template> out = new LinkedHashMap<>();
        if (node instanceof ScalarNode s && s.getValue().isEmpty()) {
            return out;
        }
        if (!(node instanceof MappingNode m)) {
            throw error(node, "\"templates\" must map template names to templates (units:, parts:)");
        }
        for (NodeTuple t : m.getValue()) {
            String name = scalar(t.getKeyNode(), "template name");
            if (name.isBlank()) {
                throw error(t.getKeyNode(), "a template needs a name");
            }
            out.put(name, template(name, t.getValueNode()));
        }
        return out;
    }

    private Template template(String name, Node node) throws ConfigException {
        if (!(node instanceof MappingNode m)) {
            throw error(node, "template \"" + name + "\" must be a mapping with parts: (and optionally units:, nonTopicSections:)");
        }
        Template inherited = base == null ? null : base.find(name);
        Template.Units units = inherited == null ? Template.Units.STORIES : inherited.units();
        List<Part> parts = inherited == null ? null : inherited.parts();
        List<String> nonTopics = inherited == null ? Template.DEFAULT_NON_TOPICS : inherited.nonTopicSections();
        Node partsNode = null;
        for (NodeTuple t : m.getValue()) {
            String key = scalar(t.getKeyNode(), "key");
            Node v = t.getValueNode();
            switch (key) {
                case "units": {
                    String u = scalar(v, "units of template \"" + name + "\"").strip().toLowerCase(Locale.ROOT);
                    if (u.equals("topics")) {
                        units = Template.Units.TOPICS;
                    } else if (u.equals("stories")) {
                        units = Template.Units.STORIES;
                    } else {
                        throw error(v, "units of template \"" + name + "\" is \"" + u + "\"" + Suggest.didYouMean(u, List.of("topics", "stories"))
                                + "; use topics (every H2 section is a unit) or stories (the headings that carry the parts)");
                    }
                    break;
                }
                case "parts":
                    partsNode = v;
                    parts = parts(name, v);
                    break;
                case "nonTopicSections":
                    nonTopics = strings(v, "nonTopicSections of template \"" + name + "\"");
                    break;
                default:
                    throw error(t.getKeyNode(), "unknown key \"" + key + "\" in template \"" + name + "\""
                            + Suggest.didYouMean(key, TEMPLATE_KEYS) + "; known keys are " + String.join(", ", new TreeSet<>(TEMPLATE_KEYS)));
            }
        }
        if (parts == null || parts.isEmpty()) {
            throw error(partsNode == null ? node : partsNode, "template \"" + name + "\" has no parts; add parts: with at least one "
                    + "\"- name: ...\" entry");
        }
        return new Template(name, units, parts, nonTopics);
    }

    private List<Part> parts(String template, Node node) throws ConfigException {
        if (!(node instanceof SequenceNode seq)) {
            throw error(node, "parts of template \"" + template + "\" must be a list of parts (- name: Situation)");
        }
        List<Part> out = new ArrayList<>();
        Map<String, String> labelOwner = new HashMap<>();
        Map<String, String> shortOwner = new HashMap<>();
        Set<String> ids = new TreeSet<>();
        for (Node item : seq.getValue()) {
            Part p = part(template, item);
            if (!ids.add(p.id())) {
                throw error(item, "template \"" + template + "\" has two parts with id \"" + p.id() + "\"; give each part its own name or id");
            }
            List<String> labels = new ArrayList<>();
            labels.add(p.name());
            labels.addAll(p.synonyms());
            for (String l : labels) {
                String prev = labelOwner.putIfAbsent(Labels.normalize(l), p.name());
                if (prev != null && !prev.equals(p.name())) {
                    throw error(item, "\"" + l + "\" names both " + prev + " and " + p.name() + " in template \"" + template
                            + "\"; keep it on one part");
                }
            }
            if (p.label() != null) {
                String prev = shortOwner.putIfAbsent(p.label().toLowerCase(Locale.ROOT), p.name());
                if (prev != null) {
                    throw error(item, "short label \"" + p.label() + "\" is used by both " + prev + " and " + p.name()
                            + " in template \"" + template + "\"; pick another letter");
                }
            }
            out.add(p);
        }
        return out;
    }

    private Part part(String template, Node node) throws ConfigException {
        if (node instanceof ScalarNode s) {
            String n = s.getValue().strip();
            if (n.isEmpty()) {
                throw error(node, "empty part in template \"" + template + "\"; write - name: <part name>");
            }
            return new Part(idOf(n), n, List.of(), true, null, false);
        }
        if (!(node instanceof MappingNode m)) {
            throw error(node, "a part of template \"" + template + "\" must be a mapping (name:, synonyms:, required:)");
        }
        String name = null;
        String id = null;
        List<String> synonyms = List.of();
        List<String> keywords = List.of();
        boolean required = true;
        String label = null;
        boolean measurable = false;
        String role = null;
        for (NodeTuple t : m.getValue()) {
            String key = scalar(t.getKeyNode(), "key");
            Node v = t.getValueNode();
            switch (key) {
                case "name":
                    name = scalar(v, "part name").strip();
                    break;
                case "id":
                    id = scalar(v, "part id").strip();
                    break;
                case "synonyms":
                    synonyms = strings(v, "synonyms");
                    break;
                case "keywords":
                    keywords = keywords(v, template, name);
                    break;
                case "required":
                    required = bool(v, "required");
                    break;
                case "measurable":
                    measurable = bool(v, "measurable");
                    break;
                case "role": {
                    String r = scalar(v, "role").strip().toLowerCase(Locale.ROOT);
                    if (!Part.ROLES.contains(r)) {
                        throw error(v, "role \"" + r + "\" of a part of template \"" + template + "\" is not one of "
                                + String.join(", ", Part.ROLES) + Suggest.didYouMean(r, Part.ROLES)
                                + "; it says what the analysis reads the part's items as");
                    }
                    role = r;
                    break;
                }
                case "label": {
                    String l = scalar(v, "label").strip();
                    if (l.length() != 1 || !Character.isLetter(l.charAt(0))) {
                        throw error(v, "label \"" + l + "\" must be a single letter, such as S for \"S: ...\"");
                    }
                    label = l.toUpperCase(Locale.ROOT);
                    break;
                }
                default:
                    throw error(t.getKeyNode(), "unknown key \"" + key + "\" in a part of template \"" + template + "\""
                            + Suggest.didYouMean(key, PART_KEYS) + "; known keys are " + String.join(", ", new TreeSet<>(PART_KEYS)));
            }
        }
        if (name == null || name.isEmpty()) {
            throw error(node, "a part of template \"" + template + "\" has no name; add name: <what the heading or label says>");
        }
        if (id == null || id.isEmpty()) {
            id = idOf(name);
        }
        return new Part(id, name, synonyms, required, label, measurable, keywords, role);
    }

    /** Keyword phrases, each normalised to the words a label is split into ("went badly"). */
    private List<String> keywords(Node v, String template, String part) throws ConfigException {
        List<String> out = new ArrayList<>();
        for (String k : strings(v, "keywords")) {
            String words = String.join(" ", Template.words(Labels.normalize(k)));
            if (words.isEmpty()) {
                throw error(v, "keyword \"" + k + "\" of part " + (part == null ? "" : "\"" + part + "\" ") + "in template \""
                        + template + "\" has no words; write a word or phrase such as \"went badly\"");
            }
            out.add(words);
        }
        return out;
    }

    /** "What was weak" becomes "what-was-weak". */
    static String idOf(String name) {
        String s = Labels.normalize(name).replaceAll("[^\\p{L}\\p{N}]+", "-");
        s = s.replaceAll("^-+|-+$", "");
        return s.isEmpty() ? "part" : s;
    }

    private List<String> strings(Node node, String what) throws ConfigException {
        if (node instanceof ScalarNode s) {
            if (s.getValue().isEmpty()) {
                return List.of();
            }
            throw error(node, what + " must be a list, e.g. [" + s.getValue() + "]");
        }
        if (!(node instanceof SequenceNode seq)) {
            throw error(node, what + " must be a list of names");
        }
        List<String> out = new ArrayList<>();
        for (Node item : seq.getValue()) {
            String v = scalar(item, what + " entry").strip();
            if (!v.isEmpty()) {
                out.add(v);
            }
        }
        return out;
    }

    private boolean bool(Node node, String what) throws ConfigException {
        String v = scalar(node, what).strip().toLowerCase(Locale.ROOT);
        if (v.equals("true")) {
            return true;
        }
        if (v.equals("false")) {
            return false;
        }
        throw error(node, what + " is \"" + v + "\"; write true or false");
    }

    private String scalar(Node n, String what) throws ConfigException {
        if (!(n instanceof ScalarNode s)) {
            throw error(n, what + " must be a single value, not a " + (n instanceof SequenceNode ? "list" : "mapping"));
        }
        return s.getValue();
    }

    private ConfigException error(Node n, String message) {
        return new ConfigException(where(file, n.getStartMark()) + ": " + message);
    }

    private static String where(String file, Mark m) {
        return file + (m == null ? "" : ":" + (m.getLine() + 1) + ":" + (m.getColumn() + 1));
    }
}
