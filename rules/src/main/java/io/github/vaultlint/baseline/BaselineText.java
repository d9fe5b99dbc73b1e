package io.github.vaultlint.baseline;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.vaultlint.util.Utf8;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Edits a baseline as it is on disk. Pruning removes the fixed entries and leaves every other byte as
 * it was: the BOM and line endings the file was checked out with, its indentation, and any field a
 * person added (a reason, a ticket), which a rewrite from the parsed entries would drop.
 */
final class BaselineText {
    private BaselineText() {
    }

    /** {@code bytes} without the entries of {@code findings} whose fingerprint is in {@code drop}. */
    static byte[] without(byte[] bytes, Set<String> drop) throws IOException {
        String text = Utf8.decode(bytes);
        boolean bom = text.startsWith("\uFEFF");
        if (bom) {
            text = text.substring(1);
        }
        StringBuilder out = new StringBuilder(text.length());
        int copied = 0;
        try (JsonParser p = new JsonFactory().createParser(text)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return bytes;
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken value = p.nextToken();
                if (!"findings".equals(name) || value != JsonToken.START_ARRAY) {
                    p.skipChildren();
                    continue;
                }
                int open = offset(p.currentTokenLocation()) + 1;
                List<int[]> spans = new ArrayList<>();
                List<Boolean> dropped = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    int start = offset(p.currentTokenLocation());
                    String fp = p.currentToken() == JsonToken.START_OBJECT ? fingerprint(p) : skip(p);
                    spans.add(new int[] {start, offset(p.currentLocation())});
                    dropped.add(fp != null && drop.contains(fp));
                }
                int close = offset(p.currentTokenLocation());
                if (dropped.contains(true)) {
                    out.append(text, copied, open).append(kept(text, open, spans, dropped, close));
                    copied = close;
                }
            }
        }
        out.append(text, copied, text.length());
        return ((bom ? "\uFEFF" : "") + out).getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The array's inside with the dropped entries cut out: the first kept entry has the space that
     * followed the opening bracket, each later one the separator (comma, line break, indentation) that
     * stood before it, and the space before the closing bracket stays; with none kept it is {@code []}.
     */
    private static String kept(String text, int open, List<int[]> spans, List<Boolean> dropped, int close) {
        StringBuilder sb = new StringBuilder();
        boolean any = false;
        for (int i = 0; i < spans.size(); i++) {
            if (dropped.get(i)) {
                continue;
            }
            if (any) {
                sb.append(text, spans.get(i - 1)[1], spans.get(i)[1]);
            } else {
                sb.append(text, open, spans.get(0)[0]).append(text, spans.get(i)[0], spans.get(i)[1]);
            }
            any = true;
        }
        if (any) {
            sb.append(text, spans.get(spans.size() - 1)[1], close);
        }
        return sb.toString();
    }

    /** Reads one entry object to its end; returns its fingerprint, or null. */
    private static String fingerprint(JsonParser p) throws IOException {
        String fp = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonToken v = p.nextToken();
            if ("fingerprint".equals(field) && v.isScalarValue()) {
                fp = p.getText();
            } else {
                p.skipChildren();
            }
        }
        return fp;
    }

    private static String skip(JsonParser p) throws IOException {
        p.skipChildren();
        return null;
    }

    private static int offset(com.fasterxml.jackson.core.JsonLocation l) {
        return (int) l.getCharOffset();
    }
}
