package io.github.vaultlint.maven;

import io.github.vaultlint.analysis.Insights;
import io.github.vaultlint.analysis.TopicInsight;
import io.github.vaultlint.baseline.Baseline;
import io.github.vaultlint.config.ConfigException;
import io.github.vaultlint.engine.Check;
import io.github.vaultlint.engine.Format;
import io.github.vaultlint.engine.Linter;
import io.github.vaultlint.engine.Summary;
import io.github.vaultlint.report.HtmlReport;
import io.github.vaultlint.rule.Finding;
import io.github.vaultlint.util.SafeText;
import org.apache.maven.doxia.sink.Sink;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.reporting.MavenReport;
import org.apache.maven.reporting.MavenReportException;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The "Vault lint" page of {@code mvn site}: the summary, recurring weak topics and the findings,
 * with a link to the full HTML report, which is copied next to the page. Never fails the build.
 * Run on its own ({@code mvn vaultlint:report}) it writes no page, only the full report
 * ({@code vaultlint.html} and {@code vaultlint.json}) to {@code target/site/vaultlint/} (the
 * reporting output directory's {@code vaultlint} folder), and logs the counts and its path.
 *
 * <p>Implements {@link MavenReport} itself rather than extending maven-reporting-impl's
 * AbstractMavenReport: that class's site renderer would put 40 jars into the plugin's class realm,
 * which Maven resolves and loads on every run of every goal of this plugin.
 */
@Mojo(name = "report", defaultPhase = LifecyclePhase.SITE, threadSafe = true)
public class ReportMojo extends AbstractVaultlintMojo implements MavenReport {
    private static final int MAX_LISTED = 500;

    /**
     * Where the page goes: the site's folder under {@code mvn site}; on its own,
     * {@code ${project.reporting.outputDirectory}} ({@code target/site}), the full report going to its
     * {@code vaultlint/} folder.
     */
    @Parameter(defaultValue = "${project.reporting.outputDirectory}", readonly = true, required = true)
    File outputDirectory;

    /**
     * Baseline of accepted findings (see the baseline goal), as for {@code check}: the page lists them
     * apart, as baselined, and counts new, baselined and fixed findings.
     */
    @Parameter(property = "vaultlint.baseline")
    File baselineFile;

    @Override
    public String getOutputName() {
        return "vaultlint";
    }

    @Override
    public String getCategoryName() {
        return CATEGORY_PROJECT_REPORTS;
    }

    @Override
    public String getName(Locale locale) {
        return "Vault lint";
    }

    @Override
    public String getDescription(Locale locale) {
        return "vaultlint findings and recurring weak topics of the notes vault.";
    }

    @Override
    public void setReportOutputDirectory(File directory) {
        outputDirectory = directory;
    }

    @Override
    public File getReportOutputDirectory() {
        return outputDirectory;
    }

    @Override
    public boolean isExternalReport() {
        return false;
    }

    @Override
    public boolean canGenerateReport() {
        return !skip;
    }

    /** On its own, outside {@code mvn site}: the full HTML and JSON report, and a summary in the log. */
    @Override
    public void execute() throws MojoExecutionException {
        checkBooleanProperties("vaultlint.skip");
        if (skip) {
            getLog().info("vaultlint: skipped");
            return;
        }
        checkPathProperty("vaultlint.vault", "vault", "the project's folder");
        checkPathProperty("vaultlint.config", "configFile", "<vault>/.vaultlint.yml");
        checkPathProperty("vaultlint.baseline", "baselineFile", "no baseline");
        try {
            Check.Outcome outcome = check();
            Summary s = outcome.result().summary();
            Baseline.Comparison cmp = outcome.data().baseline();
            getLog().info("vaultlint: " + count(s.notes(), "note") + ": " + counts(s) + (cmp == null ? "" : " (" + cmp.fresh().size() + " new, " + cmp.baselined().size()
                    + " baselined, " + cmp.fixed().size() + " fixed)") + "; full report " + fullReport().resolve(HtmlReport.FILE));
        } catch (MavenReportException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        }
    }

    private Path fullReport() {
        return outputDirectory.toPath().resolve("vaultlint");
    }

    private Check.Outcome check() throws MavenReportException {
        try {
            return new Check(new Linter()).run(new Check.Options(lintOptions(), fullReport(),
                    EnumSet.of(Format.HTML, Format.JSON), null, 0, baselineFile == null ? null : baselineFile.toPath(), false, false,
                    Map.of()));
        } catch (ConfigException | IOException e) {
            throw new MavenReportException("vaultlint: " + e.getMessage(), e);
        }
    }

    @Override
    public void generate(Sink sink, Locale locale) throws MavenReportException {
        Check.Outcome outcome = check();
        Summary s = outcome.result().summary();
        Insights in = outcome.result().insights();
        sink.head();
        sink.title();
        sink.text("Vault lint");
        sink.title_();
        sink.head_();
        sink.body();
        sink.section1();
        sink.sectionTitle1();
        sink.text("Vault lint");
        sink.sectionTitle1_();
        sink.paragraph();
        Baseline.Comparison cmp = outcome.data().baseline();
        sink.text(count(s.notes(), "note") + ", " + count(s.files(), "file") + ": " + counts(s) + (cmp == null ? "" : " ("
                + cmp.fresh().size() + " new, " + cmp.baselined().size() + " baselined, " + cmp.fixed().size()
                + " fixed since the baseline)") + ". " + count(in.interviews().size(), "interview") + ", "
                + count(in.recurring().size(), "recurring weak topic") + ", " + count(in.openActions(), "open action") + ". ");
        sink.link("vaultlint/" + HtmlReport.FILE);
        sink.text("Open the full report");
        sink.link_();
        sink.text(".");
        sink.paragraph_();

        sink.section2();
        sink.sectionTitle2();
        sink.text("Recurring weak topics");
        sink.sectionTitle2_();
        if (in.recurring().isEmpty()) {
            paragraph(sink, "None: no topic was weak in two or more interviews.");
        } else {
            sink.list();
            for (TopicInsight t : in.recurring()) {
                sink.listItem();
                sink.bold();
                sink.text(SafeText.visible(t.name()));
                sink.bold_();
                sink.text(": " + count(t.weakCount(), "weak point") + " in " + count(t.interviewCount(), "interview") + ", "
                        + count(t.openActions(), "open action"));
                sink.listItem_();
            }
            sink.list_();
        }
        sink.section2_();

        List<Finding> all = outcome.result().findings();
        List<Finding> fresh = all.stream().filter(f -> !outcome.data().isBaselined(f)).toList();
        findings(sink, "Findings", fresh, cmp == null ? "No findings. The vault is clean." : "No new findings.", "");
        if (cmp != null && !cmp.baselined().isEmpty()) {
            List<Finding> baselined = all.stream().filter(f -> outcome.data().isBaselined(f)).toList();
            findings(sink, "Baselined findings", baselined, "", " (baselined)");
        }
        sink.section1_();
        sink.body_();
        sink.flush();
        sink.close();
    }

    /** "2 errors, 1 warning, 0 info", as the console summary counts them. */
    private static String counts(Summary s) {
        return count(s.errors(), "error") + ", " + count(s.warnings(), "warning") + ", " + s.infos() + " info";
    }

    /** "1 note", "2 notes". */
    private static String count(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }

    /** A section listing {@code findings} (at most {@value #MAX_LISTED}), each with {@code marker} after its message. */
    private static void findings(Sink sink, String title, List<Finding> findings, String none, String marker) {
        sink.section2();
        sink.sectionTitle2();
        sink.text(title);
        sink.sectionTitle2_();
        if (findings.isEmpty()) {
            paragraph(sink, none);
        } else {
            sink.list();
            for (Finding f : findings.subList(0, Math.min(MAX_LISTED, findings.size()))) {
                sink.listItem();
                // Doxia escapes markup, not a bidi override, which would reverse the rest of the item.
                sink.monospaced();
                sink.text(SafeText.visible(f.file()) + ":" + f.line() + ":" + f.column());
                sink.monospaced_();
                sink.text(" " + f.severity().id() + " (" + f.ruleId() + ") " + SafeText.visible(f.message()) + marker);
                sink.listItem_();
            }
            sink.list_();
            if (findings.size() > MAX_LISTED) {
                paragraph(sink, (findings.size() - MAX_LISTED) + " more in the full report.");
            }
        }
        sink.section2_();
    }

    private static void paragraph(Sink sink, String text) {
        sink.paragraph();
        sink.text(text);
        sink.paragraph_();
    }
}
