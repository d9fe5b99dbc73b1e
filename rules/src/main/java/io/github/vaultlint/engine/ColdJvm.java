package io.github.vaultlint.engine;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import javax.management.MBeanServer;
import javax.management.ObjectName;

/**
 * Keeps HotSpot's C2 compiler out of a check that runs in a freshly started JVM, such as the one
 * {@code mvn} starts for a build.
 *
 * <p>Why: a check is a few seconds of work. On two cores, C2's compiles of the parser's and the
 * rules' hot loops took more CPU than the check itself (4.5 s of C2 compile time during a 4 s check
 * of 10k notes) and landed too late to pay off. C1 alone, as with {@code -XX:TieredStopAtLevel=1}
 * on the command line, halves such a run; see docs/performance.md. A plugin cannot pass JVM flags, so
 * this adds a compiler directive that excludes C2, the way {@code jcmd <pid> Compiler.directives_add}
 * does, and removes it when the check ends. Methods that became hot during the check stay
 * C1-compiled for the rest of the JVM's life.
 *
 * <p>The directive matches every method, the JDK's included (they are most of what a check runs):
 * whatever runs in the JVM while the check does is kept at C1 for good. The Maven goal therefore
 * turns it off for parallel builds ({@code -T}) and in the Maven daemon (mvnd). It also does nothing
 * in a JVM that has already run for a minute (an IDE, a long reactor build), where C2's code has
 * time to pay off; on a JVM without the DiagnosticCommand MBean (not HotSpot); or when turned off
 * ({@code vaultlint.fastStart=false}). Failures are only logged: this is a speed-up, never a reason
 * for a check to fail.
 */
final class ColdJvm implements AutoCloseable {
    /** A JVM older than this is warm: C2 has time to pay off there. */
    static final long FRESH_MILLIS = 60_000;
    private static final String DIRECTIVE = "[{ match: [\"*.*\"], c2: { Exclude: true } }]";
    private static final String[] SIGNATURE = {String[].class.getName()};

    private final Thread adding;
    private final Consumer<String> log;
    private volatile boolean added;

    private ColdJvm(Thread adding, Consumer<String> log) {
        this.adding = adding;
        this.log = log;
    }

    /**
     * Starts adding the directive on a background thread (loading the MBean server takes about
     * 100 ms; the check does not wait for it). {@link #close()} removes it again.
     */
    static ColdJvm start(boolean enabled, Consumer<String> log) {
        if (!enabled) {
            return new ColdJvm(null, s -> { });
        }
        long uptime;
        try {
            uptime = ManagementFactory.getRuntimeMXBean().getUptime();
        } catch (RuntimeException | LinkageError e) {
            return new ColdJvm(null, s -> { }); // no management API (a trimmed runtime): leave the JIT alone
        }
        return start(true, log, uptime);
    }

    static ColdJvm start(boolean enabled, Consumer<String> log, long uptimeMillis) {
        Consumer<String> sink = log == null ? s -> { } : log;
        if (!enabled || uptimeMillis > FRESH_MILLIS) {
            return new ColdJvm(null, sink);
        }
        ColdJvm[] self = new ColdJvm[1];
        Thread t = new Thread(() -> self[0].add(), "vaultlint-jit");
        t.setDaemon(true);
        self[0] = new ColdJvm(t, sink);
        t.start();
        return self[0];
    }

    private void add() {
        Path file = null;
        try {
            file = Files.createTempFile("vaultlint-jit", ".json");
            Files.writeString(file, DIRECTIVE);
            // A failed add does not throw: the command answers with text ("Could not load file", a full
            // directive stack). Only a confirmed add may be removed later, or close() would pop
            // a directive someone else pushed.
            String answer = String.valueOf(invoke("compilerDirectivesAdd", file.toString()));
            if (!answer.contains("1 compiler directives added")) {
                log.accept("vaultlint: could not tune the JIT for a short run (" + answer.strip() + "); the check runs as usual");
                return;
            }
            added = true;
            log.accept("vaultlint: C2 compiler off for this check in a fresh JVM (vaultlint.fastStart=false keeps it)");
        } catch (Exception | LinkageError e) {
            log.accept("vaultlint: could not tune the JIT for a short run (" + e + "); the check runs as usual");
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (Exception ignored) {
                    // a temp file left behind costs nothing
                }
            }
        }
    }

    /** Whether the directive is in force (for tests). */
    boolean active() throws InterruptedException {
        if (adding != null) {
            adding.join();
        }
        return added;
    }

    @Override
    public void close() {
        if (adding == null) {
            return;
        }
        // Wait for the add even when interrupted: a directive added after we gave up would stay.
        boolean interrupted = false;
        while (true) {
            try {
                adding.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        try {
            if (added) {
                invoke("compilerDirectivesRemove");
                added = false;
            }
        } catch (Exception | LinkageError e) {
            log.accept("vaultlint: could not remove the JIT directive (" + e + ")");
        }
    }

    private static Object invoke(String operation, String... args) throws Exception {
        MBeanServer server = ManagementFactory.getPlatformMBeanServer();
        return server.invoke(new ObjectName("com.sun.management:type=DiagnosticCommand"), operation,
                new Object[] {args}, SIGNATURE);
    }

    /** The directives in force, as {@code jcmd Compiler.directives_print} shows them (for tests). */
    static String directives() throws Exception {
        return String.valueOf(invoke("compilerDirectivesPrint"));
    }
}
