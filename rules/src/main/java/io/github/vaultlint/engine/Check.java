package io.github.vaultlint.engine;

import io.github.vaultlint.analysis.Insights;
import io.github.vaultlint.analysis.TopicInsight;
import io.github.vaultlint.baseline.Baseline;
import io.github.vaultlint.baseline.Fingerprints;
import io.github.vaultlint.config.ConfigException;
import io.github.vaultlint.report.ConsoleReport;
import io.github.vaultlint.report.GithubReport;
import io.github.vaultlint.report.HtmlReport;
import io.github.vaultlint.report.JsonReport;
import io.github.vaultlint.report.JunitReport;
import io.github.vaultlint.report.ReportData;
import io.github.vaultlint.util.FileKind;
import io.github.vaultlint.util.SafeText;
import io.github.vaultlint.util.SharedAppend;
import io.github.vaultlint.report.SarifReport;
import io.github.vaultlint.report.SourceLines;
import io.github.vaultlint.rule.Finding;
import io.github.vaultlint.rule.RuleInfo;
import io.github.vaultlint.rule.RuleRegistry;
import io.github.vaultlint.rule.Severity;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.stream.Collectors;

/**
 * A whole check as a build runs it: lint, compare with the baseline, write every requested output,
 * and decide the gate. Build-tool adapters only turn {@link Outcome} into their logging and
 * exceptions, so a command-line tool or another build tool can reuse all of this.
 */
public final class Check {

    /**
     * @param failOn         lowest severity that fails the gate, null for none
     * @param baselineFile   accepted findings; null for no baseline
     * @param updateBaseline prune fixed entries from the baseline file; without {@code baselineFile},
     *                       the one at {@code <vault>/vaultlint-baseline.json} (a config error when absent)
     * @param env            environment variables (GITHUB_ACTIONS, GITHUB_STEP_SUMMARY, GITHUB_WORKSPACE)
     */
    public record Options(LintOptions lint, Path outputDir, Set<Format> formats, Severity failOn, int maxAllowed,
                          Path baselineFile, boolean updateBaseline, boolean fullConsole, Map<String, String> env) {
    }

    /**
     * A console line at a log level ({@code null} level means plain info); a {@code detail} line is
     * for the debug log only ({@code mvn -X}), such as each baselined finding.
     */
    public record Line(Severity level, String text, boolean detail) {
        /** No line reaches the log able to start a CI log command (a topic or path from a note may hold one). */
        public Line {
            text = SafeText.guardLogCommands(text);
        }

        public Line(Severity level, String text) {
            this(level, text, false);
        }
    }

    /**
     * What happened. {@code stdout} holds lines that must reach standard output verbatim (GitHub
     * workflow commands); {@code failure} is the gate's message when it failed, else null.
     */
    public record Outcome(LintResult result, ReportData data, List<Line> console, List<String> stdout,
                          Map<String, Path> written, int gated, String failure) {
        public boolean failed() {
            return failure != null;
        }

        /** What a build tool needs of this outcome. */
        public Verdict verdict() {
            return new Verdict(console, stdout, failure, result.timings());
        }
    }

    /**
     * The part of an {@link Outcome} a build tool acts on: console lines, standard-output lines, the
     * gate's failure message (null when it passed) and the engine's phase timings (ms). All a check
     * run by the daemon sends back.
     */
    public record Verdict(List<Line> console, List<String> stdout, String failure, Map<String, Long> timings, Heap heap) {
        public Verdict {
            console = List.copyOf(console);
            stdout = List.copyOf(stdout);
            timings = Collections.unmodifiableMap(new LinkedHashMap<>(timings));
        }

        /** A verdict of a check run in the build's own JVM: its heap is the build's to measure. */
        public Verdict(List<Line> console, List<String> stdout, String failure, Map<String, Long> timings) {
            this(console, stdout, failure, timings, null);
        }

        /** This verdict with the heap figures of the JVM that ran the check. */
        public Verdict withHeap(Heap heap) {
            return new Verdict(console, stdout, failure, timings, heap);
        }

        public boolean failed() {
            return failure != null;
        }

        /**
         * This verdict with every console line starting {@code [module] }, for a reactor where several
         * modules check a vault: their lines interleave in a parallel build (-T), and a finding's path
         * alone ("Interviews/a.md") does not say which vault it is in. A multi-line finding (the full
         * console format) is one line of the log, so only its first line gets the name.
         * {@code null} or empty: this verdict.
         */
        public Verdict labelled(String module) {
            if (module == null || module.isBlank()) {
                return this;
            }
            String prefix = "[" + SafeText.visible(module.strip()) + "] ";
            List<Line> named = new ArrayList<>(console.size());
            for (Line l : console) {
                named.add(new Line(l.level(), prefix + l.text(), l.detail()));
            }
            return new Verdict(named, stdout, failure, timings, heap);
        }
    }

    /**
     * Heap figures of the JVM a check ran in, in bytes: the most in use at any moment of the check,
     * what was in use when it ended, and the JVM's maximum. {@code where} names that JVM when it is
     * not the build's (the vaultlint daemon), else null. The {@link Verdict} of a check the daemon ran
     * carries them: the build's JVM only waited, so its own heap says nothing about the check.
     */
    public record Heap(long peak, long used, long max, String where) {
        /** These figures, said to be of the JVM named {@code where}. */
        public Heap in(String where) {
            return new Heap(peak, used, max, where);
        }
    }

    /** The environment variables a check reads from {@link Options#env()}. */
    public static final List<String> ENVIRONMENT = List.of("GITHUB_ACTIONS", "GITHUB_WORKSPACE", "GITHUB_STEP_SUMMARY");

    private final Linter linter;

    public Check(Linter linter) {
        this.linter = linter;
    }

    public Outcome run(Options o) throws ConfigException, IOException {
        CacheWrites writes = new CacheWrites();
        try (ColdJvm jit = ColdJvm.start(o.lint().fastStart(), o.lint().log())) {
            return check(o, writes);
        } finally {
            writes.awaitQuietly(); // the cache files were written while the reports were
        }
    }

    private Outcome check(Options o, CacheWrites writes) throws ConfigException, IOException {
        Baseline baseline = null;
        byte[] baselineBytes = null;
        Path baselineFile = baselineFile(o);
        if (baselineFile != null) {
            if (Files.isDirectory(baselineFile)) {
                // -Dvaultlint.baseline= (empty) reaches here as the project's folder.
                throw new ConfigException("baseline " + baselineFile + " is a folder; set vaultlint.baseline to the baseline file, "
                        + "e.g. " + baselineFile.resolve(Baseline.FILE) + " (or drop vaultlint.baseline)");
            }
            FileKind kind = FileKind.of(baselineFile);
            if (kind == FileKind.DANGLING_LINK) {
                throw new ConfigException("baseline " + baselineFile + " is a symbolic link to " + FileKind.linkTarget(baselineFile)
                        + ", which does not exist; point the link at the baseline file, or create it with mvn vaultlint:baseline");
            }
            if (kind == FileKind.SPECIAL) {
                // Said "does not exist" of something that is there; a named pipe is not opened, as it may never end.
                throw new ConfigException("baseline " + baselineFile + " is not a regular file (a named pipe, socket or device), "
                        + "so it was not read; set vaultlint.baseline to the baseline file (or drop vaultlint.baseline)");
            }
            if (!Files.isRegularFile(baselineFile)) {
                Path underVault = sameRelativePathInVault(baselineFile, o.lint().vault());
                throw new ConfigException("baseline " + baselineFile + " does not exist"
                        + (underVault == null ? "" : " (did you mean " + underVault + "? a relative vaultlint.baseline is "
                        + "resolved against the folder Maven runs in, not the vault)")
                        + "; create it with mvn vaultlint:baseline (or drop vaultlint.baseline)");
            }
            try {
                baselineBytes = Files.readAllBytes(baselineFile);
            } catch (IOException e) {
                throw new ConfigException(baselineFile + ": cannot read the baseline (" + e.getMessage() + ")");
            }
            baseline = Baseline.parse(baselineFile, baselineBytes);
        }
        LintResult result = linter.run(o.lint().withOutput(o.outputDir()), writes);
        Path root = result.index().root();
        Map<String, Path> written = new LinkedHashMap<>();
        Path out = o.outputDir();
        boolean github = o.formats().contains(Format.GITHUB) || "true".equalsIgnoreCase(o.env().get("GITHUB_ACTIONS"));
        // The JSON and the HTML report are the big writes: the HTML one goes on a second core. It shows
        // no fingerprints, so without a baseline (which needs them) it starts before they are computed.
        FutureTask<Path> html = null;
        if (o.formats().contains(Format.HTML) && baseline == null) {
            html = startHtml(ReportData.of(result, io.github.vaultlint.Version.get()), out);
        }
        Map<Finding, String> fps;
        Baseline.Comparison cmp;
        Set<Finding> baselined = Collections.newSetFromMap(new IdentityHashMap<>());
        ReportData data;
        try {
            fps = Fingerprints.compute(result.findings(), new SourceLines(root));
            cmp = baseline == null ? null : baseline.compare(result.findings(), fps);
            if (cmp != null) {
                baselined.addAll(cmp.baselined());
            }
            data = new ReportData(result, io.github.vaultlint.Version.get(), fps, cmp, baselined);
            if (o.formats().contains(Format.HTML) && html == null) {
                html = startHtml(data, out);
            }
            if (o.formats().contains(Format.JSON)) {
                written.put("json", JsonReport.write(data, out));
            }
        } catch (IOException | RuntimeException | Error e) {
            if (html != null) { // let the HTML writer finish (or fail) rather than die mid-write with the JVM
                try {
                    html.get();
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                } catch (ExecutionException ignored) {
                    // this failure is the one reported
                }
            }
            throw e;
        }
        if (html != null) {
            written.put("html", Background.await(html));
        }
        if (o.formats().contains(Format.SARIF)) {
            Map<Finding, String> sarifFps = fps;
            if (!result.suppressedFindings().isEmpty()) {
                sarifFps = new IdentityHashMap<>(fps);
                sarifFps.putAll(Fingerprints.compute(result.findings(), result.suppressedFindings(), new SourceLines(root)));
            }
            String ws = o.env().get("GITHUB_WORKSPACE");
            // Repo-relative URIs, as code scanning wants, when the vault is below the workspace: the
            // prefix the annotations get (pathPrefix), against the workspace.
            Path workspace = pathPrefix(root, ws).isEmpty() ? null : Path.of(ws);
            written.put("sarif", SarifReport.write(result, data.version(), rulesThatRan(result), sarifFps,
                    cmp == null ? null : baselined, workspace, out));
        }
        if (o.formats().contains(Format.JUNIT)) {
            written.put("junit", JunitReport.write(result, o.failOn(), baselined, out));
        }
        if (cmp != null && o.updateBaseline()) {
            Baseline.prune(baselineFile, baselineBytes, cmp);
        }

        List<Finding> gatedFindings = cmp == null ? result.findings() : cmp.fresh();
        int gated = o.failOn() == null ? 0 : (int) gatedFindings.stream().filter(f -> f.severity().atLeast(o.failOn())).count();
        Path report = fullReport(written);

        List<Line> console = new ArrayList<>();
        if (o.formats().contains(Format.CONSOLE)) {
            SourceLines src = o.fullConsole() ? new SourceLines(root) : null;
            for (Finding f : result.findings()) {
                String text = src != null ? ConsoleReport.full(f, src) : ConsoleReport.line(f);
                if (baselined.contains(f)) {
                    // Accepted findings stay out of the way (a baseline may hold hundreds): -X lists them.
                    console.add(new Line(null, "(baselined) " + f.severity().id() + " " + text, true));
                } else {
                    console.add(new Line(f.severity(), text));
                }
            }
        }
        console.add(new Line(null, ConsoleReport.summary(result.summary())));
        if (cmp != null) {
            console.add(new Line(null, "vaultlint: baseline " + SafeText.visible(baselineFile.getFileName().toString()) + ": "
                    + cmp.fresh().size() + " new, " + cmp.baselined().size() + " baselined"
                    + (cmp.baselined().isEmpty() || !o.formats().contains(Format.CONSOLE) ? "" : " (listed with -X)")
                    + ", " + cmp.fixed().size() + " fixed"
                    + (cmp.fixed().isEmpty() || o.updateBaseline() ? "" : " (run with -Dvaultlint.updateBaseline to prune fixed entries)")
                    + (o.updateBaseline() && !cmp.fixed().isEmpty() ? " (pruned from the baseline)" : "")));
        }
        if (result.suppressed() > 0) {
            console.add(new Line(null, "vaultlint: " + result.suppressed() + " finding(s) suppressed inline"));
        }
        console.addAll(insightLines(result.insights(), report));

        List<String> stdout = new ArrayList<>();
        boolean summaryWritten = false;
        if (github) {
            List<String> annotations = GithubReport.annotations(gatedFindings, pathPrefix(root, o.env().get("GITHUB_WORKSPACE")));
            if (!annotations.isEmpty()) {
                // Maven's quiet mode leaves an ANSI reset ("\e[0m") on stdout without a newline; a workflow
                // command only counts at the start of a line, so the first one gets a line of its own.
                stdout.add("");
                stdout.addAll(annotations);
            }
            String summaryFile = o.env().get("GITHUB_STEP_SUMMARY");
            if (summaryFile != null && !summaryFile.isBlank()) {
                String md = GithubReport.stepSummary(result, gatedFindings, cmp, result.insights(),
                        report == null ? null : report.toString(), pathPrefix(root, o.env().get("GITHUB_WORKSPACE")));
                try {
                    // One block under a lock: under mvn -T 2 other vault modules append their summaries too.
                    SharedAppend.append(Path.of(summaryFile), md.getBytes(StandardCharsets.UTF_8));
                    summaryWritten = true;
                } catch (IOException | RuntimeException e) {
                    // The job summary is a convenience: the check, its reports and its gate stand without it.
                    console.add(new Line(Severity.WARNING, "vaultlint: could not write the job summary to GITHUB_STEP_SUMMARY="
                            + SafeText.visible(summaryFile) + " (" + SafeText.visible(describe(e))
                            + "); the check goes on without it. Point GITHUB_STEP_SUMMARY at a writable file, or unset it"));
                }
            }
        }

        String failure = null;
        if (o.failOn() != null && gated > o.maxAllowed()) {
            failure = String.format(Locale.ROOT, "vaultlint: %s at or above %s (%s, %s, %d info%s; %d allowed by maxAllowedViolations). See %s",
                    count(gated, cmp == null ? "finding" : "new finding"), o.failOn().id(), count(result.summary().errors(), "error"),
                    count(result.summary().warnings(), "warning"), result.summary().infos(),
                    cmp == null ? "" : "; " + cmp.baselined().size() + " baselined", o.maxAllowed(),
                    whereToLook(o, written, !stdout.isEmpty(), summaryWritten));
        }
        return new Outcome(result, data, console, stdout, written, gated, failure);
    }

    /**
     * The baseline to compare with: the one named, else, when asked to update a baseline without
     * naming one, {@code vaultlint-baseline.json} at the vault root (where the baseline goal writes
     * it). Updating with no baseline there is a configuration error rather than a silent no-op.
     */
    static Path baselineFile(Options o) throws ConfigException {
        if (o.baselineFile() != null || !o.updateBaseline()) {
            return o.baselineFile();
        }
        Path dflt = o.lint().vault().resolve(Baseline.FILE);
        if (!Files.isRegularFile(dflt)) {
            throw new ConfigException("vaultlint.updateBaseline is set, but no baseline is named (vaultlint.baseline) and there is none at "
                    + dflt + "; set vaultlint.baseline to the baseline file, or create one with mvn vaultlint:baseline");
        }
        return dflt;
    }

    /**
     * A missing baseline's likely intended file: the same path, relative to one of its folders outside
     * the vault (where Maven resolved a relative {@code vaultlint.baseline}), taken under the vault,
     * when that file exists; else null. The baseline goal writes to the vault root by default, so
     * {@code -Dvaultlint.baseline=vaultlint-baseline.json} from the vault's parent lands here.
     */
    static Path sameRelativePathInVault(Path missing, Path vault) {
        Path file = missing.toAbsolutePath().normalize();
        Path root = vault.toAbsolutePath().normalize();
        for (Path base = file.getParent(); base != null; base = base.getParent()) {
            if (base.startsWith(root)) {
                continue;
            }
            Path candidate = root.resolve(base.relativize(file)).normalize();
            if (candidate.startsWith(root) && Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    /**
     * How to name {@code file} on a command line run in {@code base} (the project's basedir, or the
     * current folder without a pom): relative to it when the file is under it, else absolute. Maven
     * resolves a relative file parameter against that folder, not against the vault.
     */
    public static String pathFrom(Path base, Path file) {
        Path f = file.toAbsolutePath().normalize();
        Path b = base.toAbsolutePath().normalize();
        if (f.startsWith(b) && !f.equals(b)) {
            return b.relativize(f).toString();
        }
        return f.toString();
    }

    /** Where the gate's message sends the user: the HTML report, else what this run did show or write. */
    /**
     * The report that holds every finding and the insights, for the console's "report" line and the
     * job summary's "Full report": the HTML page, else the first other file written (json, sarif,
     * junit), so that a run with {@code formats=json,sarif} still says where its findings are.
     */
    static Path fullReport(Map<String, Path> written) {
        Path html = written.get("html");
        return html != null ? html : written.values().stream().findFirst().orElse(null);
    }

    private static String whereToLook(Options o, Map<String, Path> written, boolean annotated, boolean summaryWritten) {
        if (written.containsKey("html")) {
            return written.get("html").toString();
        }
        if (o.formats().contains(Format.CONSOLE)) {
            return "the findings above";
        }
        if (!written.isEmpty()) {
            return written.values().iterator().next().toString();
        }
        if (annotated) {
            return summaryWritten ? "the GitHub annotations and the job summary" : "the GitHub annotations";
        }
        if (summaryWritten) {
            return "the job summary";
        }
        return "the findings (add console to vaultlint.formats to print them)";
    }

    /** An I/O failure in words: "NoSuchFileException: /nonexistent/x.md" says little, so name the cause. */
    private static String describe(Exception e) {
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "its folder does not exist";
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof java.nio.file.FileSystemException fse && fse.getReason() != null) {
            return fse.getReason();
        }
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }

    private static FutureTask<Path> startHtml(ReportData data, Path out) {
        FutureTask<Path> html = new FutureTask<>(() -> HtmlReport.write(data, out));
        Thread t = new Thread(html, "vaultlint-html");
        t.setDaemon(true);
        t.start();
        return html;
    }

    /** Writes every current finding's fingerprint to {@code file}; returns how many. */
    public int writeBaseline(LintOptions lint, Path file) throws ConfigException, IOException {
        Baseline.checkReplaceable(file);
        LintResult result = linter.run(lint);
        Map<Finding, String> fps = Fingerprints.compute(result.findings(), new SourceLines(result.index().root()));
        Baseline.of(result.findings(), fps).write(file);
        return result.findings().size();
    }

    private List<RuleInfo> rulesThatRan(LintResult result) {
        List<RuleInfo> out = new ArrayList<>();
        for (RuleRegistry.Entry e : linter.registry().all()) {
            if (result.ruleRan(e.id())) {
                out.add(e.info());
            }
        }
        return out;
    }

    /** How many recurring topics the console names. */
    static final int LISTED_TOPICS = 5;

    /** Three lines after the findings: recurring topics, open actions, and where the report is. */
    static List<Line> insightLines(Insights in, Path report) {
        List<Line> out = new ArrayList<>();
        if (in == null) {
            return out;
        }
        List<TopicInsight> rec = in.recurring();
        // The first five, by rank; the rest are counted, so a reader does not take five for all of them.
        out.add(new Line(null, "vaultlint: recurring weak topics: " + (rec.isEmpty() ? "none" : rec.stream().limit(LISTED_TOPICS)
                .map(t -> SafeText.visible(t.name()) + " (" + count(t.interviewCount(), "interview") + ")").collect(Collectors.joining(", "))
                + (rec.size() > LISTED_TOPICS ? ", and " + (rec.size() - LISTED_TOPICS) + " more in the report" : ""))));
        out.add(new Line(null, "vaultlint: open actions: " + openActions(in)));
        if (report != null) {
            out.add(new Line(null, "vaultlint: report " + SafeText.visible(report.toAbsolutePath().toString())));
        }
        return out;
    }

    /**
     * "12 (9 in 3 interviews, 3 in other notes)": tasks in study plans and mock notes count as actions
     * too, so the line says where they are rather than suggest every one came from an interview. The
     * interviews' counts are those of their own action lists (vaultlint.json's interviews[].actions),
     * which hold every action written in the note, a task under "## Next steps" included.
     */
    static String openActions(Insights in) {
        long total = in.openActions();
        if (total == 0) {
            return "0";
        }
        long fromInterviews = 0;
        int withOpen = 0;
        for (io.github.vaultlint.analysis.Interview i : in.interviews()) {
            long open = io.github.vaultlint.analysis.Item.countOpen(i.actions());
            fromInterviews += open;
            withOpen += open > 0 ? 1 : 0;
        }
        long elsewhere = Math.max(0, total - fromInterviews);
        String inInterviews = fromInterviews + " in " + count(withOpen, "interview");
        return total + " (" + (elsewhere == 0 ? inInterviews : fromInterviews == 0 ? "all in notes other than interviews"
                : inInterviews + ", " + elsewhere + " in other notes") + ")";
    }

    /** "notes/" when the vault is a sub-folder of the GitHub workspace, else "". */
    static String pathPrefix(Path vaultRoot, String workspace) {
        if (workspace == null || workspace.isBlank()) {
            return "";
        }
        return io.github.vaultlint.util.Workspace.prefix(vaultRoot, Path.of(workspace));
    }

    private static String count(int n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
