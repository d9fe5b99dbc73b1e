package io.github.vaultlint.bench;

import io.github.vaultlint.engine.Check;
import io.github.vaultlint.engine.Format;
import io.github.vaultlint.engine.LintOptions;
import io.github.vaultlint.engine.Linter;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

/**
 * Times a whole check (every rule, the analysis, JSON and HTML) in one JVM, several rounds, to
 * separate the cold first run (what a Maven build sees) from steady-state cost.
 * With {@code --cache} the rounds share a note cache (the first fills it), as repeated builds do.
 * The goal's cold-JVM tuning (fastStart) applies as in a build: C2 stays out while the JVM is under a
 * minute old, and what got hot in the first round stays C1-compiled, so later rounds show C1's
 * steady state. With {@code --no-fast-start} C2 compiles as it would without the tuning.
 * With {@code --out <dir>} the reports (vaultlint.json, vaultlint.html) are written there instead of a
 * temp folder, e.g. to compare the JSON of two builds byte for byte.
 * Usage: {@code java -cp ... io.github.vaultlint.bench.EngineTimer <vault> [rounds] [--cache] [--no-fast-start] [--out <dir>]}
 */
public final class EngineTimer {
    private EngineTimer() {
    }

    public static void main(String[] args) throws Exception {
        Path vault = Path.of(args[0]);
        int rounds = args.length > 1 && !args[1].startsWith("--") ? Integer.parseInt(args[1]) : 3;
        boolean cache = List.of(args).contains("--cache");
        int outAt = List.of(args).indexOf("--out");
        Path out = outAt >= 0 ? Files.createDirectories(Path.of(args[outAt + 1])) : Files.createTempDirectory("vaultlint-timer");
        LintOptions lint = LintOptions.of(vault).withCache(cache ? out.resolve("cache") : null).withLog(System.out::println)
                .withFastStart(!List.of(args).contains("--no-fast-start"));
        for (int i = 1; i <= rounds; i++) {
            long t0 = System.nanoTime();
            Check.Outcome o = new Check(new Linter()).run(new Check.Options(lint, out,
                    EnumSet.of(Format.JSON, Format.HTML), null, 0, null, false, false, Map.of()));
            long ms = (System.nanoTime() - t0) / 1_000_000;
            System.out.println("round " + i + ": " + ms + " ms " + o.result().timings() + ", findings " + o.result().findings().size()
                    + ", html " + Files.size(out.resolve("vaultlint.html")) / 1024 + " KB");
        }
    }
}
