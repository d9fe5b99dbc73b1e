package io.github.vaultlint.report;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import io.github.vaultlint.engine.LintResult;
import io.github.vaultlint.engine.Summary;
import io.github.vaultlint.rule.Finding;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes {@code vaultlint.json}. The shape is a public contract: fields may be added, never renamed.
 * Streams with a generator so output size does not matter; field order is fixed, so output is
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
        // Buffered in large chunks: a 100k-note vault's report runs to hundreds of MB.
        try (OutputStream os = new java.io.BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16);
             JsonGenerator g = new JsonFactory().createGenerator(os, JsonEncoding.UTF8)) {
            DefaultPrettyPrinter pp = new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"));
            g.setPrettyPrinter(pp);
            write(g, data);
        }
        Files.move(tmp, out, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        return out;
    }

    static void write(JsonGenerator g, ReportData data) throws IOException {
        LintResult result = data.result();
        String toolVersion = data.version();
        g.writeStartObject();
        g.writeObjectFieldStart("tool");
        g.writeStringField("name", "vaultlint");
        g.writeStringField("version", toolVersion);
        g.writeEndObject();
        g.writeStringField("vault", result.vault());
        Summary s = result.summary();
        g.writeObjectFieldStart("summary");
        g.writeNumberField("notes", s.notes());
        g.writeNumberField("files", s.files());
        g.writeNumberField("errors", s.errors());
        g.writeNumberField("warnings", s.warnings());
        g.writeNumberField("infos", s.infos());
        g.writeNumberField("suppressed", result.suppressed());
        if (data.baseline() != null) {
            g.writeNumberField("new", data.baseline().fresh().size());
            g.writeNumberField("baselined", data.baseline().baselined().size());
            g.writeNumberField("fixed", data.baseline().fixed().size());
        }
        g.writeEndObject();
        g.writeArrayFieldStart("findings");
        for (Finding f : result.findings()) {
            g.writeStartObject();
            g.writeStringField("ruleId", f.ruleId());
            g.writeStringField("severity", f.severity().id());
            g.writeStringField("file", f.file());
            g.writeNumberField("line", f.line());
            g.writeNumberField("column", f.column());
            g.writeNumberField("endLine", f.endLine());
            g.writeNumberField("endColumn", f.endColumn());
            g.writeStringField("message", f.message());
            String fp = data.fingerprints().get(f);
            if (fp != null) {
                g.writeStringField("fingerprint", fp);
            }
            if (data.baseline() != null) {
                g.writeBooleanField("baselined", data.isBaselined(f));
            }
            g.writeEndObject();
        }
        g.writeEndArray();
        if (result.insights() != null) {
            InsightsJson.write(g, result.insights());
        }
        g.writeEndObject();
    }
}
