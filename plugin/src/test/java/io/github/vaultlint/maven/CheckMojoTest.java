package io.github.vaultlint.maven;

import io.github.vaultlint.daemon.DaemonClient;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoExtension;
import org.apache.maven.api.plugin.testing.MojoParameter;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.execution.MavenExecutionRequest;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.model.Plugin;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.codehaus.plexus.util.xml.Xpp3Dom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * The check goal as Maven configures it: parameters come from plugin configuration through the real
 * plugin descriptor (names, defaults, types), the vaults are small real folders under
 * src/test/resources/vaults. Relative paths resolve against the plugin module, as in a build.
 */
@MojoTest
class CheckMojoTest {
    private static final String VAULTS = "src/test/resources/vaults/";
    private static final String OUT = "target/mojo-tests/";

    @TempDir
    Path tmp;

    @Test
    @InjectMojo(goal = "check")
    @MojoParameter(name = "vault", value = VAULTS + "clean")
    @MojoParameter(name = "outputDirectory", value = OUT + "clean")
    void cleanVaultPassesAndWritesBothReports(CheckMojo mojo) throws Exception {
        Path out = fresh(OUT + "clean");
        List<String> log = capture(mojo);

        mojo.execute();

        assertTrue(log.contains("info vaultlint: 2 notes, 2 files checked: 0 errors, 0 warnings, 0 info"), log::toString);
        String json = Files.readString(out.resolve("vaultlint.json"), StandardCharsets.UTF_8);
        assertTrue(json.contains("\"errors\" : 0") || json.replaceAll("\\s", "").contains("\"errors\":0"), json);
        assertTrue(Files.isRegularFile(out.resolve("vaultlint.html")));
    }

    @Test
    @InjectMojo(goal = "check")
    @MojoParameter(name = "vault", value = VAULTS + "errors")
    @MojoParameter(name = "outputDirectory", value = OUT + "errors")
    void errorsFailTheBuildNamingCountsAndReport(CheckMojo mojo) throws Exception {
        Path out = fresh(OUT + "errors");
        List<String> log = capture(mojo);

        MojoFailureException e = assertThrows(MojoFailureException.class, mojo::execute);

        String html = out.resolve("vaultlint.html").toAbsolutePath().toString();
        assertEquals("vaultlint: 2 findings at or above error (2 errors, 1 warning, 0 info; 0 allowed by "
                + "maxAllowedViolations). See " + html, e.getMessage());
        assertTrue(Files.isRegularFile(Path.of(html)), "the report is written before the build fails");
        // one line per finding at the Maven level of its severity, sorted by file and position, then the summary
        assertEquals(List.of(
                "error Interviews/2025-05-06 Hooli.md:[13,21] (broken-link) wikilink [[HPA Internals]] points to "
                        + "\"HPA Internals\", which does not exist in the vault; create the note or fix the link",
                "error Interviews/2025-05-06 Hooli.md:[14,14] (broken-link) wikilink [[Karpenter]] points to "
                        + "\"Karpenter\", which does not exist in the vault; create the note or fix the link",
                "warn Interviews/2025-05-06 Hooli.md:[20,1] (empty-heading) H2 heading has no text; write the heading "
                        + "after \"## \" or remove the line",
                "info vaultlint: 2 notes, 2 files checked: 2 errors, 1 warning, 0 info",
                "info vaultlint: recurring weak topics: none",
                "info vaultlint: open actions: 1 (1 in 1 interview)",
                "info vaultlint: report " + html), log);
    }

    @Test
    @InjectMojo(goal = "check")
    @MojoParameter(name = "vault", value = VAULTS + "errors")
    @MojoParameter(name = "outputDirectory", value = OUT + "none")
    @MojoParameter(name = "failOnSeverity", value = "none")
    void failOnSeverityNonePassesButStillReports(CheckMojo mojo) throws Exception {
        Path out = fresh(OUT + "none");
        List<String> log = capture(mojo);

        mojo.execute();

        assertTrue(log.stream().anyMatch(l -> l.startsWith("error Interviews/2025-05-06 Hooli.md:[13,21] (broken-link)")), log::toString);
        assertTrue(Files.readString(out.resolve("vaultlint.json")).contains("\"broken-link\""));
    }

    @Test
    @InjectMojo(goal = "check")
    @MojoParameter(name = "vault", value = VAULTS + "errors")
    @MojoParameter(name = "outputDirectory", value = OUT + "allowed")
    @MojoParameter(name = "maxAllowedViolations", value = "2")
    void maxAllowedViolationsToleratesThatManyFindings(CheckMojo mojo) throws Exception {
        fresh(OUT + "allowed");
        capture(mojo);

        mojo.execute();

        mojo.maxAllowedViolations = 1;
        MojoFailureException e = assertThrows(MojoFailureException.class, mojo::execute);
        assertTrue(e.getMessage().startsWith("vaultlint: 2 findings at or above error (2 errors, 1 warning, 0 info; "
                + "1 allowed by maxAllowedViolations)"), e.getMessage());
    }

    @Test
    @InjectMojo(goal = "check")
    @MojoParameter(name = "vault", value = VAULTS + "errors")
    @MojoParameter(name = "outputDirectory", value = OUT + "warning-gate")
    @MojoParameter(name = "failOnSeverity", value = "warning")
    @MojoParameter(name = "maxAllowedViolations", value = "2")
    void warningThresholdCountsErrorsAndWarnings(CheckMojo mojo) throws Exception {
        fresh(OUT + "warning-gate");
        capture(mojo);

        MojoFailureException e = assertThrows(MojoFailureException.class, mojo::execute);

        assertTrue(e.getMessage().startsWith("vaultlint: 3 findings at or above warning"), e.getMessage());
    }

    @Test
    @InjectMojo(goal = "check")
    @MojoParameter(name = "vault", value = VAULTS + "warnings")
    @MojoParameter(name = "outputDirectory", value = OUT + "warnings")
    void warningsAloneDoNotFailTheDefaultGate(CheckMojo mojo) throws Exception {
        fresh(OUT + "warnings");
        List<String> log = capture(mojo);

        mojo.execute();

        assertTrue(log.stream().anyMatch(l -> l.startsWith("warn Story bank.md:[4,1] (heading-syntax) ")), log::toString);
    }

    @Test
    @InjectMojo(goal = "check")
    @MojoParameter(name = "vault", value = VAULTS + "errors")
    @MojoParameter(name = "outputDirectory", value = OUT + "skip")
    @MojoParameter(name = "skip", value = "true")
    void skipDoesNothing(CheckMojo mojo) throws Exception {
        Path out = fresh(OUT + "skip");
        List<String> log = capture(mojo);

        mojo.execute();

        assertEquals(List.of("info vaultlint: skipped (vaultlint.skip)"), log);
        assertFalse(Files.exists(out), "a skipped check writes no report");
    }

    @Test
    @InjectMojo(goal = "check")
    @MojoParameter(name = "vault", value = VAULTS + "bad-config")
    @MojoParameter(name = "outputDirectory", value = OUT + "bad-config")
    void unusableConfigIsAnExecutionErrorNamingFileAndLine(CheckMojo mojo) {
        capture(mojo);

        MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo::execute);

        // Named from the vault root, as a folder config is and as the docs show it.
        assertEquals("vaultlint configuration error: .vaultlint.yml:2:3: unknown rule id \"broken-links\" (did you mean "
                + "\"broken-link\"?); see docs/rules.md for the list of rules", e.getMessage());
    }

    @Test
    @InjectMojo(goal = "check")
    @MojoParameter(name = "vault", value = VAULTS + "clean")
    @MojoParameter(name = "outputDirectory", value = OUT + "missing-config")
    @MojoParameter(name = "configFile", value = VAULTS + "clean/no-such.yml")
    void explicitConfigThatDoesNotExistIsAnExecutionError(CheckMojo mojo) {
        capture(mojo);

        MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo::execute);

        assertTrue(e.getMessage().contains("no-such.yml does not exist"), e.getMessage());
    }

    /** It said only "(.../out-is-a-file)": where, not what. */
    @Test
    @InjectMojo(goal = "check")
    @MojoParameter(name = "vault", value = VAULTS + "clean")
    @MojoParameter(name = "outputDirectory", value = OUT + "out-is-a-file")
    void anOutputDirectoryThatIsAFileSaysSo(CheckMojo mojo) throws Exception {
        Path out = fresh(OUT + "out-is-a-file");
        Files.createDirectories(out.getParent());
        Files.writeString(out, "not a folder");
        capture(mojo);

        MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo::execute);

        assertEquals("vaultlint cannot read the vault or write reports (" + out.toAbsolutePath()
                + " is in the way: a file, where a folder was to be made or written into); check vaultlint.outputDirectory ("
                + out.toAbsolutePath() + ") and the permissions there", e.getMessage());
    }

    @Test
    @InjectMojo(goal = "check")
    @MojoParameter(name = "vault", value = VAULTS + "clean")
    @MojoParameter(name = "outputDirectory", value = OUT + "bad-formats")
    @MojoParameter(name = "formats", value = "console,htm")
    void unknownFormatIsAnExecutionError(CheckMojo mojo) {
        capture(mojo);

        MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo::execute);

        assertEquals("vaultlint.formats: unknown format \"htm\" (did you mean \"html\"?); use a comma-separated list of "
                + "console, json, html, sarif, github, junit", e.getMessage());
    }

    @Test
    @InjectMojo(goal = "check")
    @MojoParameter(name = "vault", value = VAULTS + "clean")
    @MojoParameter(name = "outputDirectory", value = OUT + "bad-threshold")
    @MojoParameter(name = "failOnSeverity", value = "fatal")
    void unknownThresholdIsAnExecutionError(CheckMojo mojo) {
        capture(mojo);

        MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo::execute);

        assertEquals("vaultlint.failOnSeverity: \"fatal\" is not one of error, warning, info, none", e.getMessage());
    }

    @Test
    void aMisspeltThresholdOrConsoleFormatGetsADidYouMean() {
        MojoExecutionException e = assertThrows(MojoExecutionException.class, () -> CheckMojo.parseThreshold("erorr"));
        assertEquals("vaultlint.failOnSeverity: \"erorr\" is not one of error, warning, info, none (did you mean \"error\"?)",
                e.getMessage());
        e = assertThrows(MojoExecutionException.class, () -> CheckMojo.parseConsoleFormat("fulll"));
        assertEquals("vaultlint.consoleFormat: \"fulll\" is not one of compact, full (did you mean \"full\"?)", e.getMessage());
    }

    /** Maven reads "yes" or "flase" as false: the check ran although asked to skip, and kept its cache. */
    @Test
    @InjectMojo(goal = "check")
    @MojoParameter(name = "vault", value = VAULTS + "errors")
    @MojoParameter(name = "outputDirectory", value = OUT + "bad-boolean")
    void aBooleanPropertyThatIsNeitherTrueNorFalseIsAnError(CheckMojo mojo) throws Exception {
        List<String> log = capture(mojo);
        Properties user = new Properties();
        user.setProperty("vaultlint.skip", "yes");
        mojo.session = sessionWithoutProject(user);

        MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo::execute);
        assertEquals("vaultlint.skip is \"yes\"; use true or false (-Dvaultlint.skip alone means true)", e.getMessage());

        user.setProperty("vaultlint.skip", "false");
        user.setProperty("vaultlint.cache", "flase");
        e = assertThrows(MojoExecutionException.class, mojo::execute);
        assertEquals("vaultlint.cache is \"flase\" (did you mean \"false\"?); use true or false (-Dvaultlint.cache alone means "
                + "true)", e.getMessage());

        user.setProperty("vaultlint.cache", "FALSE");
        user.setProperty("vaultlint.skip", "True");
        mojo.skip = true; // as Maven reads "True"
        mojo.execute();
        assertEquals(List.of("info vaultlint: skipped (vaultlint.skip)"), log);
    }

    /**
     * {@code <skip>yes</skip>} in the pom: Maven reads it as false and the check ran, although only the
     * command-line form was checked. The pom's literal value is checked too; an expression is left to Maven.
     */
    @Test
    @InjectMojo(goal = "check")
    @MojoParameter(name = "vault", value = VAULTS + "errors")
    @MojoParameter(name = "outputDirectory", value = OUT + "bad-pom-boolean")
    void aPomSwitchThatIsNeitherTrueNorFalseIsAnError(CheckMojo mojo) throws Exception {
        List<String> log = capture(mojo);
        mojo.session = sessionWithoutProject(new Properties());
        Xpp3Dom config = new Xpp3Dom("configuration");
        Xpp3Dom skip = new Xpp3Dom("skip");
        skip.setValue("yes");
        config.addChild(skip);
        Xpp3Dom cache = new Xpp3Dom("cache");
        cache.setValue("${vaultlint.cache}");
        config.addChild(cache);
        mojo.mojoExecution = new MojoExecution(new Plugin(), "check", "default");
        mojo.mojoExecution.setConfiguration(config);

        MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo::execute);
        assertEquals("<skip>yes</skip> in the vaultlint plugin's configuration is not a switch; write true or false", e.getMessage());

        skip.setValue(" TRUE ");
        mojo.skip = true; // as Maven reads it
        mojo.execute();
        assertEquals(List.of("info vaultlint: skipped (vaultlint.skip)"), log);
    }

    /**
     * -Dvaultlint.outputDirectory=$OUT with OUT unset wrote vaultlint.html, vaultlint.json and cache/
     * among the notes (Maven makes "" the project's folder), and ~/reports, which Maven does not
     * expand, made a folder named "~" there: both are configuration errors naming the fix.
     */
    @Test
    @InjectMojo(goal = "check")
    @MojoParameter(name = "vault", value = VAULTS + "errors")
    @MojoParameter(name = "outputDirectory", value = OUT + "empty-path")
    void anEmptyPathOrOneStartingWithTildeIsAnError(CheckMojo mojo) throws Exception {
        capture(mojo);
        Properties user = new Properties();
        mojo.session = sessionWithoutProject(user);
        user.setProperty("vaultlint.outputDirectory", "");
        MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo::execute);
        assertEquals("vaultlint.outputDirectory is empty (-Dvaultlint.outputDirectory=, perhaps from an unset variable); name a path, "
                + "or leave vaultlint.outputDirectory out to use target/vaultlint", e.getMessage());

        user.remove("vaultlint.outputDirectory");
        user.setProperty("vaultlint.vault", " ");
        e = assertThrows(MojoExecutionException.class, mojo::execute);
        assertTrue(e.getMessage().startsWith("vaultlint.vault is empty (-Dvaultlint.vault= , "), e.getMessage());

        user.remove("vaultlint.vault");
        user.setProperty("vaultlint.config", "~/notes/.vaultlint.yml");
        e = assertThrows(MojoExecutionException.class, mojo::execute);
        assertEquals("vaultlint.config is \"~/notes/.vaultlint.yml\" (-Dvaultlint.config=~/notes/.vaultlint.yml), but Maven does not "
                + "expand ~ to your home folder, so it would be a folder named \"~\" in " + mojo.baseDir() + "; write the full path, "
                + "or $HOME/notes/.vaultlint.yml unquoted", e.getMessage());

        // The same in the pom's <configuration>, where ${user.home} is the way to say it.
        user.remove("vaultlint.config");
        Xpp3Dom config = new Xpp3Dom("configuration");
        Xpp3Dom baseline = new Xpp3Dom("baselineFile");
        baseline.setValue("~/baseline.json");
        config.addChild(baseline);
        mojo.mojoExecution = new MojoExecution(new Plugin(), "check", "default");
        mojo.mojoExecution.setConfiguration(config);
        e = assertThrows(MojoExecutionException.class, mojo::execute);
        assertTrue(e.getMessage().startsWith("vaultlint.baseline is \"~/baseline.json\" (<baselineFile>~/baseline.json</baselineFile> in "
                + "the vaultlint plugin's configuration), but Maven does not expand ~"), e.getMessage());
        assertTrue(e.getMessage().endsWith("; write the full path, or ${user.home}/baseline.json in the pom"), e.getMessage());

        // A real path, spaces and all, is left alone.
        baseline.setValue("${vaultlint.baseline}");
        user.setProperty("vaultlint.outputDirectory", OUT + "empty-path/with space");
        mojo.failOnSeverity = "none";
        mojo.execute();
    }

    /** -Dvaultlint.failOnSeverity=$LEVEL with LEVEL unset in CI: the gate must not turn itself off. */
    @Test
    @InjectMojo(goal = "check")
    @MojoParameter(name = "vault", value = VAULTS + "errors")
    @MojoParameter(name = "outputDirectory", value = OUT + "blank-threshold")
    void aBlankThresholdIsAnErrorNotAnOpenGate(CheckMojo mojo) {
        capture(mojo);
        mojo.failOnSeverity = ""; // as -Dvaultlint.failOnSeverity= sets it (the harness turns a blank value into the default)

        MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo::execute);

        assertEquals("vaultlint.failOnSeverity is empty; use error (the default), warning, info, or none to never fail the build",
                e.getMessage());
    }

    @Test
    @InjectMojo(goal = "check")
    @MojoParameter(name = "vault", value = VAULTS + "errors")
    @MojoParameter(name = "outputDirectory", value = OUT + "no-formats")
    void emptyFormatsIsAnExecutionErrorListingTheFormats(CheckMojo mojo) throws Exception {
        Path out = fresh(OUT + "no-formats");
        capture(mojo);
        mojo.formats = List.of("");

        MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo::execute);

        assertEquals("vaultlint.formats is empty; name at least one output, e.g. console (the default is console,json,html; "
                + "the outputs are console, json, html, sarif, github, junit)", e.getMessage());
        assertFalse(Files.exists(out));
    }

    @Test
    @InjectMojo(goal = "check")
    @MojoParameter(name = "vault", value = VAULTS + "errors")
    @MojoParameter(name = "outputDirectory", value = OUT + "baselined")
    void baselinedFindingsAreLoggedAtDebugMarkedAsSuch(CheckMojo mojo) throws Exception {
        fresh(OUT + "baselined");
        Path vault = tmp.resolve("notes");
        copy(Path.of(VAULTS + "errors"), vault);
        Path baseline = tmp.resolve("vaultlint-baseline.json");
        new io.github.vaultlint.engine.Check(new io.github.vaultlint.engine.Linter())
                .writeBaseline(io.github.vaultlint.engine.LintOptions.of(vault), baseline);
        mojo.vault = vault.toFile();
        mojo.baselineFile = baseline.toFile();
        List<String> log = capture(mojo, true);

        mojo.execute();

        assertTrue(log.stream().noneMatch(l -> l.startsWith("error ") || l.startsWith("warn ")), log::toString);
        assertTrue(log.contains("debug (baselined) error Interviews/2025-05-06 Hooli.md:[13,21] (broken-link) wikilink "
                + "[[HPA Internals]] points to \"HPA Internals\", which does not exist in the vault; create the note or fix the link"),
                log::toString);
        assertTrue(log.contains("info vaultlint: baseline vaultlint-baseline.json: 0 new, 3 baselined (listed with -X), 0 fixed"),
                log::toString);
    }

    @Test
    @InjectMojo(goal = "check")
    @MojoParameter(name = "vault", value = VAULTS + "errors")
    @MojoParameter(name = "outputDirectory", value = OUT + "json-only")
    @MojoParameter(name = "formats", value = "json")
    void formatsSelectOutputs(CheckMojo mojo) throws Exception {
        Path out = fresh(OUT + "json-only");
        List<String> log = capture(mojo);

        MojoFailureException e = assertThrows(MojoFailureException.class, mojo::execute);

        assertTrue(Files.isRegularFile(out.resolve("vaultlint.json")));
        assertFalse(Files.exists(out.resolve("vaultlint.html")));
        // without "console" the findings are not printed, only the summary: the message names the file that has them
        assertTrue(e.getMessage().endsWith("See " + out.resolve("vaultlint.json").toAbsolutePath()), e.getMessage());
        assertEquals(List.of("info vaultlint: 2 notes, 2 files checked: 2 errors, 1 warning, 0 info",
                "info vaultlint: recurring weak topics: none", "info vaultlint: open actions: 1 (1 in 1 interview)",
                // the report that holds them, as the HTML page is named when there is one
                "info vaultlint: report " + out.resolve("vaultlint.json").toAbsolutePath()), log);
    }

    /** Formats written as a list in the pom, one per element, as Maven users write list parameters. */
    @Test
    @InjectMojo(goal = "check", pom = "<project><build><plugins><plugin>"
            + "<artifactId>vaultlint-maven-plugin</artifactId><configuration>"
            + "<vault>" + VAULTS + "errors</vault><outputDirectory>" + OUT + "format-list</outputDirectory>"
            + "<formats><format>json</format><format>sarif, junit</format></formats>"
            + "</configuration></plugin></plugins></build></project>")
    void formatsAlsoTakeOneElementPerFormat(CheckMojo mojo) throws Exception {
        Path out = fresh(OUT + "format-list");
        capture(mojo);

        assertThrows(MojoFailureException.class, mojo::execute);

        assertTrue(Files.isRegularFile(out.resolve("vaultlint.json")));
        assertTrue(Files.isRegularFile(out.resolve("vaultlint.sarif")));
        assertTrue(Files.isRegularFile(out.resolve("vaultlint-junit.xml")));
        assertFalse(Files.exists(out.resolve("vaultlint.html")), "only the formats listed");
    }

    @Test
    @InjectMojo(goal = "check")
    @MojoParameter(name = "vault", value = VAULTS + "clean")
    @MojoParameter(name = "outputDirectory", value = OUT + "timings")
    @MojoParameter(name = "timings", value = "true")
    void timingsAreLoggedByPhaseOnRequest(CheckMojo mojo) throws Exception {
        fresh(OUT + "timings");
        List<String> log = capture(mojo);

        mojo.execute();

        assertTrue(log.stream().anyMatch(l -> l.matches("info vaultlint: engine \\d+ ms \\(scan \\d+ ms, parse \\d+ ms, "
                + "rules \\d+ ms, analysis \\d+ ms, reports \\d+ ms\\), heap peak \\d+ MB, used \\d+ MB of \\d+ MB")),
                log::toString);
        assertTrue(log.stream().anyMatch(l -> l.startsWith("info vaultlint: cache ") && l.endsWith(": 0 of 2 notes reused, 2 parsed,"
                + " 0 unchanged by size and time, not read (loaded in 0 ms)")), "the cache's work is part of the timings: " + log);
    }

    @Test
    @InjectMojo(goal = "check")
    @MojoParameter(name = "vault", value = VAULTS + "clean")
    @MojoParameter(name = "outputDirectory", value = OUT + "cache")
    @MojoParameter(name = "timings", value = "true")
    void parsedNotesAreCachedUnderTheOutputFolder(CheckMojo mojo) throws Exception {
        Path out = fresh(OUT + "cache");
        List<String> log = capture(mojo);

        mojo.execute();
        assertTrue(Files.isRegularFile(out.resolve("cache/notes.bin")), "target/vaultlint/cache by default");
        log.clear();
        mojo.execute();

        assertTrue(log.stream().anyMatch(l -> l.contains(": 2 of 2 notes reused, 0 parsed")), log::toString);
        assertTrue(log.contains("info vaultlint: 2 notes, 2 files checked: 0 errors, 0 warnings, 0 info"), log::toString);
    }

    @Test
    @InjectMojo(goal = "check")
    @MojoParameter(name = "vault", value = VAULTS + "clean")
    @MojoParameter(name = "outputDirectory", value = OUT + "nocache")
    @MojoParameter(name = "cache", value = "false")
    @MojoParameter(name = "timings", value = "true")
    void cacheFalseTurnsTheCacheOff(CheckMojo mojo) throws Exception {
        Path out = fresh(OUT + "nocache");
        List<String> log = capture(mojo);

        mojo.execute();

        assertTrue(Files.isRegularFile(out.resolve("vaultlint.json")));
        assertFalse(Files.exists(out.resolve("cache")));
        assertTrue(log.stream().noneMatch(l -> l.contains("vaultlint: cache") || l.contains("note cache")), log::toString);
    }

    @Test
    @InjectMojo(goal = "check")
    void withoutAPomReportsGoNextToTheVault(CheckMojo mojo) throws Exception {
        // Direct invocation: Maven's stand-in project leaves ${project.build.directory} unresolved, so the
        // reports go to <vault>/target/vaultlint rather than to a folder literally named "${project.basedir}".
        Path vault = tmp.resolve("notes");
        copy(Path.of(VAULTS + "clean"), vault);
        mojo.vault = vault.toFile();
        mojo.outputDirectory = new File(tmp.toFile(), "${project.basedir}/target/vaultlint");
        mojo.session = sessionWithoutProject(new Properties());
        capture(mojo);

        mojo.execute();

        assertTrue(Files.isRegularFile(vault.resolve("target/vaultlint/vaultlint.json")));
        assertTrue(Files.isRegularFile(vault.resolve("target/vaultlint/vaultlint.html")));
        assertFalse(Files.exists(tmp.resolve("${project.basedir}")));
    }

    @Test
    @InjectMojo(goal = "check")
    void withoutAPomAnOutputDirectoryGivenOnTheCommandLineWins(CheckMojo mojo) throws Exception {
        Path vault = tmp.resolve("notes");
        copy(Path.of(VAULTS + "clean"), vault);
        Path out = tmp.resolve("reports");
        Properties user = new Properties();
        user.setProperty("vaultlint.outputDirectory", out.toString());
        mojo.vault = vault.toFile();
        mojo.outputDirectory = out.toFile();
        mojo.session = sessionWithoutProject(user);
        capture(mojo);

        mojo.execute();

        assertTrue(Files.isRegularFile(out.resolve("vaultlint.json")));
        assertFalse(Files.exists(vault.resolve("target")));
    }

    @Test
    @InjectMojo(goal = "check")
    @MojoParameter(name = "vault", value = VAULTS + "scoped")
    @MojoParameter(name = "outputDirectory", value = OUT + "print-config")
    @MojoParameter(name = "printConfig", value = "Archive/Old debrief.md")
    void printConfigLogsTheNotesEffectiveConfigThenChecks(CheckMojo mojo) throws Exception {
        Path out = fresh(OUT + "print-config");
        List<String> log = capture(mojo);

        mojo.execute();

        assertEquals(List.of(
                "info vaultlint: effective config for Archive/Old debrief.md",
                "info   config files: .vaultlint.yml, Archive/.vaultlint.yml",
                "info   note type: note (built-in), because no type's match fits, so it gets the fallback type \"note\"",
                "info   schema: built-in schemas/note.schema.yaml",
                "info   sections: star, inline (a section with two parts is a story): Situation, Task, Action, Result",
                "info   rules:"), log.subList(0, 6));
        assertTrue(log.contains("info     broken-link             off      folder config Archive/.vaultlint.yml:3:3"), log::toString);
        assertTrue(log.contains("info     empty-heading           error    root config .vaultlint.yml"), log::toString);
        // then the check runs as usual: the dead link in Archive/ is not reported
        assertTrue(log.contains("info vaultlint: 2 notes, 2 files checked: 0 errors, 0 warnings, 0 info"), log::toString);
        assertTrue(Files.isRegularFile(out.resolve("vaultlint.json")));
    }

    @Test
    @InjectMojo(goal = "check")
    @MojoParameter(name = "vault", value = VAULTS + "scoped")
    @MojoParameter(name = "outputDirectory", value = OUT + "print-config-missing")
    @MojoParameter(name = "printConfig", value = "Archive/Old debrif.md")
    void printConfigOfAMissingNoteIsAnExecutionErrorWithASuggestion(CheckMojo mojo) {
        capture(mojo);

        MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo::execute);

        assertTrue(e.getMessage().startsWith("vaultlint configuration error: note Archive/Old debrif.md does not exist in the vault "),
                e.getMessage());
        assertTrue(e.getMessage().contains("(did you mean \"Archive/Old debrief.md\"?)"), e.getMessage());
    }

    @Test
    @InjectMojo(goal = "check")
    void defaultsMatchTheDocumentedParameters(CheckMojo mojo) {
        assertEquals(List.of("console", "json", "html"), mojo.formats);
        assertEquals("error", mojo.failOnSeverity);
        assertEquals(0, mojo.maxAllowedViolations);
        assertFalse(mojo.skip);
        assertFalse(mojo.timings);
        assertNull(mojo.printConfig, "printConfig is off unless a note is named");
        assertTrue(mojo.cache, "the note cache is on unless vaultlint.cache=false");
        assertTrue(mojo.fastStart, "fastStart is on unless vaultlint.fastStart=false");
        assertFalse(mojo.daemon, "the daemon is opt-in");
        assertEquals(1800, mojo.daemonIdleSeconds);
        assertEquals(null, mojo.configFile, "no explicit config: <vault>/.vaultlint.yml is used when present");
        assertEquals(new File(MojoExtension.getBasedir()).getAbsoluteFile(), mojo.vault.getAbsoluteFile(),
                "vault defaults to ${project.basedir}");
    }

    @Test
    @InjectMojo(goal = "check")
    @MojoParameter(name = "vault", value = VAULTS + "errors")
    @MojoParameter(name = "outputDirectory", value = OUT + "daemon-idle")
    @MojoParameter(name = "daemon", value = "true")
    @MojoParameter(name = "daemonIdleSeconds", value = "0")
    void aDaemonIdleTimeBelowOneSecondIsAnError(CheckMojo mojo) {
        capture(mojo);

        MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo::execute);

        assertEquals("vaultlint.daemonIdleSeconds is 0; use a number of seconds of at least 1 (the default is 1800), or drop "
                + "vaultlint.daemon", e.getMessage());
    }

    /** With vaultlint.daemon the first build checks in its own JVM, gates as usual, and leaves a daemon for the next. */
    @Test
    @InjectMojo(goal = "check")
    @MojoParameter(name = "vault", value = VAULTS + "errors")
    @MojoParameter(name = "outputDirectory", value = OUT + "daemon")
    @MojoParameter(name = "daemon", value = "true")
    @MojoParameter(name = "daemonIdleSeconds", value = "20")
    void withTheDaemonTheFirstBuildChecksItselfAndStartsOne(CheckMojo mojo) throws Exception {
        fresh(OUT + "daemon");
        List<String> log = capture(mojo, true);
        mojo.daemonHome = tmp.resolve("daemons");
        DaemonClient.Settings settings = new DaemonClient.Settings(mojo.daemonHome, Duration.ofSeconds(20));
        try {
            MojoFailureException e = assertThrows(MojoFailureException.class, mojo::execute);

            assertTrue(e.getMessage().startsWith("vaultlint: 2 findings at or above error"), e.getMessage());
            assertTrue(log.contains("debug vaultlint: no daemon running; checking in this JVM, then starting one for the next builds"),
                    log::toString);
            String started = log.stream().filter(l -> l.startsWith("debug vaultlint: started the vaultlint daemon (pid ")).findFirst()
                    .orElseThrow(() -> new AssertionError(log.toString()));
            String pid = started.substring("debug vaultlint: started the vaultlint daemon (pid ".length()).split(",")[0];

            // A later build, once the daemon has warmed up: its timings line gives the daemon's heap, named,
            // not this JVM's, which only waited for the answer.
            mojo.timings = true;
            long until = System.nanoTime() + 60_000_000_000L;
            do {
                log.clear();
                assertThrows(MojoFailureException.class, mojo::execute);
            } while (!log.stream().anyMatch(l -> l.startsWith("info vaultlint: checked in the vaultlint daemon")) && System.nanoTime() < until
                    && sleep(500));
            String timingsLine = log.stream().filter(l -> l.startsWith("info vaultlint: engine ")).findFirst()
                    .orElseThrow(() -> new AssertionError(log.toString()));
            assertTrue(log.stream().anyMatch(l -> l.startsWith("info vaultlint: checked in the vaultlint daemon")), log::toString);
            assertTrue(timingsLine.matches("info vaultlint: engine \\d+ ms \\(.*\\), heap peak \\d+ MB, used \\d+ MB of \\d+ MB "
                    + "in the vaultlint daemon \\(pid " + pid + "\\)"), timingsLine);
            assertFalse(pid.equals(String.valueOf(ProcessHandle.current().pid())));
        } finally {
            long deadline = System.nanoTime() + 30_000_000_000L;
            while (DaemonClient.stop(settings) == null && System.nanoTime() < deadline) {
                Thread.sleep(100); // until it is up: it is stopped, not left to idle out
            }
        }
    }

    @Test
    void fastStartStaysOffInAParallelBuild() {
        CheckMojo mojo = new CheckMojo();
        mojo.session = sessionWithoutProject(new Properties());
        when(mojo.session.getRequest().getDegreeOfConcurrency()).thenReturn(1);
        assertTrue(mojo.soleUserOfTheJvm(), "a plain build may keep C2 out of the check");
        when(mojo.session.getRequest().getDegreeOfConcurrency()).thenReturn(4);
        assertFalse(mojo.soleUserOfTheJvm(), "with -T other modules compile in this JVM meanwhile");
    }

    /** Console lines name the module only when several modules of the build check a vault. */
    @Test
    void consoleLinesNameTheModuleWhenSeveralModulesCheckAVault() {
        org.apache.maven.project.MavenProject a = project("vault-a", true);
        org.apache.maven.project.MavenProject b = project("vault-b", true);
        org.apache.maven.project.MavenProject other = project("site", false);
        CheckMojo mojo = new CheckMojo();
        mojo.session = mock(MavenSession.class);
        MavenExecutionRequest request = mock(MavenExecutionRequest.class);
        when(request.isProjectPresent()).thenReturn(true);
        when(mojo.session.getRequest()).thenReturn(request);
        when(mojo.session.getCurrentProject()).thenReturn(b);
        when(mojo.session.getGoals()).thenReturn(List.of("verify"));

        when(mojo.session.getProjects()).thenReturn(List.of(a, b, other));
        assertEquals("vault-b", mojo.reactorLabel());

        when(mojo.session.getProjects()).thenReturn(List.of(b, other));
        assertNull(mojo.reactorLabel(), "one vault in the build: the documented line format");

        when(mojo.session.getProjects()).thenReturn(List.of(b));
        assertNull(mojo.reactorLabel());

        // mvn vaultlint:check in a multi-module build runs in every module
        when(mojo.session.getProjects()).thenReturn(List.of(b, other));
        when(mojo.session.getGoals()).thenReturn(List.of("clean", "vaultlint:check"));
        assertEquals("vault-b", mojo.reactorLabel());
        when(mojo.session.getGoals()).thenReturn(List.of("io.github.vaultlint:vaultlint-maven-plugin:0.1.0-SNAPSHOT:check@ci"));
        assertEquals("vault-b", mojo.reactorLabel());
        when(mojo.session.getGoals()).thenReturn(List.of("vaultlint:baseline"));
        assertNull(mojo.reactorLabel());
    }

    private static org.apache.maven.project.MavenProject project(String artifactId, boolean bindsCheck) {
        org.apache.maven.model.Model model = new org.apache.maven.model.Model();
        model.setGroupId("notes");
        model.setArtifactId(artifactId);
        model.setBuild(new org.apache.maven.model.Build());
        if (bindsCheck) {
            Plugin plugin = new Plugin();
            plugin.setGroupId("io.github.vaultlint");
            plugin.setArtifactId("vaultlint-maven-plugin");
            org.apache.maven.model.PluginExecution execution = new org.apache.maven.model.PluginExecution();
            execution.addGoal("check");
            plugin.addExecution(execution);
            model.getBuild().addPlugin(plugin);
        }
        return new org.apache.maven.project.MavenProject(model);
    }

    private static boolean sleep(long ms) throws InterruptedException {
        Thread.sleep(ms);
        return true;
    }

    private static MavenSession sessionWithoutProject(Properties userProperties) {
        MavenSession session = mock(MavenSession.class);
        MavenExecutionRequest request = mock(MavenExecutionRequest.class);
        when(request.isProjectPresent()).thenReturn(false);
        when(session.getRequest()).thenReturn(request);
        when(session.getUserProperties()).thenReturn(userProperties);
        when(session.getSystemProperties()).thenReturn(new Properties());
        return session;
    }

    /** Records every log line as "level message", so tests see exactly what Maven would print. */
    private static List<String> capture(CheckMojo mojo) {
        return capture(mojo, false);
    }

    /** As {@link #capture(CheckMojo)}; with {@code debug}, as under {@code mvn -X}, debug lines too. */
    private static List<String> capture(CheckMojo mojo, boolean debug) {
        List<String> lines = new ArrayList<>();
        mojo.setLog(new SystemStreamLog() {
            @Override
            public void debug(CharSequence content) {
                if (debug) {
                    lines.add("debug " + content);
                }
            }

            @Override
            public void info(CharSequence content) {
                lines.add("info " + content);
            }

            @Override
            public void warn(CharSequence content) {
                lines.add("warn " + content);
            }

            @Override
            public void error(CharSequence content) {
                lines.add("error " + content);
            }

            @Override
            public boolean isDebugEnabled() {
                return debug;
            }
        });
        return lines;
    }

    private static Path fresh(String dir) throws IOException {
        Path p = Path.of(dir);
        if (Files.exists(p)) {
            try (Stream<Path> s = Files.walk(p)) {
                for (Path f : s.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(f);
                }
            }
        }
        return p;
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path f : s.toList()) {
                Path t = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(t);
                } else {
                    Files.copy(f, t);
                }
            }
        }
    }
}
