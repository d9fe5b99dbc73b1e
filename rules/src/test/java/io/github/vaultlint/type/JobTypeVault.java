package io.github.vaultlint.type;

import io.github.vaultlint.config.ConfigException;
import io.github.vaultlint.engine.LintOptions;
import io.github.vaultlint.engine.Linter;
import io.github.vaultlint.rule.Finding;
import io.github.vaultlint.testutil.VaultFiles;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** The schema message tests' vault: notes under Jobs/ are of type "job", validated by schemas/job.schema.yaml. */
final class JobTypeVault {
    private JobTypeVault() {
    }

    /** Writes the config that declares the type, and its schema. */
    static void configure(Path vault, String schema) throws IOException {
        VaultFiles.write(vault, ".vaultlint.yml",
                "noteTypes:\n  job:\n    match: { paths: [\"Jobs/**\"] }\n    schema: schemas/job.schema.yaml\n");
        VaultFiles.write(vault, "schemas/job.schema.yaml", schema);
    }

    /** Lints {@code note} as Jobs/x.md; its frontmatter-schema findings as "line:col-endLine:endCol message". */
    static List<String> schemaFindings(Path vault, String note) throws IOException, ConfigException {
        VaultFiles.write(vault, "Jobs/x.md", note);
        return new Linter().run(LintOptions.of(vault)).findings().stream()
                .filter(f -> f.ruleId().equals("frontmatter-schema"))
                .map(JobTypeVault::show).toList();
    }

    /** The finding without the note-type suffix every message of this vault ends with. */
    static String show(Finding f) {
        String m = f.message();
        return f.line() + ":" + f.column() + "-" + f.endLine() + ":" + f.endColumn() + " "
                + m.substring(0, m.lastIndexOf(" (note type \"job\", schemas/job.schema.yaml)"));
    }
}
