package io.github.vaultlint.daemon;

import io.github.vaultlint.config.ConfigException;
import io.github.vaultlint.engine.Check;
import io.github.vaultlint.engine.Format;
import io.github.vaultlint.engine.LintOptions;
import io.github.vaultlint.engine.Linter;
import io.github.vaultlint.rule.Severity;
import io.github.vaultlint.util.IoProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The daemon answers exactly as a build's own JVM would, and never makes a build fail or hang that
 * would have passed without it: busy, silent, broken or unreachable daemons all mean a check in the
 * build's JVM.
 */
class DaemonTest {
    private final List<String> log = Collections.synchronizedList(new ArrayList<>());
    private final ByteArrayOutputStream daemonLog = new ByteArrayOutputStream();

    private static Path vault(Path dir) throws IOException {
        Path vault = dir.resolve("vault");
        Files.createDirectories(vault.resolve("Interviews"));
        Files.writeString(vault.resolve("Topics.md"), "# Topics\n\n## Kubernetes\n\nSee [[Interviews/Acme#Round 2]] and [[Nowhere]].\n");
        Files.writeString(vault.resolve("Interviews/Acme.md"), """
                ---
                type: interview
                company: Acme
                date: 2025-03-01
                ---
                # Acme

                ## What I was asked
                Kubernetes networking.

                ## How I responded
                Talked about services.

                ## What was weak
                - Kubernetes: could not explain ingress

                ## How I should improve
                - [ ] Read the ingress docs
                """);
        return vault;
    }

    private Check.Options options(Path vault, Path out) {
        return new Check.Options(LintOptions.of(vault).withCache(out.resolve("cache")).withLog(log::add), out,
                EnumSet.of(Format.CONSOLE, Format.JSON, Format.HTML), Severity.ERROR, 0, null, false, false, Map.of());
    }

    /** A daemon folder as the client makes one: its owner's only. */
    private static Path ownerOnly(Path home) throws IOException {
        Files.createDirectories(home);
        Files.setPosixFilePermissions(home, PosixFilePermissions.fromString("rwx------"));
        return home;
    }

    private DaemonServer server(Path home, Duration idle) throws IOException {
        ownerOnly(home);
        return DaemonServer.startInThisJvm(Endpoint.of(home), idle, new PrintStream(daemonLog, true, StandardCharsets.UTF_8));
    }

    private String daemonLog() {
        return daemonLog.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aCheckInTheDaemonGivesWhatTheBuildsOwnJvmGives(@TempDir Path dir) throws Exception {
        Path vault = vault(dir);
        Check.Verdict own = new Check(new Linter()).run(options(vault, dir.resolve("own"))).verdict();
        String ownJson = Files.readString(dir.resolve("own/vaultlint.json"));
        assertTrue(own.failed(), "the broken link fails the gate");

        try (DaemonServer d = server(dir.resolve("home"), Duration.ofMinutes(1))) {
            log.clear();
            Check.Verdict served = DaemonClient.check(options(vault, dir.resolve("served")), new DaemonClient.Settings(dir.resolve("home"), Duration.ofMinutes(1)));

            assertTrue(log.contains("vaultlint: checked in the vaultlint daemon (" + Endpoint.of(dir.resolve("home")).socket() + ")"), log::toString);
            String ownDir = dir.resolve("own").toString();
            String servedDir = dir.resolve("served").toString();
            assertEquals(own.console().stream().map(l -> new Check.Line(l.level(), l.text().replace(ownDir, servedDir), l.detail())).toList(),
                    served.console());
            assertEquals(own.stdout(), served.stdout());
            assertEquals(own.failure().replace(ownDir, servedDir), served.failure());
            assertEquals(own.timings().keySet(), served.timings().keySet());
            assertNull(own.heap(), "a build's own check: the build measures its heap");
            assertTrue(served.heap() != null && served.heap().where().equals("the vaultlint daemon (pid " + ProcessHandle.current().pid() + ")")
                    && served.heap().peak() >= served.heap().used() && served.heap().used() > 0, "the daemon's heap, named: " + served.heap());
            assertEquals(ownJson, Files.readString(dir.resolve("served/vaultlint.json")), "the daemon wrote the same report");
            assertTrue(log.stream().anyMatch(l -> l.contains("notes.bin")), "the engine's log lines reach the build: " + log);
            assertTrue(waitFor(() -> daemonLog().contains("checked " + vault + " in "), Duration.ofSeconds(10)), daemonLog()); // logged after the answer

            // A second build: the note cache the first one left is used, as in a build's own JVM.
            Files.writeString(vault.resolve("Topics.md"), "# Topics\n\nNothing broken.\n");
            log.clear();
            Check.Verdict again = DaemonClient.check(options(vault, dir.resolve("served")), new DaemonClient.Settings(dir.resolve("home"), Duration.ofMinutes(1)));
            assertFalse(again.failed(), again.console()::toString);
            assertTrue(log.stream().anyMatch(l -> l.contains("1 of 2 notes reused, 1 parsed")), log::toString);
        }
    }

    @Test
    void configurationAndIoFailuresAreTheSameAsInTheBuildsOwnJvm(@TempDir Path dir) throws Exception {
        Path vault = vault(dir);
        Path home = dir.resolve("home");
        try (DaemonServer d = server(home, Duration.ofMinutes(1))) {
            Files.writeString(vault.resolve(".vaultlint.yml"), "rules:\n  broken-lnk: error\n");
            ConfigException own = assertThrows(ConfigException.class, () -> new Check(new Linter()).run(options(vault, dir.resolve("o1"))));
            ConfigException served = assertThrows(ConfigException.class,
                    () -> DaemonClient.check(options(vault, dir.resolve("o2")), new DaemonClient.Settings(home, Duration.ofMinutes(1))));
            assertEquals(own.getMessage(), served.getMessage());
            assertTrue(served.getMessage().contains("broken-link"), "did you mean survives: " + served.getMessage());

            Files.delete(vault.resolve(".vaultlint.yml"));
            Path blocked = dir.resolve("blocked");
            Files.writeString(blocked, "a file where the reports' folder should be");
            IOException ownIo = assertThrows(IOException.class, () -> new Check(new Linter()).run(options(vault, blocked)));
            IOException servedIo = assertThrows(IOException.class,
                    () -> DaemonClient.check(options(vault, blocked), new DaemonClient.Settings(home, Duration.ofMinutes(1))));
            assertEquals(IoProblem.describe(ownIo), IoProblem.describe(servedIo));
            assertFalse(d.isClosed(), "a failed check does not stop the daemon");
        }
    }

    @Test
    void aBusyDaemonMeansACheckInTheBuildsOwnJvm(@TempDir Path dir) throws Exception {
        Path vault = vault(dir);
        Path home = dir.resolve("home");
        try (DaemonServer d = server(home, Duration.ofMinutes(1)); AutoCloseable busy = d.occupy()) {
            Check.Verdict v = DaemonClient.check(options(vault, dir.resolve("out")), new DaemonClient.Settings(home, Duration.ofMinutes(1)));

            assertTrue(v.failed());
            assertTrue(log.contains("vaultlint: the daemon is busy (another build, or its warm-up); checking in this JVM"), log::toString);
            assertTrue(Files.isRegularFile(dir.resolve("out/vaultlint.json")));
            assertFalse(daemonLog().contains("checked "), "the daemon did not run it");
        }
    }

    @Test
    void aSilentDaemonIsGivenUpOnAndLosesItsSocket(@TempDir Path dir) throws Exception {
        Path vault = vault(dir);
        Path home = ownerOnly(dir.resolve("home"));
        Path socket = Endpoint.of(home).socket();
        try (SilentDaemon hung = new SilentDaemon(socket, () -> { })) {
            Check.Verdict v = DaemonClient.check(options(vault, dir.resolve("out")), new DaemonClient.Settings(home, Duration.ofMinutes(1)));

            assertTrue(v.failed(), "checked in this JVM all the same");
            assertTrue(log.stream().anyMatch(l -> l.startsWith("vaultlint: the daemon was silent for ") && l.contains("; checking in this JVM")), log::toString);
            assertFalse(Files.exists(socket), "the next build does not wait for it again");
        }
    }

    /**
     * A frozen daemon (stopped, or in a endless pause) accepts no connection: once its backlog is full,
     * a connect waits for it forever. The watchdog covers the connect too, and a ping (a new daemon
     * asking whether one already serves) is not answered forever either.
     */
    @Test
    void aFrozenDaemonWithAFullBacklogDoesNotHangTheBuild(@TempDir Path dir) throws Exception {
        Path vault = vault(dir);
        Path home = ownerOnly(dir.resolve("home"));
        Path socket = Endpoint.of(home).socket();
        List<SocketChannel> waiting = new ArrayList<>();
        try (AutoCloseable patience = shortPatience(); ServerSocketChannel frozen = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            frozen.bind(UnixDomainSocketAddress.of(socket), 1); // and never accepts
            for (int i = 0; i < 100; i++) {
                SocketChannel c = SocketChannel.open(StandardProtocolFamily.UNIX);
                c.configureBlocking(false);
                waiting.add(c);
                try {
                    c.connect(UnixDomainSocketAddress.of(socket));
                } catch (IOException full) {
                    break; // the backlog is full: a blocking connect would now wait
                }
            }

            java.util.concurrent.CompletableFuture<Check.Verdict> build = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
                try {
                    return DaemonClient.check(options(vault, dir.resolve("out")), new DaemonClient.Settings(home, Duration.ofMinutes(1)));
                } catch (Exception e) {
                    throw new java.util.concurrent.CompletionException(e);
                }
            });
            Check.Verdict v = build.get(20, TimeUnit.SECONDS);

            assertTrue(v.failed(), "checked in this JVM all the same");
            assertTrue(log.stream().anyMatch(l -> l.startsWith("vaultlint: the daemon was silent for ")), log::toString);
        } finally {
            for (SocketChannel c : waiting) {
                c.close();
            }
        }
    }

    @Test
    void aPingToASilentDaemonGivesUp(@TempDir Path dir) throws Exception {
        Path socket = dir.resolve("s.sock");
        try (SilentDaemon hung = new SilentDaemon(socket, () -> { })) {
            java.util.concurrent.CompletableFuture<Long> ping = java.util.concurrent.CompletableFuture.supplyAsync(() -> DaemonClient.ping(socket));
            assertEquals(null, ping.get(20, TimeUnit.SECONDS));
        }
    }

    /** Taking a silent daemon's socket away is a courtesy to the next build: when it fails, this build goes on. */
    @Test
    void aSilentDaemonWhoseSocketCannotBeRemovedStillMeansACheckInTheBuildsOwnJvm(@TempDir Path dir) throws Exception {
        Path vault = vault(dir);
        Path home = ownerOnly(dir.resolve("home"));
        Path socket = Endpoint.of(home).socket();
        try (SilentDaemon hung = new SilentDaemon(socket, () -> {
            Files.delete(socket); // something the build cannot remove now stands there
            Files.createDirectories(socket.resolve("in-the-way"));
        })) {
            Check.Verdict v = DaemonClient.check(options(vault, dir.resolve("out")), new DaemonClient.Settings(home, Duration.ofMinutes(1)));

            assertTrue(v.failed(), "checked in this JVM: the broken link fails the gate");
            assertTrue(log.stream().anyMatch(l -> l.startsWith("vaultlint: the daemon was silent for ")), log::toString);
        }
    }

    @Test
    void aDaemonThatAnswersNonsenseMeansACheckInTheBuildsOwnJvm(@TempDir Path dir) throws Exception {
        Path vault = vault(dir);
        Path home = ownerOnly(dir.resolve("home"));
        try (ServerSocketChannel odd = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            odd.bind(UnixDomainSocketAddress.of(Endpoint.of(home).socket()));
            Thread t = new Thread(() -> {
                try (SocketChannel c = odd.accept()) {
                    c.read(java.nio.ByteBuffer.allocate(5)); // the request's start
                    c.write(java.nio.ByteBuffer.wrap(new byte[] {99}));
                    Thread.sleep(2000);
                } catch (IOException | InterruptedException ignored) {
                    // the client has gone
                }
            });
            t.setDaemon(true);
            t.start();

            Check.Verdict v = DaemonClient.check(options(vault, dir.resolve("out")), new DaemonClient.Settings(home, Duration.ofMinutes(1)));

            assertTrue(v.failed());
            assertTrue(log.stream().anyMatch(l -> l.contains("the daemon stopped answering") && l.contains("unknown frame 99")), log::toString);
        }
    }

    /**
     * A daemon whose check ended in an engine bug or an Error of its own JVM (out of memory in a heap
     * that earlier checks left fragmented, a class its replaced jar no longer has) is a broken daemon:
     * the build checks in its own JVM, and fails only if that check fails, with the same message.
     */
    @Test
    void aDaemonWhoseCheckFailedWithABugMeansACheckInTheBuildsOwnJvm(@TempDir Path dir) throws Exception {
        Path vault = vault(dir);
        Files.writeString(vault.resolve("Topics.md"), "# Topics\n\nNothing broken.\n");
        Path home = ownerOnly(dir.resolve("home"));
        try (ServerSocketChannel broken = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            broken.bind(UnixDomainSocketAddress.of(Endpoint.of(home).socket()));
            Thread t = new Thread(() -> {
                try (SocketChannel c = broken.accept()) {
                    c.read(java.nio.ByteBuffer.allocate(5)); // the request's start
                    java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream();
                    DataOutputStream out = new DataOutputStream(b);
                    out.writeByte(Wire.FAILED);
                    out.writeByte(Wire.FAILED_BUG);
                    Wire.writeString(out, "java.lang.OutOfMemoryError: Java heap space (the daemon's log has the stack trace)");
                    c.write(java.nio.ByteBuffer.wrap(b.toByteArray()));
                    Thread.sleep(2000);
                } catch (IOException | InterruptedException ignored) {
                    // the client has gone
                }
            });
            t.setDaemon(true);
            t.start();

            Check.Verdict own = new Check(new Linter()).run(options(vault, dir.resolve("own"))).verdict();
            log.clear();
            Check.Verdict v = DaemonClient.check(options(vault, dir.resolve("out")), new DaemonClient.Settings(home, Duration.ofMinutes(1)));

            assertFalse(v.failed(), "the vault is clean: the daemon's failure is not the build's");
            assertEquals(own.console().size(), v.console().size());
            assertTrue(Files.isRegularFile(dir.resolve("out/vaultlint.json")), "checked in this JVM");
            assertTrue(log.stream().anyMatch(l -> l.startsWith("vaultlint: the daemon failed (java.lang.OutOfMemoryError")
                    && l.endsWith("; checking in this JVM")), log::toString);
        }
    }

    /**
     * The daemon runs in its own working folder: a relative GITHUB_STEP_SUMMARY (or GITHUB_WORKSPACE)
     * would be resolved there, not where the build runs, so such a build checks in its own JVM.
     */
    @Test
    void aRelativePathInTheEnvironmentMeansACheckInTheBuildsOwnJvm(@TempDir Path dir) throws Exception {
        Path vault = vault(dir);
        Path home = dir.resolve("home");
        String summary = "target/vaultlint-daemon-test-" + ProcessHandle.current().pid() + "/summary.md";
        try (DaemonServer d = server(home, Duration.ofMinutes(1))) {
            Check.Options base = options(vault, dir.resolve("out"));
            Check.Options o = new Check.Options(base.lint(), base.outputDir(), base.formats(), base.failOn(), base.maxAllowed(),
                    null, false, false, Map.of("GITHUB_ACTIONS", "true", "GITHUB_STEP_SUMMARY", summary));

            Check.Verdict v = DaemonClient.check(o, new DaemonClient.Settings(home, Duration.ofMinutes(1)));

            assertTrue(v.failed());
            assertTrue(log.contains("vaultlint: daemon not used: GITHUB_STEP_SUMMARY=" + summary + " is a relative path, which the daemon "
                    + "would resolve in its own working folder; checking in this JVM"), log::toString);
            assertFalse(daemonLog().contains("checked "), "the daemon did not run it");
        }
        assertEquals(null, DaemonClient.relativePath(options(vault, dir.resolve("out"))), "absolute paths go to the daemon");
    }

    @Test
    void aFolderOthersCouldEnterOrATooLongSocketPathIsNotUsed(@TempDir Path dir) throws Exception {
        Path vault = vault(dir);
        Path open = dir.resolve("open");
        Files.createDirectories(open);
        Files.setPosixFilePermissions(open, PosixFilePermissions.fromString("rwxr-xr-x"));

        Check.Verdict v = DaemonClient.check(options(vault, dir.resolve("out")), new DaemonClient.Settings(open, Duration.ofMinutes(1)));

        assertTrue(v.failed());
        assertTrue(log.stream().anyMatch(l -> l.startsWith("vaultlint: daemon not used: " + open) && l.contains("readable by its owner only")
                && l.contains("rwxr-xr-x")), log::toString);
        try (Stream<Path> s = Files.list(open)) {
            assertEquals(0, s.count(), "no daemon started there");
        }

        log.clear();
        Path deep = dir.resolve("d".repeat(120));
        DaemonClient.check(options(vault, dir.resolve("out")), new DaemonClient.Settings(deep, Duration.ofMinutes(1)));
        assertTrue(log.stream().anyMatch(l -> l.contains("is too long for a Unix domain socket")), log::toString);
        assertFalse(Files.exists(deep));
    }

    /** Of a build's environment only what a check reads goes to the daemon; the daemon keeps only what a JVM needs. */
    @Test
    void secretsInTheEnvironmentNeverReachTheDaemon() {
        Map<String, String> build = new java.util.LinkedHashMap<>();
        build.put("GITHUB_TOKEN", "ghp_secret");
        build.put("GITHUB_ACTIONS", "true");
        build.put("AWS_SECRET_ACCESS_KEY", "x");
        build.put("GITHUB_STEP_SUMMARY", "/runner/summary.md");
        build.put("GITHUB_WORKSPACE", "/runner/work");
        assertEquals(Map.of("GITHUB_ACTIONS", "true", "GITHUB_STEP_SUMMARY", "/runner/summary.md", "GITHUB_WORKSPACE", "/runner/work"),
                DaemonClient.checkEnvironment(build));

        Map<String, String> process = new java.util.HashMap<>(build);
        process.put("PATH", "/usr/bin");
        process.put("HOME", "/home/me");
        process.put("LANG", "de_DE.UTF-8");
        process.put("LC_ALL", "de_DE.UTF-8");
        process.put("CI_JOB_TOKEN", "y");
        DaemonClient.trim(process);
        assertEquals(Map.of("PATH", "/usr/bin", "HOME", "/home/me", "LANG", "de_DE.UTF-8", "LC_ALL", "de_DE.UTF-8"), process);
    }

    /** The folders made for the daemon, ~/.vaultlint included, are their owner's only. */
    @Test
    void everyFolderMadeForTheDaemonIsItsOwnersOnly(@TempDir Path dir) throws Exception {
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path home = dir.resolve("dot-vaultlint/daemon");
        assertEquals(null, Endpoint.of(home).prepare());
        for (Path p : List.of(dir.resolve("dot-vaultlint"), home)) {
            assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(p)), p.toString());
        }
        assertEquals("rwxr-xr-x", PosixFilePermissions.toString(Files.getPosixFilePermissions(dir)), "the folder that was there is left alone");
    }

    /** Messages and reports follow the JVM's locale (its formats, the JDK's own texts): the daemon's must be the build's. */
    @Test
    void aBuildInAnotherLocaleGetsADaemonStartedInItsLocale(@TempDir Path dir) {
        Locale before = Locale.getDefault();
        Locale format = Locale.getDefault(Locale.Category.FORMAT);
        Locale display = Locale.getDefault(Locale.Category.DISPLAY);
        String here;
        String turkish;
        List<String> command;
        try {
            Locale.setDefault(Locale.US);
            here = Endpoint.of(dir).key();
            Locale.setDefault(Locale.forLanguageTag("tr-TR"));
            turkish = Endpoint.of(dir).key();
            command = DaemonClient.command(Endpoint.of(dir), new DaemonClient.Settings(dir, Duration.ofMinutes(1)));
        } finally {
            Locale.setDefault(before);
            Locale.setDefault(Locale.Category.FORMAT, format);
            Locale.setDefault(Locale.Category.DISPLAY, display);
        }
        assertFalse(here.equals(turkish), "a build in the Turkish locale does not use a daemon started in an English one");
        assertTrue(command.contains("-Duser.language=tr") && command.contains("-Duser.country=TR")
                && command.contains("-Duser.language.format=tr"), command::toString);
        assertTrue(command.indexOf("-Duser.language=tr") < command.indexOf(DaemonServer.class.getName()), "a JVM option: " + command);
    }

    @Test
    void anIdleDaemonStopsAndCleansUp(@TempDir Path dir) throws Exception {
        Path home = dir.resolve("home");
        DaemonServer d = server(home, Duration.ofMillis(400));
        Endpoint ep = Endpoint.of(home);
        assertNotNull(DaemonClient.ping(ep.socket()));
        assertEquals(Long.toString(ProcessHandle.current().pid()), Files.readString(ep.pid()));

        assertTrue(waitFor(d::isClosed, Duration.ofSeconds(10)), "stopped after its idle time");
        assertTrue(daemonLog().contains("s; exiting") && daemonLog().contains("no check for "), daemonLog());
        assertFalse(Files.exists(ep.socket()));
        assertFalse(Files.exists(ep.pid()));
    }

    /**
     * A stop request closes the daemon on its request thread while its main thread, woken by the closed
     * socket, closes it too and exits the JVM: the second close must wait for the first one's cleanup,
     * or the exit leaves the socket and pid files behind.
     */
    @Test
    void aCloseReturnsOnlyOnceTheSocketAndPidFileAreGone(@TempDir Path dir) throws Exception {
        Path home = ownerOnly(dir.resolve("home"));
        Endpoint ep = Endpoint.of(home);
        java.util.concurrent.ExecutorService two = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            for (int i = 0; i < 300; i++) {
                DaemonServer d = new DaemonServer(ep, Duration.ofMinutes(1), new PrintStream(daemonLog, true, StandardCharsets.UTF_8));
                assertTrue(d.bind());
                java.util.concurrent.CyclicBarrier together = new java.util.concurrent.CyclicBarrier(2);
                java.util.concurrent.Callable<String> closeAndLook = () -> {
                    together.await();
                    d.close();
                    return Files.exists(ep.socket()) || Files.exists(ep.pid()) ? "left behind" : "clean";
                };
                java.util.concurrent.Future<String> a = two.submit(closeAndLook);
                java.util.concurrent.Future<String> b = two.submit(closeAndLook);
                assertEquals("clean", a.get(10, TimeUnit.SECONDS), "round " + i);
                assertEquals("clean", b.get(10, TimeUnit.SECONDS), "round " + i);
            }
        } finally {
            two.shutdownNow();
        }
    }

    @Test
    void aDaemonWhoseSocketIsRemovedStops(@TempDir Path dir) throws Exception {
        Path home = dir.resolve("home");
        DaemonServer d = server(home, Duration.ofSeconds(4));
        Files.delete(Endpoint.of(home).socket());

        assertTrue(waitFor(d::isClosed, Duration.ofSeconds(3)));
        assertTrue(daemonLog().contains("socket removed or taken over; exiting"), daemonLog());
    }

    @Test
    void theWarmUpLeavesNoTraceInTheVault(@TempDir Path dir) throws Exception {
        Path vault = vault(dir);
        Path home = ownerOnly(dir.resolve("home"));
        Endpoint ep = Endpoint.of(home);
        Path summary = dir.resolve("step-summary.md");
        Check.Options o = new Check.Options(LintOptions.of(vault), vault.resolve("target/vaultlint"), EnumSet.allOf(Format.class),
                Severity.ERROR, 0, null, false, false, Map.of("GITHUB_STEP_SUMMARY", summary.toString()));
        try (DataOutputStream out = new DataOutputStream(Files.newOutputStream(ep.warm()))) {
            Wire.writeOptions(out, o);
        }
        List<Path> before = tree(vault);

        try (DaemonServer d = new DaemonServer(ep, Duration.ofMinutes(1), new PrintStream(daemonLog, true, StandardCharsets.UTF_8))) {
            assertTrue(d.bind());
            d.warmUpFromFile();
            assertTrue(waitFor(() -> !d.isBusy(), Duration.ofSeconds(60)));
        }

        assertTrue(daemonLog().contains("warmed up on " + vault), daemonLog());
        assertEquals(before, tree(vault), "no reports, no cache in the vault");
        assertFalse(Files.exists(summary), "no job summary");
        assertFalse(Files.exists(ep.warm()), "the warm-up request is used once");
    }

    /**
     * The real thing: a build without a daemon checks in its own JVM and starts one (a new process);
     * once it has warmed up, builds are checked there, with the same answers; it stops on request.
     */
    @Test
    void aBuildStartsTheDaemonAndTheNextBuildsAreCheckedThere(@TempDir Path dir) throws Exception {
        Path vault = vault(dir);
        DaemonClient.Settings s = new DaemonClient.Settings(dir.resolve("home"), Duration.ofSeconds(60));
        Endpoint ep = Endpoint.of(s.home());
        try {
            Check.Verdict first = DaemonClient.check(options(vault, dir.resolve("out")), s);
            assertTrue(log.contains("vaultlint: no daemon running; checking in this JVM, then starting one for the next builds"), log::toString);
            assertTrue(log.stream().anyMatch(l -> l.startsWith("vaultlint: started the vaultlint daemon (pid ")), log::toString);

            Check.Verdict served = null;
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
            while (served == null && System.nanoTime() < deadline) {
                log.clear();
                Check.Verdict v = DaemonClient.check(options(vault, dir.resolve("out")), s);
                if (log.stream().anyMatch(l -> l.startsWith("vaultlint: checked in the vaultlint daemon"))) {
                    served = v;
                } else {
                    Thread.sleep(300);
                }
            }
            assertNotNull(served, "a build was checked in the daemon; its log: " + Files.readString(ep.log()));
            assertEquals(first.console(), served.console());
            assertEquals(first.failure(), served.failure());
            assertTrue(Files.readString(ep.log()).contains("warmed up on " + vault), Files.readString(ep.log()));
            assertFalse(Files.exists(ep.starting()));
            Path environ = Path.of("/proc", Files.readString(ep.pid()).trim(), "environ");
            if (Files.isReadable(environ)) {
                for (String var : Files.readString(environ).split("\0")) {
                    String name = var.contains("=") ? var.substring(0, var.indexOf('=')) : var;
                    Map<String, String> probe = new java.util.HashMap<>(Map.of(name, ""));
                    DaemonClient.trim(probe);
                    assertFalse(probe.isEmpty() && !name.isEmpty(), "the daemon did not inherit " + name);
                }
            }
            Path cwd = Path.of("/proc", Files.readString(ep.pid()).trim(), "cwd");
            if (Files.exists(cwd)) {
                assertEquals(s.home().toRealPath(), cwd.toRealPath(), "the daemon keeps no build's folder busy");
            }

            Long pid = DaemonClient.stop(s);
            assertNotNull(pid);
            ProcessHandle.of(pid).ifPresent(p -> p.onExit().orTimeout(20, TimeUnit.SECONDS).join());
            assertFalse(Files.exists(ep.socket()));
            assertFalse(Files.exists(ep.pid()));
        } finally {
            if (Files.isRegularFile(ep.pid())) {
                ProcessHandle.of(Long.parseLong(Files.readString(ep.pid()).trim())).ifPresent(ProcessHandle::destroyForcibly);
            }
        }
    }

    /** A daemon ended with kill (SIGTERM), as a logout or a shutdown ends it, leaves no socket or pid file behind. */
    @Test
    void aKilledDaemonCleansUp(@TempDir Path dir) throws Exception {
        Path vault = vault(dir);
        DaemonClient.Settings s = new DaemonClient.Settings(dir.resolve("home"), Duration.ofSeconds(60));
        Endpoint ep = Endpoint.of(s.home());
        DaemonClient.check(options(vault, dir.resolve("out")), s);
        Long pid = null;
        for (int i = 0; i < 300 && pid == null; i++) {
            pid = DaemonClient.ping(ep.socket());
            Thread.sleep(100);
        }
        assertNotNull(pid, "the daemon came up");
        ProcessHandle p = ProcessHandle.of(pid).orElseThrow();
        try {
            assertTrue(p.destroy(), "SIGTERM sent");
            p.onExit().orTimeout(20, TimeUnit.SECONDS).join();
            assertFalse(Files.exists(ep.socket()), "socket removed");
            assertFalse(Files.exists(ep.pid()), "pid file removed");
        } finally {
            p.destroyForcibly();
        }
    }

    /** The client's patience with a silent daemon cut to 300 ms until closed. */
    private static AutoCloseable shortPatience() {
        Duration before = DaemonClient.quietLimit;
        DaemonClient.quietLimit = Duration.ofMillis(300);
        return () -> DaemonClient.quietLimit = before;
    }

    private interface IoAction {
        void run() throws IOException;
    }

    /** A daemon that accepts a connection and never answers; {@code afterAccept} runs once it has accepted. */
    private static final class SilentDaemon implements AutoCloseable {
        private final AutoCloseable patience = shortPatience();
        private final ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        private final List<SocketChannel> accepted = Collections.synchronizedList(new ArrayList<>());

        SilentDaemon(Path socket, IoAction afterAccept) throws IOException {
            server.bind(UnixDomainSocketAddress.of(socket));
            Thread t = new Thread(() -> {
                try {
                    accepted.add(server.accept()); // and never answer
                    afterAccept.run();
                } catch (IOException ignored) {
                    // closed at the end of the test
                }
            });
            t.setDaemon(true);
            t.start();
        }

        @Override
        public void close() throws Exception {
            patience.close();
            for (SocketChannel c : accepted) {
                c.close();
            }
            server.close();
        }
    }

    private static List<Path> tree(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.map(dir::relativize).sorted().toList();
        }
    }

    private static boolean waitFor(BooleanSupplier condition, Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            if (condition.getAsBoolean()) {
                return true;
            }
            Thread.sleep(50);
        }
        return condition.getAsBoolean();
    }
}
