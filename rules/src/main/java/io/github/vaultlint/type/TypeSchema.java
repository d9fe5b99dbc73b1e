package io.github.vaultlint.type;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonNodePath;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.ValidationMessage;
import io.github.vaultlint.vault.Frontmatter;
import io.github.vaultlint.vault.YamlNode;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A compiled frontmatter schema. Validates what the user wrote (YAML 1.2 data: dates and "yes" are
 * text) and positions each violation on the offending value, its key, or the frontmatter's first
 * line for a missing top-level property. Thread-safe.
 */
public final class TypeSchema {
    private final String display;
    private final JsonSchema schema;
    private final ObjectMapper mapper;
    private final List<String> required;
    private final Set<String> declared;

    TypeSchema(String display, JsonSchema schema, ObjectMapper mapper) {
        this.display = display;
        this.schema = schema;
        this.mapper = mapper;
        this.declared = new LinkedHashSet<>();
        JsonNode props = schema.getSchemaNode().get("properties");
        if (props != null) {
            props.fieldNames().forEachRemaining(declared::add);
        }
        // Whatever an empty frontmatter lacks is required, however the schema says it ($ref, allOf, ...).
        List<String> req = new ArrayList<>();
        for (ValidationMessage m : schema.validate(mapper.createObjectNode())) {
            if ("required".equals(m.getType()) && m.getInstanceLocation().getNameCount() == 0 && m.getProperty() != null) {
                req.add(m.getProperty());
            }
        }
        this.required = List.copyOf(req);
    }

    /** Where the schema came from, as shown to users. */
    public String display() {
        return display;
    }

    /** Top-level properties a note of this type must have. */
    public List<String> requiredProperties() {
        return required;
    }

    /** Violations of {@code fm}, sorted by position. {@code fm.root()} must be non-null. */
    public List<SchemaViolation> validate(Frontmatter fm) {
        YamlNode root = fm.root();
        JsonNode data = mapper.valueToTree(root.toPlain());
        List<ValidationMessage> messages = new ArrayList<>(schema.validate(data));
        // anyOf/oneOf report one type error per alternative: merge them into one "expected A or B".
        Map<String, Set<String>> typesAt = new HashMap<>();
        for (ValidationMessage m : messages) {
            if ("type".equals(m.getType())) {
                typesAt.computeIfAbsent(m.getInstanceLocation().toString(), k -> new LinkedHashSet<>())
                        .addAll(SchemaMessages.types(m.getSchemaNode()));
            }
        }
        Set<String> seen = new LinkedHashSet<>();
        List<SchemaViolation> out = new ArrayList<>();
        for (ValidationMessage m : messages) {
            List<String> segs = segments(m.getInstanceLocation());
            Set<String> merged = "type".equals(m.getType()) ? typesAt.get(m.getInstanceLocation().toString()) : null;
            String text = SchemaMessages.message(m, segs, merged, segs.isEmpty() ? declared : Set.of());
            SchemaViolation v = position(fm, segs, m, text);
            if (seen.add(v.line() + ":" + v.column() + ":" + text)) {
                out.add(v);
            }
        }
        out.sort(Comparator.comparingInt(SchemaViolation::line).thenComparingInt(SchemaViolation::column)
                .thenComparing(SchemaViolation::message));
        return out;
    }

    private static List<String> segments(JsonNodePath p) {
        List<String> out = new ArrayList<>(p.getNameCount());
        for (int i = 0; i < p.getNameCount(); i++) {
            out.add(String.valueOf(p.getElement(i)));
        }
        return out;
    }

    private static SchemaViolation position(Frontmatter fm, List<String> segs, ValidationMessage m, String text) {
        YamlNode root = fm.root();
        String type = m.getType();
        if ("additionalProperties".equals(type) || "unevaluatedProperties".equals(type)) {
            List<String> withProp = new ArrayList<>(segs);
            withProp.add(m.getProperty() != null ? m.getProperty() : String.valueOf(m.getArguments()[0]));
            YamlNode.Entry e = Pointers.entry(root, withProp);
            if (e != null) {
                return onKey(e, text);
            }
        }
        if ("required".equals(type) && segs.isEmpty()) {
            return new SchemaViolation(fm.startLine(), 1, fm.startLine(), 4, text);
        }
        YamlNode.Entry e = Pointers.entry(root, segs);
        YamlNode n = Pointers.find(root, segs);
        if (n != null && n.isScalar() && !n.isNull()) {
            return new SchemaViolation(n.line(), n.column(), n.endLine(), n.endColumn(), text);
        }
        if (e != null) {
            return onKey(e, text);
        }
        if (n != null) {
            return new SchemaViolation(n.line(), n.column(), n.line(), n.column(), text);
        }
        return new SchemaViolation(fm.startLine(), 1, fm.startLine(), 4, text);
    }

    private static SchemaViolation onKey(YamlNode.Entry e, String text) {
        return new SchemaViolation(e.line(), e.column(), e.line(), e.column() + e.key().length(), text);
    }
}
