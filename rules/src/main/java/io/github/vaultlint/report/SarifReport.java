package io.github.vaultlint.report;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import io.github.vaultlint.engine.LintResult;
import io.github.vaultlint.rule.Finding;
import io.github.vaultlint.rule.RuleInfo;
import io.github.vaultlint.rule.Severity;
import io.github.vaultlint.util.FileNames;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes {@code vaultlint.sarif}: SARIF 2.1.0 as GitHub code scanning accepts it. Locations are
 * vault-relative URIs against the {@code VAULTROOT} base, or, when the vault is a sub-folder of the
 * GitHub workspace, repo-relative ones against {@code %SRCROOT%} (the workspace); {@code partialFingerprints} carry the
 * line-independent finding fingerprint so code scanning tracks findings across edits. Findings an
 * inline suppression silenced are results too, with {@code suppressions: [{kind: inSource}]}
 * (SARIF 2.1.0 §3.27.23, §3.35), so code scanning shows them as dismissed rather than fixed.
 */
public final class SarifReport {
    public static final String FILE = "vaultlint.sarif";
    public static final String FINGERPRINT_KEY = "vaultlint/v1";
    /** The base of repo-relative URIs, as GitHub's own tools name the checked-out repository. */
    public static final String SRCROOT = "%SRCROOT%";

    private SarifReport() {
    }

    /**
     * @param rules        every rule that ran (enabled rules), for {@code tool.driver.rules}
     * @param fingerprints finding fingerprints (see {@code Fingerprints})
     * @param baselined    findings that are in the baseline (reported as "unchanged", the others as
     *                     "new"); null when no baseline was compared (no {@code baselineState} then)
     */
    public static Path write(LintResult result, String version, List<RuleInfo> rules, Map<Finding, String> fingerprints,
                             Set<Finding> baselined, Path outputDir) throws IOException {
        return write(result, version, rules, fingerprints, baselined, null, outputDir);
    }

    /**
     * @param workspace the repository's root (GitHub's {@code GITHUB_WORKSPACE}) when the vault is a
     *                  sub-folder of it, else null: URIs are then repo-relative ({@code notes/a.md})
     *                  against {@code %SRCROOT%}, the workspace, as code scanning wants them; without
     *                  it they are vault-relative against {@code VAULTROOT}
     */
    public static Path write(LintResult result, String version, List<RuleInfo> rules, Map<Finding, String> fingerprints,
                             Set<Finding> baselined, Path workspace, Path outputDir) throws IOException {
        Files.createDirectories(outputDir);
        Path out = outputDir.resolve(FILE);
        Path tmp = outputDir.resolve(FILE + ".tmp");
        try (OutputStream os = Files.newOutputStream(tmp);
             JsonGenerator g = new JsonFactory().createGenerator(os, JsonEncoding.UTF8)) {
            g.setPrettyPrinter(new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n")));
            write(g, result, version, rules, fingerprints, baselined, workspace);
        }
        Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING);
        return out;
    }

    static void write(JsonGenerator g, LintResult result, String version, List<RuleInfo> rules,
                      Map<Finding, String> fingerprints, Set<Finding> baselined, Path workspace) throws IOException {
        Path root = result.index().root();
        String prefix = "";
        String baseId = "VAULTROOT";
        Path base = root;
        if (workspace != null) {
            String p = io.github.vaultlint.util.Workspace.prefix(root, workspace);
            if (!p.isEmpty()) {
                prefix = p;
                baseId = SRCROOT;
                base = workspace.toAbsolutePath().normalize();
            }
        }
        g.writeStartObject();
        g.writeStringField("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
        g.writeStringField("version", "2.1.0");
        g.writeArrayFieldStart("runs");
        g.writeStartObject();

        g.writeObjectFieldStart("tool");
        g.writeObjectFieldStart("driver");
        g.writeStringField("name", "vaultlint");
        g.writeStringField("version", version);
        g.writeStringField("semanticVersion", version.replace("-SNAPSHOT", ""));
        g.writeStringField("informationUri", "https://github.com/vaultlint/vaultlint");
        g.writeArrayFieldStart("rules");
        Map<String, Integer> index = new HashMap<>();
        for (RuleInfo r : rules) {
            index.put(r.id(), index.size());
            g.writeStartObject();
            g.writeStringField("id", r.id());
            g.writeStringField("name", camel(r.id()));
            g.writeObjectFieldStart("shortDescription");
            g.writeStringField("text", r.summary());
            g.writeEndObject();
            g.writeObjectFieldStart("fullDescription");
            g.writeStringField("text", r.description());
            g.writeEndObject();
            g.writeObjectFieldStart("help");
            g.writeStringField("text", r.description() + " Configure with `rules: { " + r.id() + ": error|warning|info|off }` in .vaultlint.yml.");
            g.writeStringField("markdown", "**" + r.id() + "**: " + r.summary() + "\n\n" + r.description()
                    + "\n\nConfigure in `.vaultlint.yml`: `rules: { " + r.id() + ": error|warning|info|off }`.");
            g.writeEndObject();
            g.writeStringField("helpUri", "https://github.com/vaultlint/vaultlint/blob/main/docs/rules.md#" + r.id());
            g.writeObjectFieldStart("defaultConfiguration");
            g.writeStringField("level", level(r.severity()));
            g.writeEndObject();
            g.writeObjectFieldStart("properties");
            g.writeArrayFieldStart("tags");
            g.writeString(r.category());
            g.writeEndArray();
            g.writeEndObject();
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
        g.writeEndObject();

        g.writeObjectFieldStart("originalUriBaseIds");
        g.writeObjectFieldStart(baseId);
        g.writeStringField("uri", base.toUri().toString());
        g.writeEndObject();
        g.writeEndObject();

        g.writeArrayFieldStart("results");
        List<Finding> all = result.findings();
        Set<Finding> suppressed = Collections.newSetFromMap(new IdentityHashMap<>());
        if (!result.suppressedFindings().isEmpty()) {
            suppressed.addAll(result.suppressedFindings());
            all = new ArrayList<>(result.findings());
            all.addAll(result.suppressedFindings());
            all.sort(Finding.ORDER);
        }
        Map<String, String> uris = new HashMap<>(); // a note's findings share its URI
        String uriPrefix = prefix;
        for (Finding f : all) {
            g.writeStartObject();
            g.writeStringField("ruleId", f.ruleId());
            Integer ri = index.get(f.ruleId());
            if (ri != null) {
                g.writeNumberField("ruleIndex", ri);
            }
            g.writeStringField("level", level(f.severity()));
            g.writeObjectFieldStart("message");
            g.writeStringField("text", f.message());
            g.writeEndObject();
            g.writeArrayFieldStart("locations");
            g.writeStartObject();
            g.writeObjectFieldStart("physicalLocation");
            g.writeObjectFieldStart("artifactLocation");
            g.writeStringField("uri", uris.computeIfAbsent(f.file(), file -> uri(uriPrefix, FileNames.rawPath(root, file))));
            g.writeStringField("uriBaseId", baseId);
            g.writeEndObject();
            g.writeObjectFieldStart("region");
            g.writeNumberField("startLine", f.line());
            g.writeNumberField("startColumn", f.column());
            g.writeNumberField("endLine", f.endLine());
            g.writeNumberField("endColumn", Math.max(f.endColumn(), f.endLine() == f.line() ? f.column() : 1));
            g.writeEndObject();
            g.writeEndObject();
            g.writeEndObject();
            g.writeEndArray();
            String fp = fingerprints.get(f);
            if (fp != null) {
                g.writeObjectFieldStart("partialFingerprints");
                g.writeStringField(FINGERPRINT_KEY, fp);
                g.writeEndObject();
            }
            if (suppressed.contains(f)) {
                // Not compared with the baseline (suppressed findings never gate): no baselineState.
                g.writeArrayFieldStart("suppressions");
                g.writeStartObject();
                g.writeStringField("kind", "inSource");
                g.writeEndObject();
                g.writeEndArray();
            } else if (baselined != null) {
                g.writeStringField("baselineState", baselined.contains(f) ? "unchanged" : "new");
            }
            g.writeEndObject();
        }
        g.writeEndArray();

        g.writeArrayFieldStart("invocations");
        g.writeStartObject();
        g.writeBooleanField("executionSuccessful", true);
        g.writeEndObject();
        g.writeEndArray();
        g.writeStringField("columnKind", "utf16CodeUnits");
        // Lines are counted as Obsidian counts them, a lone CR ending one too; SARIF's default is CRLF
        // and LF only (§3.14.15), by which a reader would put every finding of a CR-only note on line 1.
        g.writeArrayFieldStart("newlineSequences");
        g.writeString("\r\n");
        g.writeString("\n");
        g.writeString("\r");
        g.writeEndArray();
        g.writeEndObject();
        g.writeEndArray();
        g.writeEndObject();
    }

    static String level(Severity s) {
        switch (s) {
            case ERROR: return "error";
            case WARNING: return "warning";
            default: return "note";
        }
    }

    /**
     * A relative URI reference (RFC 3986) for a vault path, resolved against {@code VAULTROOT}: every
     * byte of each segment's UTF-8 that is not unreserved or a sub-delimiter is percent-encoded,
     * ':' included, so a root note named {@code a:b.md} is {@code a%3Ab.md}, not a URI with the
     * scheme "a"; spaces, '%', '#', '?', '[', ']' and non-ASCII characters are encoded too.
     */
    static String uri(String path) {
        return uri("", path.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * As {@link #uri(String)}, for a vault path given as the bytes that name it on disk (see
     * {@link FileNames#rawPath}): a file name that is not UTF-8 keeps its own bytes, percent-encoded,
     * as RFC 3986 has it, rather than U+FFFD's.
     */
    static String uri(String prefix, byte[] path) {
        StringBuilder sb = new StringBuilder(prefix.length() + path.length + 16);
        byte[] bytes = prefix.isEmpty() ? path : concat(prefix.getBytes(StandardCharsets.UTF_8), path);
        for (byte b : bytes) {
            int c = b & 0xff;
            if (c == '/' || keep(c)) {
                sb.append((char) c);
            } else {
                sb.append('%').append(HEX[c >> 4]).append(HEX[c & 15]);
            }
        }
        return sb.toString();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    /** RFC 3986 unreserved characters and sub-delimiters, and '@': safe in a path segment. */
    private static boolean keep(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || c == '-' || c == '.' || c == '_' || c == '~' || c == '@'
                || c == '!' || c == '$' || c == '&' || c == '\'' || c == '(' || c == ')' || c == '*' || c == '+'
                || c == ',' || c == ';' || c == '=';
    }

    private static String camel(String id) {
        StringBuilder sb = new StringBuilder();
        boolean up = true;
        for (char c : id.toCharArray()) {
            if (c == '-') {
                up = true;
            } else {
                sb.append(up ? Character.toUpperCase(c) : c);
                up = false;
            }
        }
        return sb.toString();
    }
}
