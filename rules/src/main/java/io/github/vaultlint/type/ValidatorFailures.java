package io.github.vaultlint.type;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonNodePath;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.ValidationMessage;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The networknt validator's messages as {@link SchemaFailure}s (the only place that reads them). */
final class ValidatorFailures {
    private ValidatorFailures() {
    }

    /** The validator's failures of {@code data} (plain data) in its own order, anyOf/oneOf alternatives condensed. */
    static List<SchemaFailure> validate(JsonSchema schema, Object data) {
        return validate(schema, data, null);
    }

    /** As {@link #validate(JsonSchema, Object)}; {@code conditions} (or null) says why a failure under an if/then/else applies. */
    static List<SchemaFailure> validate(JsonSchema schema, Object data, IfCondition conditions) {
        List<Alternatives.Located> out = new ArrayList<>();
        for (ValidationMessage m : schema.validate(SchemaStore.Json.MAPPER.valueToTree(data))) {
            List<Object> eval = elements(m.getEvaluationPath());
            SchemaFailure f = of(m);
            String because = conditions == null ? "" : conditions.of(eval, f.segments(), data);
            out.add(new Alternatives.Located(eval, because.isEmpty() ? f : f.withCondition(because)));
        }
        return Alternatives.condense(out);
    }

    /** A path's names and indexes as they are (String, Integer). */
    private static List<Object> elements(JsonNodePath p) {
        List<Object> out = new ArrayList<>(p.getNameCount());
        for (int i = 0; i < p.getNameCount(); i++) {
            out.add(p.getElement(i));
        }
        return out;
    }

    static SchemaFailure of(ValidationMessage m) {
        Object[] args = m.getArguments();
        return new SchemaFailure(m.getType(), segments(m.getInstanceLocation()), m.getProperty(), plain(m.getSchemaNode()),
                plain(m.getInstanceNode()), args != null && args.length > 0 ? String.valueOf(args[0]) : null, m.getMessage());
    }

    static List<String> segments(JsonNodePath p) {
        List<String> out = new ArrayList<>(p.getNameCount());
        for (int i = 0; i < p.getNameCount(); i++) {
            out.add(String.valueOf(p.getElement(i)));
        }
        return out;
    }

    /** Jackson's tree as plain data; numbers keep their Java type, so {@link PlainJson#render} writes them as Jackson does. */
    static Object plain(JsonNode n) {
        if (n == null || n.isNull() || n.isMissingNode()) {
            return null;
        }
        if (n.isTextual()) {
            return n.textValue();
        }
        if (n.isBoolean()) {
            return n.booleanValue();
        }
        if (n.isNumber()) {
            return n.numberValue();
        }
        if (n.isArray()) {
            List<Object> out = new ArrayList<>(n.size());
            n.forEach(i -> out.add(plain(i)));
            return out;
        }
        if (n.isObject()) {
            Map<String, Object> out = new LinkedHashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                out.put(e.getKey(), plain(e.getValue()));
            }
            return out;
        }
        return n.asText(); // binary, POJO: not produced from YAML
    }
}
