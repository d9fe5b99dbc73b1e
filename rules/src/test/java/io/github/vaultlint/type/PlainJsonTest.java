package io.github.vaultlint.type;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.DecimalNode;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Schema messages quote values as Jackson's {@code JsonNode.toString()} did before the subset validator existed. */
class PlainJsonTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Test
    void rendersValuesAsJacksonDoes() {
        Map<String, Object> nested = new LinkedHashMap<>();
        nested.put("a \"b\"", Arrays.asList(1L, null, true, "x"));
        nested.put("empty", Map.of());
        List<Object> values = new ArrayList<>(Arrays.asList(null, true, false, 0L, -7L, Long.MAX_VALUE, 3, 1.0, -0.0, 2.5,
                1e20, 1.5e-7, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 2.5f,
                new BigInteger("123456789012345678901234567890"), "", "plain", "quote \" backslash \\ slash /",
                "tab\tnewline\ncr\rbs\bff\f", "\u0000\u0001\u001f\u007f", "été ☃ \u2028", List.of(), nested));
        for (Object v : values) {
            assertEquals(MAPPER.valueToTree(v).toString(), PlainJson.render(v), String.valueOf(v));
        }
    }

    @Test
    void readsJacksonNodesBackToTheSameText() {
        List<JsonNode> nodes = List.of(MAPPER.valueToTree(List.of(1L, 2.5, "x")), MAPPER.valueToTree(Map.of("k", List.of(true))),
                DecimalNode.valueOf(new BigDecimal("1.50")), DecimalNode.valueOf(new BigDecimal("100000000000000000000")),
                MAPPER.valueToTree(Double.NaN), MAPPER.missingNode().path("x"));
        for (JsonNode n : nodes) {
            String expected = n.isMissingNode() ? "null" : n.toString();
            assertEquals(expected, PlainJson.render(ValidatorFailures.plain(n)), n.getNodeType().toString());
        }
    }

    @Test
    void typesFollowJsonSchema() {
        assertEquals("integer", PlainJson.type(3L));
        assertEquals("number", PlainJson.type(3.0));
        assertEquals("null", PlainJson.type(null));
        assertEquals(true, PlainJson.isIntegral(3.0));
        assertEquals(false, PlainJson.isIntegral(Double.POSITIVE_INFINITY));
        assertEquals(false, PlainJson.isIntegral(2.5));
        assertEquals(true, PlainJson.isIntegral(new BigDecimal("2.000")));
    }
}
