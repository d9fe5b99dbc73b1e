package io.github.vaultlint.maven;

import io.github.vaultlint.Version;
import io.github.vaultlint.config.ConfigException;
import io.github.vaultlint.engine.LintOptions;
import io.github.vaultlint.engine.LintResult;
import io.github.vaultlint.engine.Linter;
import io.github.vaultlint.engine.Summary;
import io.github.vaultlint.report.ConsoleReport;
import io.github.vaultlint.report.HtmlReport;
import io.github.vaultlint.report.JsonReport;
import io.github.vaultlint.rule.Finding;
import io.github.vaultlint.rule.Severity;
import io.github.vaultlint.util.Suggest;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checks an Obsidian vault: prints findings, writes the JSON and HTML reports, and fails the build
 * when findings at or above {@code failOnSeverity} exceed {@code maxAllowedViolations}.
 * Only maps Maven parameters to engine options and engine results to Maven logging and exceptions.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true, requiresProject = false)
public class CheckMojo extends AbstractMojo {
    static final List<String> FORMATS = List.of("console", "json", "html");

    /** Root folder of the vault. Without a pom: the current folder. */
    @Parameter(property = "vaultlint.vault", defaultValue = "${project.basedir}")
    File vault;

    /** The vault's config file; defaults to {@code <vault>/.vaultlint.yml}, which may be absent. */
    @Parameter(property = "vaultlint.config")
    File configFile;

    /** Where reports are written. Without a pom: {@code <vault>/target/vaultlint}. */
    @Parameter(property = "vaultlint.outputDirectory", defaultValue = "${project.build.directory}/vaultlint")
    File outputDirectory;

    /** Comma-separated outputs: console, json, html. */
    @Parameter(property = "vaultlint.formats", defaultValue = "console,json,html")
    String formats;

    /** Lowest severity that fails the build: error, warning, info or none. */
    @Parameter(property = "vaultlint.failOnSeverity", defaultValue = "error")
    String failOnSeverity;

    /** Findings at or above the threshold that are tolerated before the build fails. */
    @Parameter(property = "vaultlint.maxAllowedViolations", defaultValue = "0")
    int maxAllowedViolations;

    /** Skips the check. */
    @Parameter(property = "vaultlint.skip", defaultValue = "false")
    boolean skip;

    /** Logs the engine's time per phase at info level (it is always logged with -X). */
    @Parameter(property = "vaultlint.timings", defaultValue = "false")
    boolean timings;

    /** Tells a real project from Maven's stand-in project when the goal runs without a pom. */
    @Parameter(defaultValue = "${session}", readonly = true)
    MavenSession session;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("vaultlint: skipped (vaultlint.skip)");
            return;
        }
        Set<String> outputs = parseFormats(formats);
        Severity threshold = parseThreshold(failOnSeverity);
        if (maxAllowedViolations < 0) {
            throw new MojoExecutionException("vaultlint.maxAllowedViolations is " + maxAllowedViolations
                    + "; use 0 (the default) or a positive count");
        }
        Path vaultPath = vaultRoot();
        Path outDir = outputRoot(vaultPath);
        getLog().debug("vaultlint: vault " + vaultPath + ", config " + (configFile != null ? configFile : "<vault>/.vaultlint.yml")
                + ", output " + outDir + ", formats " + outputs + ", failOnSeverity " + failOnSeverity);

        long start = System.nanoTime();
        LintResult result = lint(vaultPath);
        long linted = System.nanoTime();
        Path html = outDir.resolve(HtmlReport.FILE);
        try {
            if (outputs.contains("json")) {
                JsonReport.write(result, Version.get(), outDir);
            }
            if (outputs.contains("html")) {
                HtmlReport.write(result, Version.get(), outDir);
            }
        } catch (IOException e) {
            throw new MojoExecutionException("vaultlint cannot write reports to " + outDir + ": " + e.getMessage(), e);
        }
        logTimings(result, (linted - start) / 1_000_000, (System.nanoTime() - linted) / 1_000_000);

        Summary s = result.summary();
        if (outputs.contains("console")) {
            for (Finding f : result.findings()) {
                log(f);
            }
        }
        getLog().info(ConsoleReport.summary(s));
        if (outputs.contains("html")) {
            getLog().info("vaultlint: report " + html.toAbsolutePath());
        }
        gate(s, threshold, outputs.contains("html") ? html.toAbsolutePath().toString() : null);
    }

    private LintResult lint(Path vaultPath) throws MojoExecutionException {
        try {
            return new Linter().run(new LintOptions(vaultPath, configFile == null ? null : configFile.toPath(),
                    configFile != null, 0));
        } catch (ConfigException e) {
            throw new MojoExecutionException("vaultlint configuration error: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new MojoExecutionException("vaultlint cannot read the vault " + vaultPath + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            // An engine bug must still end as a readable build error, not a raw stack trace.
            throw new MojoExecutionException("vaultlint failed on " + vaultPath + " (" + e + "); please report this with the -e output", e);
        }
    }

    private void log(Finding f) {
        String line = ConsoleReport.line(f);
        switch (f.severity()) {
            case ERROR: getLog().error(line); break;
            case WARNING: getLog().warn(line); break;
            default: getLog().info(line);
        }
    }

    private void logTimings(LintResult result, long engineMs, long reportsMs) {
        if (!timings && !getLog().isDebugEnabled()) {
            return;
        }
        Map<String, Long> phases = new LinkedHashMap<>(result.timings());
        phases.put("reports", reportsMs);
        phases.put("total", engineMs + reportsMs);
        String line = "vaultlint: time by phase: " + phases.entrySet().stream()
                .map(e -> e.getKey() + " " + e.getValue() + " ms").collect(Collectors.joining(", "));
        if (timings) {
            getLog().info(line);
        } else {
            getLog().debug(line);
        }
    }

    /** Fails the build when more findings than allowed are at or above the threshold. */
    void gate(Summary s, Severity threshold, String htmlReport) throws MojoFailureException {
        int gated = s.countAtLeast(threshold);
        if (gated > maxAllowedViolations) {
            throw new MojoFailureException(String.format(Locale.ROOT,
                    "vaultlint: %s at or above %s (%s, %s, %d info; %d allowed by maxAllowedViolations). See %s",
                    count(gated, "finding"), threshold.id(), count(s.errors(), "error"), count(s.warnings(), "warning"),
                    s.infos(), maxAllowedViolations, htmlReport != null ? htmlReport : "the findings above"));
        }
    }

    private static String count(int n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }

    private Path vaultRoot() {
        // Without a pom, ${project.basedir} has no value: the vault is the folder Maven runs in.
        File v = vault != null ? vault : new File(System.getProperty("user.dir"));
        return v.toPath().toAbsolutePath().normalize();
    }

    private Path outputRoot(Path vaultPath) {
        // Without a pom, ${project.build.directory} belongs to Maven's stand-in project and is not a real
        // folder (Maven 3 leaves "${project.basedir}/target" unresolved): keep reports next to the vault
        // instead, as a notes repo with a pom would have them, unless the user named a folder.
        if (outputDirectory == null || (!projectPresent() && !userSet("vaultlint.outputDirectory"))) {
            return vaultPath.resolve("target").resolve("vaultlint");
        }
        return outputDirectory.toPath().toAbsolutePath().normalize();
    }

    private boolean projectPresent() {
        return session == null || session.getRequest() == null || session.getRequest().isProjectPresent();
    }

    private boolean userSet(String property) {
        return session != null && (session.getUserProperties().containsKey(property)
                || session.getSystemProperties().containsKey(property));
    }

    static Set<String> parseFormats(String formats) throws MojoExecutionException {
        Set<String> out = new LinkedHashSet<>();
        for (String f : (formats == null ? "" : formats).split(",")) {
            String t = f.trim().toLowerCase(Locale.ROOT);
            if (t.isEmpty()) {
                continue;
            }
            if (!FORMATS.contains(t)) {
                throw new MojoExecutionException("vaultlint.formats: unknown format \"" + t + "\""
                        + Suggest.didYouMean(t, FORMATS) + "; use a comma-separated list of " + String.join(", ", FORMATS));
            }
            out.add(t);
        }
        return out;
    }

    static Severity parseThreshold(String s) throws MojoExecutionException {
        if (s == null || s.isBlank() || s.trim().equalsIgnoreCase("none")) {
            return null;
        }
        Severity sev = Severity.parse(s);
        if (sev == null) {
            throw new MojoExecutionException("vaultlint.failOnSeverity: \"" + s + "\" is not one of error, warning, info, none");
        }
        return sev;
    }
}
