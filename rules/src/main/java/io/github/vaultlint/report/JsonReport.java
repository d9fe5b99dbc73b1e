package io.github.vaultlint.report;

import io.github.vaultlint.engine.LintResult;
import io.github.vaultlint.engine.Summary;
import io.github.vaultlint.rule.Finding;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes {@code vaultlint.json}. The shape is a public contract: fields may be added, never renamed.
 * Streams (see {@link JsonWriter}) so output size does not matter; field order is fixed, so output is
 * byte-stable run to run.
 */
public final class JsonReport {
    public static final String FILE = "vaultlint.json";

    private JsonReport() {
    }

    public static Path write(ReportData data, Path outputDir) throws IOException {
        Files.createDirectories(outputDir);
        Path out = outputDir.resolve(FILE);
        Path tmp = outputDir.resolve(FILE + ".tmp");
        Path spill = outputDir.resolve(FILE + ".part.tmp");
        // Written in large chunks: a 100k-note vault's report runs to hundreds of MB.
        try (JsonWriter g = new JsonWriter(Files.newOutputStream(tmp))) {
            write(g, data, spill);
        } finally {
            Files.deleteIfExists(spill);
        }
        Files.move(tmp, out, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        return out;
    }

    /**
     * {@code spill}: a file for the second half of the insights, written on another thread (see
     * {@link InsightsJson}); null to write everything on this one.
     */
    static void write(JsonWriter g, ReportData data, Path spill) throws IOException {
        LintResult result = data.result();
        String toolVersion = data.version();
        g.startObject();
        g.objectField("tool");
        g.field("name", "vaultlint");
        g.field("version", toolVersion);
        g.endObject();
        g.field("vault", result.vault());
        Summary s = result.summary();
        g.objectField("summary");
        g.field("notes", s.notes());
        g.field("files", s.files());
        g.field("errors", s.errors());
        g.field("warnings", s.warnings());
        g.field("infos", s.infos());
        g.field("suppressed", result.suppressed());
        if (data.baseline() != null) {
            g.field("new", data.baseline().fresh().size());
            g.field("baselined", data.baseline().baselined().size());
            g.field("fixed", data.baseline().fixed().size());
        }
        g.endObject();
        g.arrayField("findings");
        for (Finding f : result.findings()) {
            g.startObject();
            g.field("ruleId", f.ruleId());
            g.field("severity", f.severity().id());
            g.field("file", f.file());
            g.field("line", f.line());
            g.field("column", f.column());
            g.field("endLine", f.endLine());
            g.field("endColumn", f.endColumn());
            g.field("message", f.message());
            String fp = data.fingerprints().get(f);
            if (fp != null) {
                g.field("fingerprint", fp);
            }
            if (data.baseline() != null) {
                g.field("baselined", data.isBaselined(f));
            }
            g.endObject();
        }
        g.endArray();
        if (result.insights() != null) {
            InsightsJson.write(g, result.insights(), spill);
        }
        g.endObject();
    }
}
