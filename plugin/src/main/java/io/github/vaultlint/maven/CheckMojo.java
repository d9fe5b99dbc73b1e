package io.github.vaultlint.maven;

import io.github.vaultlint.config.ConfigException;
import io.github.vaultlint.daemon.DaemonClient;
import io.github.vaultlint.engine.Check;
import io.github.vaultlint.engine.Format;
import io.github.vaultlint.engine.HeapPeak;
import io.github.vaultlint.engine.LintOptions;
import io.github.vaultlint.engine.Linter;
import io.github.vaultlint.rule.Severity;
import io.github.vaultlint.util.IoProblem;
import io.github.vaultlint.scope.ConfigExplanation;
import io.github.vaultlint.util.Suggest;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checks an Obsidian vault: prints findings, writes the reports (target/vaultlint/vaultlint.html and
 * vaultlint.json by default), and fails the build when new findings at or above
 * {@code failOnSeverity} exceed {@code maxAllowedViolations}.
 */
// Only maps Maven parameters to Check.Options and the Check.Verdict to Maven logging and exceptions
// (the javadoc above is the goal's description in vaultlint:help and help:describe).
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true, requiresProject = false)
public class CheckMojo extends AbstractVaultlintMojo {

    /** Where reports are written. Without a pom: {@code <vault>/target/vaultlint}. */
    @Parameter(property = "vaultlint.outputDirectory", defaultValue = "${project.build.directory}/vaultlint")
    File outputDirectory;

    /**
     * Outputs: console, json, html, sarif, junit, github; comma-separated ({@code json,html}) or one
     * per {@code <format>} element. GitHub annotations and the step summary are also produced whenever
     * GITHUB_ACTIONS=true. An empty list is an error.
     */
    // A List, so that <formats><format>json</format>...</formats> configures it too: Maven splits a
    // comma-separated value (the property, the default, <formats>json,html</formats>) into entries.
    @Parameter(property = "vaultlint.formats", defaultValue = "console,json,html")
    List<String> formats;

    /** Lowest severity that fails the build: error, warning, info or none. */
    @Parameter(property = "vaultlint.failOnSeverity", defaultValue = "error")
    String failOnSeverity;

    /** Findings at or above the threshold that are tolerated before the build fails. */
    @Parameter(property = "vaultlint.maxAllowedViolations", defaultValue = "0")
    int maxAllowedViolations;

    /** Logs the engine's time per phase at info level (it is always logged with -X). */
    @Parameter(property = "vaultlint.timings", defaultValue = "false")
    boolean timings;

    /**
     * Caches per-note work in {@code <outputDirectory>/cache} between runs: each note's parsed index
     * ({@code notes.bin}) and the findings of note-local rules with its part of the analysis
     * ({@code results.bin}), keyed by the note's content hash, the plugin build and a hash of every
     * configuration file. A note whose size, modification time, file identity and status-change time
     * are all unchanged is not read again ({@code stat.bin}, as git's index does). A note's link
     * findings are replayed only while no file, folder or alias in the vault changed and no note its
     * links looked into changed; property types, vault-wide rules, the analysis totals and
     * suppressions are always recomputed. {@code false} turns it off.
     */
    @Parameter(property = "vaultlint.cache", defaultValue = "true")
    boolean cache;

    /**
     * Keeps the C2 JIT compiler out of the check when Maven's JVM has just started, as
     * {@code -XX:TieredStopAtLevel=1} would: on a short run its compiles cost more CPU than they save
     * (about a third of a 10k-note check on two cores). Skipped in parallel builds (-T) and in the
     * Maven daemon (the directive holds for every method of the JVM), and in a JVM that has run for
     * over a minute. {@code false} leaves the JIT alone.
     */
    @Parameter(property = "vaultlint.fastStart", defaultValue = "true")
    boolean fastStart;

    /**
     * Whether nothing else runs in this JVM while the check does: fastStart's directive holds for
     * every method of the JVM, so it stays off in a parallel build (-T) and in the Maven daemon.
     */
    boolean soleUserOfTheJvm() {
        if (session != null && session.getRequest() != null && session.getRequest().getDegreeOfConcurrency() > 1) {
            getLog().debug("vaultlint: fastStart off in a parallel build");
            return false;
        }
        for (String key : System.getProperties().stringPropertyNames()) {
            if (key.startsWith("mvnd.")) {
                getLog().debug("vaultlint: fastStart off in the Maven daemon");
                return false;
            }
        }
        return true;
    }

    /**
     * Checks in the vaultlint daemon: a JVM that stays up between builds, so that a re-run finds the
     * engine already compiled (about 0.3-0.4 s instead of about 1 s for a re-run on 10k notes; see
     * docs/performance.md). The first build checks in its own JVM and starts the daemon, which warms up
     * on the vault in the background; later builds send it their check, and check in their own JVM
     * whenever it is busy or not answering. It keeps nothing of a vault between checks, listens on a
     * socket under {@code ~/.vaultlint/daemon} that only its user can reach, and exits after
     * {@code daemonIdleSeconds} without a check.
     */
    @Parameter(property = "vaultlint.daemon", defaultValue = "false")
    boolean daemon;

    /** How long a daemon started by this build waits for the next check before it exits. */
    @Parameter(property = "vaultlint.daemonIdleSeconds", defaultValue = "1800")
    int daemonIdleSeconds;

    /** Where daemons keep their sockets (tests); null for {@code ~/.vaultlint/daemon}. */
    Path daemonHome;

    /** Console format: compact (one line per finding) or full (adds the source line and a caret). */
    @Parameter(property = "vaultlint.consoleFormat", defaultValue = "compact")
    String consoleFormat;

    /**
     * Baseline of accepted findings (see the baseline goal); only new findings fail the build.
     * Baselined findings are counted, not listed, in the log ({@code -X} lists them).
     */
    @Parameter(property = "vaultlint.baseline")
    File baselineFile;

    /**
     * Prunes fixed findings from the baseline file: {@code baselineFile}, or
     * {@code <vault>/vaultlint-baseline.json} when none is named (an error when that does not exist).
     */
    @Parameter(property = "vaultlint.updateBaseline", defaultValue = "false")
    boolean updateBaseline;

    /**
     * A note, relative to the vault (e.g. {@code Archive/2023 Acme.md}): logs, before the check runs,
     * the effective configuration for it: the config files that apply (root and sub-folders), its note
     * type and why, its section templates and schema, and every rule's level with what set it.
     */
    @Parameter(property = "vaultlint.printConfig")
    String printConfig;

    /** Where GitHub workflow commands go; standard output, so Maven's log prefix can't break them. */
    PrintStream stdout = System.out;

    /** The environment, for GitHub Actions detection; replaceable in tests. */
    Map<String, String> env = System.getenv();

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        checkBooleanProperties("vaultlint.skip", "vaultlint.cache", "vaultlint.timings", "vaultlint.fastStart", "vaultlint.updateBaseline",
                "vaultlint.daemon");
        if (skip) {
            getLog().info("vaultlint: skipped (vaultlint.skip)");
            return;
        }
        checkPathProperty("vaultlint.vault", "vault", "the project's folder");
        checkPathProperty("vaultlint.config", "configFile", "<vault>/.vaultlint.yml");
        checkPathProperty("vaultlint.outputDirectory", "outputDirectory", "target/vaultlint");
        checkPathProperty("vaultlint.baseline", "baselineFile", "no baseline");
        Set<Format> outputs;
        try {
            outputs = Format.parse(formats);
        } catch (ConfigException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        }
        Severity threshold = parseThreshold(failOnSeverity);
        if (maxAllowedViolations < 0) {
            throw new MojoExecutionException("vaultlint.maxAllowedViolations is " + maxAllowedViolations
                    + "; use 0 (the default) or a positive count");
        }
        boolean full = parseConsoleFormat(consoleFormat);
        if (daemon && daemonIdleSeconds < 1) {
            throw new MojoExecutionException("vaultlint.daemonIdleSeconds is " + daemonIdleSeconds
                    + "; use a number of seconds of at least 1 (the default is 1800), or drop vaultlint.daemon");
        }
        Path vaultPath = vaultRoot();
        Path outDir = outputRoot(vaultPath);
        getLog().debug("vaultlint: vault " + vaultPath + ", config " + (configFile != null ? configFile : "<vault>/.vaultlint.yml")
                + ", output " + outDir + ", formats " + outputs + ", failOnSeverity " + failOnSeverity);

        if (printConfig != null && !printConfig.isBlank()) {
            for (String line : explain(printConfig).lines()) {
                getLog().info(io.github.vaultlint.util.SafeText.guardLogCommands(line)); // a folder or type name may hold "##["
            }
        }

        HeapPeak heap = timings || getLog().isDebugEnabled() ? HeapPeak.start() : null;
        long start = System.nanoTime();
        LintOptions lint = lintOptions().withCache(cache ? outDir.resolve("cache") : null)
                .withLog(timings ? getLog()::info : getLog()::debug).withFastStart(fastStart && soleUserOfTheJvm());
        Check.Verdict verdict = run(new Check.Options(lint, outDir, outputs, threshold, maxAllowedViolations,
                baselineFile == null ? null : baselineFile.toPath(), updateBaseline, full, env));
        long total = (System.nanoTime() - start) / 1_000_000;
        Check.Heap heapHere = heap == null ? null : heap.stopAt();

        String module = reactorLabel();
        verdict = verdict.labelled(module);
        for (String line : verdict.stdout()) {
            stdout.println(line);
        }
        stdout.flush();
        for (Check.Line line : verdict.console()) {
            if (line.detail()) {
                getLog().debug(line.text());
            } else if (line.level() == Severity.ERROR) {
                getLog().error(line.text());
            } else if (line.level() == Severity.WARNING) {
                getLog().warn(line.text());
            } else {
                getLog().info(line.text());
            }
        }
        logTimings(verdict, total, heapHere, module);
        if (verdict.failed()) {
            throw new MojoFailureException(verdict.failure());
        }
    }

    /**
     * The module's artifactId when more than one module of this build checks a vault, else null: in
     * a parallel build (-T) their console lines interleave, and "Interviews/a.md:[3,1]" alone does not
     * say which vault a finding is in. A single vault keeps the documented line format.
     */
    String reactorLabel() {
        if (session == null || !projectPresent() || session.getCurrentProject() == null || session.getProjects() == null
                || session.getProjects().size() < 2) {
            return null;
        }
        boolean fromCommandLine = session.getGoals() != null && session.getGoals().stream().anyMatch(CheckMojo::namesThisGoal);
        long checking = fromCommandLine ? session.getProjects().size()
                : session.getProjects().stream().filter(CheckMojo::bindsThisGoal).count();
        return checking > 1 ? session.getCurrentProject().getArtifactId() : null;
    }

    /** {@code vaultlint:check}, {@code io.github.vaultlint:vaultlint-maven-plugin[:version]:check[@id]}. */
    static boolean namesThisGoal(String goal) {
        String[] parts = goal.split("@", 2)[0].split(":");
        if (parts.length < 2 || !parts[parts.length - 1].equals("check")) {
            return false;
        }
        return parts.length == 2 ? parts[0].equals("vaultlint")
                : parts[0].equals("io.github.vaultlint") && parts[1].equals("vaultlint-maven-plugin");
    }

    /** Whether the project's pom binds the check goal in an execution. */
    private static boolean bindsThisGoal(org.apache.maven.project.MavenProject p) {
        return p.getBuildPlugins().stream()
                .filter(pl -> "io.github.vaultlint".equals(pl.getGroupId()) && "vaultlint-maven-plugin".equals(pl.getArtifactId()))
                .flatMap(pl -> pl.getExecutions().stream())
                .anyMatch(e -> e.getGoals().contains("check"));
    }

    private Check.Verdict run(Check.Options options) throws MojoExecutionException {
        try {
            return daemon ? DaemonClient.check(options, daemonSettings())
                    : new Check(new Linter()).run(options).verdict();
        } catch (ConfigException e) {
            throw new MojoExecutionException("vaultlint configuration error: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new MojoExecutionException("vaultlint cannot read the vault or write reports (" + IoProblem.describe(e)
                    + "); check vaultlint.outputDirectory (" + options.outputDir() + ") and the permissions there", e);
        } catch (RuntimeException e) {
            // An engine bug must still end as a readable build error, not a raw stack trace.
            throw new MojoExecutionException("vaultlint failed on " + options.lint().vault() + " (" + e
                    + "); please report this with the -e output", e);
        }
    }

    private DaemonClient.Settings daemonSettings() {
        Duration idle = Duration.ofSeconds(daemonIdleSeconds);
        return daemonHome == null ? DaemonClient.Settings.of(idle) : new DaemonClient.Settings(daemonHome, idle);
    }

    private ConfigExplanation explain(String note) throws MojoExecutionException {
        try {
            return new Linter().explain(lintOptions(), note);
        } catch (ConfigException e) {
            throw new MojoExecutionException("vaultlint configuration error: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new MojoExecutionException("vaultlint cannot read " + note + " (" + IoProblem.describe(e) + ")", e);
        }
    }

    /**
     * The engine's time by phase and the heap of the JVM that ran the check: the verdict's figures when
     * the daemon ran it (named as such), else this JVM's, sampled while it ran.
     */
    private void logTimings(Check.Verdict verdict, long totalMs, Check.Heap heapHere, String module) {
        if (!timings && !getLog().isDebugEnabled()) {
            return;
        }
        Map<String, Long> phases = new LinkedHashMap<>(verdict.timings());
        long engine = phases.values().stream().mapToLong(Long::longValue).sum();
        phases.put("reports", Math.max(0, totalMs - engine));
        Check.Heap h = verdict.heap() != null ? verdict.heap() : heapHere;
        String line = (module == null ? "" : "[" + module + "] ") + "vaultlint: engine " + totalMs + " ms (" + phases.entrySet().stream()
                .map(e -> e.getKey() + " " + e.getValue() + " ms").collect(Collectors.joining(", "))
                + "), heap peak " + (h.peak() >> 20) + " MB, used " + (h.used() >> 20) + " MB of " + (h.max() >> 20) + " MB"
                + (h.where() == null ? "" : " in " + h.where());
        if (timings) {
            getLog().info(line);
        } else {
            getLog().debug(line);
        }
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

    static Severity parseThreshold(String s) throws MojoExecutionException {
        if (s == null) {
            return Severity.ERROR;
        }
        if (s.isBlank()) {
            // -Dvaultlint.failOnSeverity=$LEVEL with LEVEL unset: turning the gate off would pass silently.
            throw new MojoExecutionException("vaultlint.failOnSeverity is empty; use error (the default), warning, info, "
                    + "or none to never fail the build");
        }
        if (s.trim().equalsIgnoreCase("none")) {
            return null;
        }
        Severity sev = Severity.parse(s);
        if (sev == null) {
            throw new MojoExecutionException("vaultlint.failOnSeverity: \"" + s + "\" is not one of error, warning, info, none"
                    + Suggest.didYouMean(s.trim(), List.of("error", "warning", "info", "none")));
        }
        return sev;
    }

    static boolean parseConsoleFormat(String s) throws MojoExecutionException {
        String t = s == null ? "compact" : s.trim().toLowerCase(Locale.ROOT);
        if (t.equals("compact") || t.isEmpty()) {
            return false;
        }
        if (t.equals("full")) {
            return true;
        }
        throw new MojoExecutionException("vaultlint.consoleFormat: \"" + s + "\" is not one of compact, full"
                + Suggest.didYouMean(t, List.of("compact", "full")));
    }
}
