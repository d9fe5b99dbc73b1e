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

    public static Path write(LintResult result, String toolVersion, Path outputDir) throws IOException {
        Files.createDirectories(outputDir);
        Path out = outputDir.resolve(FILE);
        Path tmp = outputDir.resolve(FILE + ".tmp");
        try (OutputStream os = Files.newOutputStream(tmp);
             JsonGenerator g = new JsonFactory().createGenerator(os, JsonEncoding.UTF8)) {
            DefaultPrettyPrinter pp = new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"));
            g.setPrettyPrinter(pp);
            write(g, result, toolVersion);
        }
        Files.move(tmp, out, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        return out;
    }

    static void write(JsonGenerator g, LintResult result, String toolVersion) throws IOException {
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
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }
}
