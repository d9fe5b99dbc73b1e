package io.github.vaultlint.engine;

import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * What to lint. {@code configFile} null means {@code <vault>/.vaultlint.yml} if present;
 * {@code configRequired} makes a missing explicit config an error. {@code threads} &lt;= 0 uses
 * one thread per core. {@code cacheDir} is where parsed notes are cached between runs (null: no
 * cache); {@code log} receives debug notes on what the engine did (the cache's hits, why a cache
 * was ignored), and may be null. {@code fastStart} keeps the C2 JIT compiler out of a check in a
 * freshly started JVM (see {@link ColdJvm}); off by default for callers that embed the engine.
 * {@code outputDir} is where the reports of this check go (null: nowhere); when it is a folder
 * inside the vault the walk skips it, as it skips {@code target/}, so a re-run does not count the
 * last run's reports and cache as vault files.
 */
public record LintOptions(Path vault, Path configFile, boolean configRequired, int threads, Path cacheDir,
                          Consumer<String> log, boolean fastStart, Path outputDir) {

    public LintOptions(Path vault, Path configFile, boolean configRequired, int threads) {
        this(vault, configFile, configRequired, threads, null, null, false, null);
    }

    public LintOptions(Path vault, Path configFile, boolean configRequired, int threads, Path cacheDir,
                       Consumer<String> log, boolean fastStart) {
        this(vault, configFile, configRequired, threads, cacheDir, log, fastStart, null);
    }

    public static LintOptions of(Path vault) {
        return new LintOptions(vault, null, false, 0);
    }

    public Path effectiveConfig() {
        return configFile != null ? configFile : vault.resolve(".vaultlint.yml");
    }

    /** The same options with parsed notes cached in {@code dir} (null turns the cache off). */
    public LintOptions withCache(Path dir) {
        return new LintOptions(vault, configFile, configRequired, threads, dir, log, fastStart, outputDir);
    }

    /** The same options with debug notes going to {@code sink}. */
    public LintOptions withLog(Consumer<String> sink) {
        return new LintOptions(vault, configFile, configRequired, threads, cacheDir, sink, fastStart, outputDir);
    }

    /** The same options with the cold-JVM tuning of {@link ColdJvm} on or off. */
    public LintOptions withFastStart(boolean on) {
        return new LintOptions(vault, configFile, configRequired, threads, cacheDir, log, on, outputDir);
    }

    /** The same options with the reports going to {@code dir}, which the walk skips when it is inside the vault. */
    public LintOptions withOutput(Path dir) {
        return new LintOptions(vault, configFile, configRequired, threads, cacheDir, log, fastStart, dir);
    }
}
