package io.github.vaultlint.type;

import java.util.List;
import java.util.Map;

/**
 * Plain Java data (Map, List, String, Number, Boolean, null), as {@code YamlNode.toPlain()} gives it,
 * seen as JSON: its type, equality and compact text. The text is exactly what Jackson's
 * {@code JsonNode.toString()} gives for the same value (NaN and infinities quoted, control characters
 * escaped, nothing else), so schema messages read the same whichever validator found the problem.
 */
final class PlainJson {
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private PlainJson() {
    }

    /** The JSON type: "object", "array", "string", "integer", "number", "boolean" or "null". */
    static String type(Object v) {
        if (v == null) {
            return "null";
        }
        if (v instanceof Map) {
            return "object";
        }
        if (v instanceof List) {
            return "array";
        }
        if (v instanceof String) {
            return "string";
        }
        if (v instanceof Boolean) {
            return "boolean";
        }
        if (v instanceof Long || v instanceof Integer || v instanceof Short || v instanceof Byte
                || v instanceof java.math.BigInteger) {
            return "integer";
        }
        return "number";
    }

    /** Whether {@code v} is a JSON number with no fractional part (2020-12 counts 1.0 as an integer). */
    static boolean isIntegral(Object v) {
        if ("integer".equals(type(v))) {
            return true;
        }
        if (v instanceof Double || v instanceof Float) {
            double d = ((Number) v).doubleValue();
            return !Double.isNaN(d) && !Double.isInfinite(d) && d == Math.rint(d);
        }
        if (v instanceof java.math.BigDecimal bd) {
            return bd.signum() == 0 || bd.scale() <= 0 || bd.stripTrailingZeros().scale() <= 0;
        }
        return false;
    }

    /** Equality as the validator's uniqueItems judges it: numbers by how they are written (1 and 1.0 differ), key order does not count. */
    static boolean same(Object a, Object b) {
        if (a instanceof Number x && b instanceof Number y) {
            return render(x).equals(render(y));
        }
        if (a instanceof List<?> x && b instanceof List<?> y) {
            if (x.size() != y.size()) {
                return false;
            }
            for (int i = 0; i < x.size(); i++) {
                if (!same(x.get(i), y.get(i))) {
                    return false;
                }
            }
            return true;
        }
        if (a instanceof Map<?, ?> x && b instanceof Map<?, ?> y) {
            if (!x.keySet().equals(y.keySet())) {
                return false;
            }
            for (Map.Entry<?, ?> e : x.entrySet()) {
                if (!same(e.getValue(), y.get(e.getKey()))) {
                    return false;
                }
            }
            return true;
        }
        return a == null ? b == null : a.equals(b);
    }

    /** The indexes of the first item of {@code list} that repeats an earlier one, and of that earlier one; null when all differ. */
    static int[] firstRepeat(Object list) {
        if (!(list instanceof List<?> l)) {
            return null;
        }
        for (int j = 1; j < l.size(); j++) {
            for (int i = 0; i < j; i++) {
                if (same(l.get(i), l.get(j))) {
                    return new int[] {i, j};
                }
            }
        }
        return null;
    }

    /** Compact JSON text of {@code v}. */
    static String render(Object v) {
        StringBuilder sb = new StringBuilder();
        render(v, sb);
        return sb.toString();
    }

    private static void render(Object v, StringBuilder sb) {
        if (v == null) {
            sb.append("null");
        } else if (v instanceof String s) {
            quote(s, sb);
        } else if (v instanceof Double || v instanceof Float) {
            double d = ((Number) v).doubleValue();
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                sb.append('"').append(v).append('"'); // Jackson writes these as strings by default
            } else {
                sb.append(v);
            }
        } else if (v instanceof Map<?, ?> m) {
            sb.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> e : m.entrySet()) {
                if (!first) {
                    sb.append(',');
                }
                first = false;
                quote(String.valueOf(e.getKey()), sb);
                sb.append(':');
                render(e.getValue(), sb);
            }
            sb.append('}');
        } else if (v instanceof List<?> l) {
            sb.append('[');
            for (int i = 0; i < l.size(); i++) {
                if (i > 0) {
                    sb.append(',');
                }
                render(l.get(i), sb);
            }
            sb.append(']');
        } else {
            sb.append(v); // Long, Integer, BigInteger, BigDecimal (toString, as Jackson writes it), Boolean
        }
    }

    private static void quote(String s, StringBuilder sb) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"': sb.append("\\\""); break;
                case '\\': sb.append("\\\\"); break;
                case '\n': sb.append("\\n"); break;
                case '\r': sb.append("\\r"); break;
                case '\t': sb.append("\\t"); break;
                case '\b': sb.append("\\b"); break;
                case '\f': sb.append("\\f"); break;
                default:
                    if (c < 0x20) {
                        sb.append("\\u00").append(HEX[c >> 4]).append(HEX[c & 0xF]);
                    } else {
                        sb.append(c);
                    }
            }
        }
        sb.append('"');
    }
}
