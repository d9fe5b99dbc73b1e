package io.github.vaultlint.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.github.vaultlint.baseline.Fingerprints;
import io.github.vaultlint.engine.LintOptions;
import io.github.vaultlint.engine.LintResult;
import io.github.vaultlint.engine.Linter;
import io.github.vaultlint.rule.RuleInfo;
import io.github.vaultlint.rule.RuleRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SarifReportTest {

    @Test
    void outputValidatesAgainstTheOfficialSchemaAndCarriesRegionsAndFingerprints(@TempDir Path dir) throws Exception {
        Path vault = dir.resolve("vault");
        Files.createDirectories(vault.resolve("Interviews"));
        Files.writeString(vault.resolve("Interviews/2025-11-17 Acme #1.md"),
                "---\ntitle:\n---\n# Acme\n\nSee [[Missing note]] and [[Other]].\n## ## Stray\n");
        Files.writeString(vault.resolve("Other.md"), "# Other\n");
        LintResult result = new Linter().run(LintOptions.of(vault));
        assertEquals(3, result.findings().size(), result.findings().toString());

        List<RuleInfo> rules = RuleRegistry.builtin().all().stream().map(RuleRegistry.Entry::info).toList();
        Path out = SarifReport.write(result, "0.1.0-SNAPSHOT", rules,
                Fingerprints.compute(result.findings(), new SourceLines(vault)), Set.of(), dir.resolve("out"));

        ObjectMapper mapper = new ObjectMapper();
        JsonNode sarif = mapper.readTree(out.toFile());
        JsonSchema schema;
        try (InputStream in = getClass().getResourceAsStream("/sarif/sarif-schema-2.1.0.json")) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(in);
        }
        Set<ValidationMessage> errors = schema.validate(sarif);
        assertTrue(errors.isEmpty(), "SARIF does not validate: " + errors);

        JsonNode run = sarif.get("runs").get(0);
        assertEquals(rules.size(), run.at("/tool/driver/rules").size());
        JsonNode first = run.at("/tool/driver/rules/0");
        assertTrue(first.at("/shortDescription/text").asText().length() > 10);
        assertTrue(first.at("/fullDescription/text").asText().length() > 10);
        assertTrue(first.at("/help/text").asText().length() > 10);

        JsonNode broken = null;
        for (JsonNode r : run.get("results")) {
            if (r.get("ruleId").asText().equals("broken-link")) {
                broken = r;
            }
        }
        assertEquals("error", broken.get("level").asText());
        JsonNode loc = broken.at("/locations/0/physicalLocation");
        assertEquals("Interviews/2025-11-17%20Acme%20%231.md", loc.at("/artifactLocation/uri").asText());
        assertEquals(6, loc.at("/region/startLine").asInt());
        assertEquals(5, loc.at("/region/startColumn").asInt());
        assertEquals(21, loc.at("/region/endColumn").asInt());
        assertTrue(broken.at("/partialFingerprints/vaultlint~1v1").asText().startsWith("broken-link:Interviews/"));
    }

    @Test
    void vaultPathsAreRelativeReferencesThatResolveToTheirFiles(@TempDir Path dir) throws Exception {
        Path vault = dir.resolve("vault");
        Files.createDirectories(vault.resolve("Inter views"));
        String[] names = {"a:b.md", "#hash?q.md", "Inter views/\u00e9t\u00e9 [1] 50%.md", "c:\\d.md"};
        for (String n : names) {
            Files.writeString(vault.resolve(n), "# N\n\nSee [[Missing note]].\n");
        }
        JsonNode run = lintedRun(vault, dir);
        java.net.URI base = java.net.URI.create(run.at("/originalUriBaseIds/VAULTROOT/uri").asText());
        Set<String> uris = new java.util.TreeSet<>();
        for (JsonNode r : run.get("results")) {
            JsonNode loc = r.at("/locations/0/physicalLocation/artifactLocation");
            assertEquals("VAULTROOT", loc.get("uriBaseId").asText());
            String uri = loc.get("uri").asText();
            java.net.URI ref = java.net.URI.create(uri);
            assertEquals(null, ref.getScheme(), uri + " must not parse as a URI with a scheme");
            assertEquals(null, ref.getFragment(), uri);
            assertEquals(null, ref.getQuery(), uri);
            assertTrue(Files.isRegularFile(Path.of(base.resolve(ref))), uri + " resolves to " + base.resolve(ref));
            uris.add(uri);
        }
        assertEquals(Set.of("a%3Ab.md", "%23hash%3Fq.md", "Inter%20views/%C3%A9t%C3%A9%20%5B1%5D%2050%25.md", "c%3A%5Cd.md"), uris);
        assertEquals("a%3Ab.md", SarifReport.uri("a:b.md"));
    }

    /**
     * A folder and a note named in Latin-1 (an old tool's export): their SARIF URI holds their own
     * bytes percent-encoded (%E9 for é), so it resolves to the file; U+FFFD's bytes would not.
     */
    @Test
    void aNameThatIsNotUtf8KeepsItsOwnBytesInTheUri(@TempDir Path dir) throws Exception {
        Path vault = Files.createDirectories(dir.resolve("vault"));
        Path folder;
        Path note;
        try {
            folder = Files.createDirectories(Path.of(java.net.URI.create(vault.toUri() + "R%E9sum%E9s")));
            note = Files.writeString(Path.of(java.net.URI.create(folder.toUri() + "Caf%E9%20notes.md")), "# Cafe\n\n[[Nowhere]]\n");
        } catch (java.io.IOException | RuntimeException e) {
            org.junit.jupiter.api.Assumptions.abort("this file system does not take names that are not UTF-8: " + e);
            return;
        }
        JsonNode run = lintedRun(vault, dir);
        java.net.URI base = java.net.URI.create(run.at("/originalUriBaseIds/VAULTROOT/uri").asText());
        Set<String> uris = new java.util.TreeSet<>();
        for (JsonNode r : run.get("results")) {
            String uri = r.at("/locations/0/physicalLocation/artifactLocation/uri").asText();
            uris.add(uri);
            if (uri.endsWith(".md")) {
                // (java.net.URI.resolve would decode %E9 as UTF-8, so the reference is appended to the base by hand)
                assertTrue(Files.isSameFile(note, Path.of(java.net.URI.create(base + uri))), uri);
            }
        }
        assertEquals(Set.of("R%E9sum%E9s", "R%E9sum%E9s/Caf%E9%20notes.md"), uris,
                "the folder's and the note's invalid-encoding findings, and the note's broken link");
        assertTrue(run.get("results").size() >= 3, run.get("results").toString());
    }

    @Test
    void baselineStateOnlyWhenABaselineWasCompared(@TempDir Path dir) throws Exception {
        Path vault = dir.resolve("vault");
        Files.createDirectories(vault);
        Files.writeString(vault.resolve("a.md"), "# A\n\n[[Gone]] and [[Away]]\n");
        LintResult result = new Linter().run(LintOptions.of(vault));
        var fps = Fingerprints.compute(result.findings(), new SourceLines(vault));
        ObjectMapper mapper = new ObjectMapper();

        JsonNode plain = mapper.readTree(SarifReport.write(result, "0.1.0-SNAPSHOT", List.of(), fps, null,
                dir.resolve("plain")).toFile()).at("/runs/0/results");
        for (JsonNode r : plain) {
            assertTrue(r.get("baselineState") == null, "no baseline, no baselineState: " + r);
        }
        Set<io.github.vaultlint.rule.Finding> baselined = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        baselined.add(result.findings().get(0));
        JsonNode compared = mapper.readTree(SarifReport.write(result, "0.1.0-SNAPSHOT", List.of(), fps, baselined,
                dir.resolve("compared")).toFile()).at("/runs/0/results");
        assertEquals("unchanged", compared.get(0).get("baselineState").asText());
        assertEquals("new", compared.get(1).get("baselineState").asText());
    }

    @Test
    void inlineSuppressedFindingsAreResultsMarkedSuppressedInSource(@TempDir Path dir) throws Exception {
        Path vault = dir.resolve("vault");
        Files.createDirectories(vault);
        Files.writeString(vault.resolve("a.md"), "# A\n\n%% vaultlint-disable-next-line broken-link %%\n[[Gone]]\n\n[[Gone]]\n");
        Path out = dir.resolve("out");
        io.github.vaultlint.engine.Check.Outcome o = new io.github.vaultlint.engine.Check(new Linter()).run(
                new io.github.vaultlint.engine.Check.Options(LintOptions.of(vault), out,
                        java.util.EnumSet.of(io.github.vaultlint.engine.Format.SARIF, io.github.vaultlint.engine.Format.JSON),
                        io.github.vaultlint.rule.Severity.ERROR, 0, null, false, false, java.util.Map.of()));
        assertEquals(1, o.gated(), "a suppressed finding never gates");
        assertEquals(1, o.result().findings().size());
        assertEquals(1, o.result().suppressedFindings().size());

        ObjectMapper mapper = new ObjectMapper();
        JsonNode sarif = mapper.readTree(out.resolve(SarifReport.FILE).toFile());
        JsonSchema schema;
        try (InputStream in = getClass().getResourceAsStream("/sarif/sarif-schema-2.1.0.json")) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(in);
        }
        Set<ValidationMessage> errors = schema.validate(sarif);
        assertTrue(errors.isEmpty(), "SARIF does not validate: " + errors);

        JsonNode results = sarif.at("/runs/0/results");
        assertEquals(2, results.size(), results::toString);
        JsonNode suppressed = results.get(0);
        assertEquals("broken-link", suppressed.get("ruleId").asText());
        assertEquals("error", suppressed.get("level").asText(), "the rule's level is kept");
        assertEquals(4, suppressed.at("/locations/0/physicalLocation/region/startLine").asInt());
        assertEquals("a.md", suppressed.at("/locations/0/physicalLocation/artifactLocation/uri").asText());
        assertEquals("inSource", suppressed.at("/suppressions/0/kind").asText());
        JsonNode open = results.get(1);
        assertEquals(6, open.at("/locations/0/physicalLocation/region/startLine").asInt());
        assertTrue(open.get("suppressions") == null, open::toString);
        String fp1 = suppressed.at("/partialFingerprints").elements().next().asText();
        String fp2 = open.at("/partialFingerprints").elements().next().asText();
        assertTrue(!fp1.equals(fp2), "same rule, note and text: still two fingerprints " + fp1);
        assertEquals(o.data().fingerprints().get(o.result().findings().get(0)), fp2, "the open finding keeps its fingerprint");

        // The JSON report's findings are unchanged: only the open one, the suppressed counted.
        JsonNode json = mapper.readTree(out.resolve("vaultlint.json").toFile());
        assertEquals(1, json.get("findings").size());
        assertEquals(1, json.at("/summary/suppressed").asInt(), json.get("summary")::toString);
    }

    private static JsonNode sarifOfCheck(Path vault, Path out, java.util.Map<String, String> env) throws Exception {
        new io.github.vaultlint.engine.Check(new Linter()).run(new io.github.vaultlint.engine.Check.Options(LintOptions.of(vault), out,
                java.util.EnumSet.of(io.github.vaultlint.engine.Format.SARIF), null, 0, null, false, false, env));
        JsonNode sarif = new ObjectMapper().readTree(out.resolve(SarifReport.FILE).toFile());
        try (InputStream in = SarifReportTest.class.getResourceAsStream("/sarif/sarif-schema-2.1.0.json")) {
            Set<ValidationMessage> errors = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(in).validate(sarif);
            assertTrue(errors.isEmpty(), "SARIF does not validate: " + errors);
        }
        return sarif.at("/runs/0");
    }

    @Test
    void aVaultBelowTheGithubWorkspaceGetsRepoRelativeUris(@TempDir Path dir) throws Exception {
        Path ws = dir.resolve("ws");
        Path vault = ws.resolve("notes");
        Files.createDirectories(vault.resolve("Notes"));
        Files.writeString(vault.resolve("Notes/a b.md"), "# A\n\n[[Gone]]\n");

        // Below the workspace: repo-relative, as the annotations say (file=notes/Notes/a b.md).
        JsonNode run = sarifOfCheck(vault, dir.resolve("out1"), java.util.Map.of("GITHUB_WORKSPACE", ws.toString()));
        JsonNode loc = run.at("/results/0/locations/0/physicalLocation/artifactLocation");
        assertEquals("notes/Notes/a%20b.md", loc.get("uri").asText());
        assertEquals(SarifReport.SRCROOT, loc.get("uriBaseId").asText());
        java.net.URI base = java.net.URI.create(run.at("/originalUriBaseIds/%SRCROOT%/uri").asText());
        assertEquals(ws.toUri(), base);
        assertTrue(Files.isRegularFile(Path.of(base.resolve(loc.get("uri").asText()))));
        assertTrue(run.at("/originalUriBaseIds/VAULTROOT").isMissingNode(), run.get("originalUriBaseIds")::toString);

        // No workspace, the vault is the workspace, or the vault is outside it: vault-relative, as before.
        for (java.util.Map<String, String> env : List.of(java.util.Map.<String, String>of(),
                java.util.Map.of("GITHUB_WORKSPACE", vault.toString()), java.util.Map.of("GITHUB_WORKSPACE", dir.resolve("elsewhere").toString()))) {
            JsonNode plain = sarifOfCheck(vault, dir.resolve("out-" + env.size() + env.hashCode()), env);
            JsonNode l = plain.at("/results/0/locations/0/physicalLocation/artifactLocation");
            assertEquals("Notes/a%20b.md", l.get("uri").asText(), env::toString);
            assertEquals("VAULTROOT", l.get("uriBaseId").asText());
            assertEquals(vault.toUri().toString(), plain.at("/originalUriBaseIds/VAULTROOT/uri").asText());
        }
    }

    @Test
    void aWorkspaceOrVaultGivenThroughASymbolicLinkStillGetsRepoRelativePaths(@TempDir Path dir) throws Exception {
        Path ws = dir.resolve("ws");
        Path vault = ws.resolve("notes");
        Files.createDirectories(vault);
        Files.writeString(vault.resolve("a.md"), "# A\n\n[[Gone]]\n");
        Path wsLink;
        try {
            wsLink = Files.createSymbolicLink(dir.resolve("ws-link"), ws);
        } catch (UnsupportedOperationException | java.io.IOException e) {
            org.junit.jupiter.api.Assumptions.abort("no symbolic links here: " + e);
            return;
        }
        // The runner's workspace is a link to where the checkout really is; the vault is named by its real path,
        // and the other way round.
        for (String[] c : new String[][] {{wsLink.toString(), vault.toString()}, {ws.toString(), wsLink.resolve("notes").toString()}}) {
            Path out = dir.resolve("out" + c[0].length() + "-" + c[1].length());
            java.util.Map<String, String> env = java.util.Map.of("GITHUB_WORKSPACE", c[0]);
            io.github.vaultlint.engine.Check.Outcome o = new io.github.vaultlint.engine.Check(new Linter()).run(
                    new io.github.vaultlint.engine.Check.Options(LintOptions.of(Path.of(c[1])), out,
                            java.util.EnumSet.of(io.github.vaultlint.engine.Format.SARIF, io.github.vaultlint.engine.Format.GITHUB),
                            null, 0, null, false, false, env));
            assertTrue(o.stdout().stream().anyMatch(l -> l.startsWith("::error file=notes/a.md,line=3,")), o.stdout()::toString);
            JsonNode run = sarifOfCheck(Path.of(c[1]), out, env);
            JsonNode loc = run.at("/results/0/locations/0/physicalLocation/artifactLocation");
            assertEquals("notes/a.md", loc.get("uri").asText(), java.util.Arrays.toString(c));
            assertEquals(SarifReport.SRCROOT, loc.get("uriBaseId").asText());
            java.net.URI base = java.net.URI.create(run.at("/originalUriBaseIds/%SRCROOT%/uri").asText());
            assertTrue(Files.isRegularFile(Path.of(base.resolve(loc.get("uri").asText()))), base::toString);
        }
    }

    /** The vault linted with every rule, its SARIF written under dir/out, and that file's only run. */
    /**
     * A note whose lines end in a lone CR (an old Mac export): vaultlint counts them as lines, so the
     * run says so; SARIF's default line breaks (CRLF and LF) would put the finding on line 1.
     */
    @Test
    void theLineBreaksTheLinesWereCountedByAreDeclared(@TempDir Path dir) throws Exception {
        Path vault = Files.createDirectories(dir.resolve("vault"));
        String text = "# Old Mac\r\rNotes\rSee [[Gone]].\r";
        Files.writeString(vault.resolve("mac.md"), text);
        JsonNode run = lintedRun(vault, dir);
        List<String> breaks = new java.util.ArrayList<>();
        run.get("newlineSequences").forEach(n -> breaks.add(n.asText()));
        assertEquals(List.of("\r\n", "\n", "\r"), breaks);
        JsonNode region = run.at("/results/0/locations/0/physicalLocation/region");
        // The region, read with the declared line breaks, is the link.
        String[] lines = text.split(String.join("|", breaks.stream().map(java.util.regex.Pattern::quote).toList()), -1);
        String line = lines[region.get("startLine").asInt() - 1];
        assertEquals("[[Gone]]", line.substring(region.get("startColumn").asInt() - 1, region.get("endColumn").asInt() - 1));
    }

    private static JsonNode lintedRun(Path vault, Path dir) throws Exception {
        LintResult result = new Linter().run(LintOptions.of(vault));
        Path out = SarifReport.write(result, "0.1.0-SNAPSHOT", List.of(),
                Fingerprints.compute(result.findings(), new SourceLines(vault)), Set.of(), dir.resolve("out"));
        return new ObjectMapper().readTree(out.toFile()).get("runs").get(0);
    }
}
