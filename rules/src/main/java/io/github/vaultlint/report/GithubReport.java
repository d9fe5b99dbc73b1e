package io.github.vaultlint.report;

import io.github.vaultlint.analysis.Insights;
import io.github.vaultlint.analysis.TopicInsight;
import io.github.vaultlint.baseline.Baseline;
import io.github.vaultlint.engine.LintResult;
import io.github.vaultlint.engine.Summary;
import io.github.vaultlint.rule.Finding;
import io.github.vaultlint.rule.Severity;
import io.github.vaultlint.util.SafeText;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * GitHub Actions output: workflow-command annotations (escaped as the Actions toolkit escapes) and a
 * Markdown job summary. GitHub shows at most 10 annotations per level per step, so the most severe
 * come first and each level is capped; the summary and report carry the rest.
 */
public final class GithubReport {
    /** Annotations GitHub displays per level and step. */
    public static final int PER_LEVEL = 10;

    private GithubReport() {
    }

    /**
     * Workflow commands, most severe first.
     *
     * @param pathPrefix prefix that turns a vault-relative path into a repository-relative one
     *                   ("" when the vault is the repository root, "notes/" when it is a subfolder)
     */
    public static List<String> annotations(List<Finding> findings, String pathPrefix) {
        List<Finding> sorted = new ArrayList<>(findings);
        sorted.sort(Comparator.comparing(Finding::severity).thenComparing(Finding.ORDER));
        Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
        List<String> out = new ArrayList<>();
        for (Finding f : sorted) {
            int n = counts.merge(f.severity(), 1, Integer::sum);
            if (n > PER_LEVEL) {
                continue;
            }
            out.add(command(f, pathPrefix));
        }
        return out;
    }

    static String command(Finding f, String pathPrefix) {
        String level = f.severity() == Severity.ERROR ? "error" : f.severity() == Severity.WARNING ? "warning" : "notice";
        return "::" + level + " file=" + escapeProperty(pathPrefix + f.file()) + ",line=" + f.line() + ",col=" + f.column()
                + ",endLine=" + f.endLine() + ",endColumn=" + f.endColumn() + ",title=" + escapeProperty(f.ruleId())
                + "::" + escapeData(f.message());
    }

    /**
     * Escapes a command's message as @actions/core does: % CR LF. Other control characters are
     * written out first ({@link SafeText}): the line goes to the log verbatim, where an ESC from a
     * note would colour or rewrite it; so is the second '#' of a "##[" or "##vso[" from a note, as on
     * the console, which a CI system other than GitHub's runs anywhere in a line.
     */
    public static String escapeData(String s) {
        return SafeText.guardInlineLogCommands(SafeText.visibleKeepingLineBreaks(s))
                .replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    /** Escapes a command property value as @actions/core does: % CR LF : , */
    public static String escapeProperty(String s) {
        return escapeData(s).replace(":", "%3A").replace(",", "%2C");
    }

    /**
     * Markdown for {@code $GITHUB_STEP_SUMMARY}: counts (with new, baselined and fixed when a baseline
     * was compared), the top {@code listed} findings (the new ones), recurring weak topics, report
     * location. Every piece of note or config text goes through {@link Markdown}, so a heading such as
     * {@code <img src=...> [x](https://...) | a} shows as that text, not as an image, link or table cell.
     */
    public static String stepSummary(LintResult result, List<Finding> listed, Baseline.Comparison baseline, Insights insights,
                                     String reportLocation) {
        return stepSummary(result, listed, baseline, insights, reportLocation, "");
    }

    /**
     * As above, with the heading naming the vault by its path in the repository ({@code notes/}) when
     * it is a sub-folder of it: a job that checks two vaults (a reactor of two) appends two summaries,
     * which "## vaultlint" alone would not tell apart. {@code vaultPath} empty: the vault is the repository.
     */
    public static String stepSummary(LintResult result, List<Finding> listed, Baseline.Comparison baseline, Insights insights,
                                     String reportLocation, String vaultPath) {
        Summary s = result.summary();
        StringBuilder md = new StringBuilder();
        md.append("## vaultlint").append(vaultPath == null || vaultPath.isEmpty() ? "" : ": " + Markdown.code(vaultPath, false))
                .append("\n\n");
        md.append("| Notes | Errors | Warnings | Infos |");
        if (baseline != null) {
            md.append(" New | Baselined | Fixed |");
        }
        md.append("\n|---:|---:|---:|---:|");
        if (baseline != null) {
            md.append("---:|---:|---:|");
        }
        md.append("\n| ").append(s.notes()).append(" | ").append(s.errors()).append(" | ").append(s.warnings())
                .append(" | ").append(s.infos()).append(" |");
        if (baseline != null) {
            md.append(' ').append(baseline.fresh().size()).append(" | ").append(baseline.baselined().size())
                    .append(" | ").append(baseline.fixed().size()).append(" |");
        }
        md.append("\n\n");
        List<Finding> top = new ArrayList<>(listed);
        top.sort(Comparator.comparing(Finding::severity).thenComparing(Finding.ORDER));
        if (!top.isEmpty()) {
            md.append(baseline == null ? "### Top findings" : "### Top new findings")
                    .append("\n\n| Severity | Location | Rule | Message |\n|---|---|---|---|\n");
            for (Finding f : top.subList(0, Math.min(20, top.size()))) {
                md.append("| ").append(f.severity().id()).append(" | ").append(cell(f.file() + ":" + f.line()))
                        .append(" | ").append(Markdown.code(f.ruleId(), true)).append(" | ").append(cell(f.message())).append(" |\n");
            }
            if (top.size() > 20) {
                md.append("\n…and ").append(top.size() - 20).append(" more.\n");
            }
            md.append('\n');
        }
        if (baseline != null && !baseline.baselined().isEmpty()) {
            md.append(baseline.baselined().size()).append(" baselined finding(s) are accepted and not listed here; the full report marks them.\n\n");
        }
        String topics = recurringTopics(insights);
        if (!topics.isEmpty()) {
            md.append(topics).append("\n\n");
        }
        if (reportLocation != null) {
            md.append("Full report: ").append(Markdown.code(reportLocation, false)).append('\n');
        }
        return md.toString();
    }

    /** The recurring weak topics, at most ten and how many more, as a Markdown list; "" when there are none. */
    static String recurringTopics(Insights in) {
        if (in == null || in.recurring().isEmpty()) {
            return "";
        }
        StringBuilder md = new StringBuilder("### Recurring weak topics\n\n");
        for (TopicInsight t : in.recurring().stream().limit(10).toList()) {
            md.append("- **").append(Markdown.text(t.name())).append("**: ").append(count(t.weakCount(), "weak point")).append(" in ")
                    .append(count(t.interviewCount(), "interview")).append(", ").append(count(t.openActions(), "open action")).append('\n');
        }
        if (in.recurring().size() > 10) { // said, so the ten listed do not pass for all of them
            md.append("- and ").append(in.recurring().size() - 10).append(" more in the full report\n");
        }
        return md.toString();
    }

    /** A Markdown table cell: the text as it is, with no way to add a cell, a line, markup or HTML. */
    static String cell(String s) {
        return Markdown.text(s);
    }

    private static String count(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
