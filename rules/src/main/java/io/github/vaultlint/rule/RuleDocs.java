package io.github.vaultlint.rule;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;

/**
 * Renders {@code docs/rules.md} from the {@link RuleInfo} annotations of a registry, so the rule
 * reference cannot drift from the code. RuleDocsTest fails when the committed file is stale and
 * rewrites it with {@code -Dvaultlint.updateDocs=true}.
 */
public final class RuleDocs {
    /** How to regenerate, shown in the file itself and in the staleness failure. */
    public static final String REGENERATE =
            "mvn -B -f rules/pom.xml test -Dtest=RuleDocsTest -Dvaultlint.updateDocs=true";

    private RuleDocs() {
    }

    /** The full Markdown page: an overview table, then one section per rule, ordered by id. */
    public static String render(RuleRegistry registry) {
        List<RuleInfo> rules = registry.all().stream().map(RuleRegistry.Entry::info)
                .sorted(Comparator.comparing(RuleInfo::id)).toList();
        StringBuilder sb = new StringBuilder();
        sb.append("<!-- Generated from the @RuleInfo annotations by io.github.vaultlint.rule.RuleDocs; do not edit.\n")
                .append("     Regenerate with: ").append(REGENERATE).append(" -->\n");
        sb.append("# vaultlint rules\n\n");
        sb.append("vaultlint has ").append(rules.size()).append(" rules. Each finding names its rule id, which is a stable ")
                .append("public name: `.vaultlint.yml`, baselines and SARIF output refer to rules by it.\n\n");
        sb.append("Every rule runs by default at the severity below. Change a rule's severity, or turn it off, in ")
                .append("`.vaultlint.yml` at the vault root:\n\n");
        sb.append("```yaml\nrules:\n");
        for (RuleInfo r : rules.subList(0, Math.min(2, rules.size()))) {
            sb.append("  ").append(r.id()).append(": ").append(r.severity() == Severity.ERROR ? "warning" : "off").append('\n');
        }
        sb.append("```\n\n");
        sb.append("Levels are `error`, `warning`, `info` and `off`. An unknown rule id fails the build with a ")
                .append("did-you-mean suggestion.\n\n");
        sb.append("| Rule | Default severity | Category | Summary |\n");
        sb.append("|------|------------------|----------|---------|\n");
        for (RuleInfo r : rules) {
            sb.append("| [`").append(r.id()).append("`](#").append(r.id()).append(") | ").append(r.severity().id())
                    .append(" | ").append(cell(r.category())).append(" | ").append(cell(r.summary())).append(" |\n");
        }
        for (RuleInfo r : rules) {
            sb.append("\n## ").append(r.id()).append("\n\n");
            sb.append("Default severity: **").append(r.severity().id()).append("** &middot; Category: ")
                    .append(r.category()).append("\n\n");
            sb.append(r.summary().strip()).append("\n\n");
            sb.append(r.description().strip()).append("\n\n");
            sb.append("Configure in `.vaultlint.yml` (`error`, `warning`, `info` or `off`):\n\n");
            sb.append("```yaml\nrules:\n  ").append(r.id()).append(": ").append(r.severity().id()).append("\n```\n");
        }
        return sb.toString();
    }

    /** Table cells cannot hold line breaks or unescaped pipes. */
    private static String cell(String s) {
        return s.strip().replace("\r", "").replace("\n", " ").replace("|", "\\|");
    }

    /** Writes the built-in rules' page to {@code args[0]} (default {@code docs/rules.md}). */
    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "docs/rules.md");
        if (out.getParent() != null) {
            Files.createDirectories(out.getParent());
        }
        Files.writeString(out, render(RuleRegistry.builtin()), StandardCharsets.UTF_8);
    }
}
