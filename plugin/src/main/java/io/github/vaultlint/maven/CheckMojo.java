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
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Checks an Obsidian vault: prints findings, writes the JSON and HTML reports, and fails the build
 * when findings at or above {@code failOnSeverity} exceed {@code maxAllowedViolations}.
 * Only maps Maven parameters to engine options and engine results to Maven logging and exceptions.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true, requiresProject = false)
public class CheckMojo extends AbstractMojo {

    /** Root folder of the vault. */
    @Parameter(property = "vaultlint.vault", defaultValue = "${project.basedir}")
    File vault;

    /** The vault's config file; defaults to {@code <vault>/.vaultlint.yml} (optional). */
    @Parameter(property = "vaultlint.config")
    File configFile;

    /** Where reports are written. */
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

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("vaultlint: skipped (vaultlint.skip)");
            return;
        }
        Set<String> outputs = parseFormats(formats);
        Severity threshold = parseThreshold(failOnSeverity);
        Path vaultPath = (vault != null ? vault : new File(".")).toPath();
        Path outDir = (outputDirectory != null ? outputDirectory : vaultPath.resolve("target/vaultlint").toFile()).toPath();

        LintResult result;
        try {
            result = new Linter().run(new LintOptions(vaultPath, configFile == null ? null : configFile.toPath(),
                    configFile != null, 0));
        } catch (ConfigException e) {
            throw new MojoExecutionException("vaultlint configuration error: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new MojoExecutionException("vaultlint cannot read the vault " + vaultPath + ": " + e.getMessage(), e);
        }

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

        Summary s = result.summary();
        if (outputs.contains("console")) {
            for (Finding f : result.findings()) {
                String line = ConsoleReport.line(f);
                switch (f.severity()) {
                    case ERROR: getLog().error(line); break;
                    case WARNING: getLog().warn(line); break;
                    default: getLog().info(line);
                }
            }
            getLog().info(ConsoleReport.summary(s));
            if (outputs.contains("html")) {
                getLog().info("vaultlint: report " + html.toAbsolutePath());
            }
        }
        if (getLog().isDebugEnabled()) {
            getLog().debug("vaultlint: engine time by phase (ms) " + result.timings());
        }

        int gated = s.countAtLeast(threshold);
        if (gated > maxAllowedViolations) {
            throw new MojoFailureException(String.format(Locale.ROOT,
                    "vaultlint found %d finding(s) at or above %s (%d errors, %d warnings, %d infos; %d allowed). See %s",
                    gated, threshold == null ? "none" : threshold.id(), s.errors(), s.warnings(), s.infos(), maxAllowedViolations,
                    outputs.contains("html") ? html.toAbsolutePath() : "the log above"));
        }
    }

    static Set<String> parseFormats(String formats) throws MojoExecutionException {
        Set<String> out = new LinkedHashSet<>();
        Set<String> known = Set.of("console", "json", "html");
        for (String f : (formats == null ? "" : formats).split(",")) {
            String t = f.trim().toLowerCase(Locale.ROOT);
            if (t.isEmpty()) {
                continue;
            }
            if (!known.contains(t)) {
                throw new MojoExecutionException("vaultlint.formats: unknown format \"" + t
                        + "\"; use a comma-separated list of " + String.join(", ", known));
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
