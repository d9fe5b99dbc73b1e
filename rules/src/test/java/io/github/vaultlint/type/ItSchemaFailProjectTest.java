package io.github.vaultlint.type;

import io.github.vaultlint.engine.LintOptions;
import io.github.vaultlint.engine.Linter;
import io.github.vaultlint.rule.Finding;
import io.github.vaultlint.rule.Severity;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The invoker project plugin/src/it/custom-schema-fails gives, in the engine, exactly the two
 * findings its verify.groovy expects from the real Maven build.
 */
class ItSchemaFailProjectTest {
    @Test
    void customSchemaViolationsAreErrors() throws Exception {
        Path project = Paths.get("../plugin/src/it/custom-schema-fails").toAbsolutePath().normalize();
        List<Finding> findings = new Linter().run(LintOptions.of(project)).findings();
        assertEquals(List.of(
                "Interviews/globex.md:3:10 frontmatter-schema error applied: \"2025-13-45\" is not a valid date (YYYY-MM-DD); it names no real day (there is no month 13): write one that exists (note type \"application\", schemas/application.schema.yaml)",
                "Interviews/globex.md:4:8 frontmatter-schema error stage: \"onsit\" is not one of the allowed values \"applied\", \"phone\", \"onsite\", \"offer\", \"rejected\" (did you mean \"onsite\"?) (note type \"application\", schemas/application.schema.yaml)"),
                findings.stream().map(f -> f.file() + ":" + f.line() + ":" + f.column() + " " + f.ruleId() + " "
                        + f.severity().id() + " " + f.message()).toList());
        assertEquals(2, findings.stream().filter(f -> f.severity() == Severity.ERROR).count());
    }
}
