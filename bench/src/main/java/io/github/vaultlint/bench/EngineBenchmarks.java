package io.github.vaultlint.bench;

import io.github.vaultlint.Version;
import io.github.vaultlint.engine.LintOptions;
import io.github.vaultlint.engine.LintResult;
import io.github.vaultlint.engine.Linter;
import io.github.vaultlint.link.LinkResolver;
import io.github.vaultlint.parse.NoteParser;
import io.github.vaultlint.report.HtmlReport;
import io.github.vaultlint.report.ReportData;
import io.github.vaultlint.vault.Link;
import io.github.vaultlint.vault.Note;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * JMH benchmarks for the hot paths on a generated vault: parsing every note, resolving every link
 * through the index, and rendering the HTML report. Run with {@code bench/jmh.sh}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class EngineBenchmarks {

    @Param({"10000"})
    public int notes;

    private Path vault;
    private List<String[]> texts; // {path, text}
    private NoteParser parser;
    private LintResult result;
    private LinkResolver resolver;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        vault = Files.createTempDirectory("vaultlint-jmh");
        new VaultGenerator(42, notes, 5).generate(vault);
        try (Stream<Path> s = Files.walk(vault)) {
            texts = s.filter(p -> p.toString().endsWith(".md")).sorted()
                    .map(p -> new String[] {vault.relativize(p).toString(), read(p)}).toList();
        }
        parser = new NoteParser();
        result = new Linter().run(LintOptions.of(vault));
        resolver = new LinkResolver(result.index());
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        try (Stream<Path> s = Files.walk(vault)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    /** Parse every note of the vault on one thread (the engine parallelises this across cores). */
    @Benchmark
    public void parseAll(Blackhole bh) {
        for (String[] t : texts) {
            bh.consume(parser.parse(t[0], true, t[1]));
        }
    }

    /** Resolve every link of the vault (about 5 per note) through the index. */
    @Benchmark
    public void resolveAll(Blackhole bh) {
        for (Note n : result.index().notes()) {
            for (Link l : n.links()) {
                bh.consume(resolver.resolve(n, l));
            }
        }
    }

    /** Render the HTML report of a full run. */
    @Benchmark
    public void renderHtml(Blackhole bh) throws IOException {
        StringWriter w = new StringWriter(1 << 20);
        HtmlReport.render(new ReportData(result, Version.get(), Map.of(), null, Set.of()), w);
        bh.consume(w.getBuffer().length());
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
