package io.github.vaultlint.daemon;

import io.github.vaultlint.config.ConfigException;
import io.github.vaultlint.engine.Check;
import io.github.vaultlint.engine.Linter;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Runs a check in the vaultlint daemon ({@link DaemonServer}) when one is up, and in this JVM
 * otherwise. Without a daemon, this build checks in its own JVM and then starts one, which warms up
 * on this vault for the next builds. A busy daemon (another build, its warm-up), one that stops
 * answering, or a folder it cannot safely use all mean a check in this JVM: the daemon only ever
 * makes a build faster, never different or failed. Its answers are the same as this JVM's: the
 * same {@link Check.Verdict}, configuration errors and I/O failures.
 */
public final class DaemonClient {
    /**
     * @param home where daemons keep their sockets, pids and logs (default {@code ~/.vaultlint/daemon})
     * @param idle how long a daemon this client starts waits for a check before it exits
     */
    public record Settings(Path home, Duration idle) {
        public static Settings of(Duration idle) {
            return new Settings(Endpoint.defaultHome(), idle);
        }
    }

    /** A daemon silent this long (no log line, no heartbeat) is given up on. */
    static Duration quietLimit = Duration.ofSeconds(30);
    /** A daemon being started by another build gets this long before a build starts one itself. */
    private static final Duration STARTING_GRACE = Duration.ofSeconds(20);
    private static final long LOG_LIMIT = 1 << 20;

    private DaemonClient() {
    }

    public static Check.Verdict check(Check.Options o, Settings s) throws ConfigException, IOException {
        Consumer<String> log = o.lint().log() == null ? x -> { } : o.lint().log();
        String relative = relativePath(o);
        if (relative != null) {
            log.accept("vaultlint: daemon not used: " + relative + " is a relative path, which the daemon would resolve in its own "
                    + "working folder; checking in this JVM");
            return inThisJvm(o);
        }
        Endpoint ep = Endpoint.of(s.home());
        String unusable = ep.prepare();
        if (unusable != null) {
            log.accept("vaultlint: daemon not used: " + unusable + "; checking in this JVM");
            return inThisJvm(o);
        }
        Attempt a = ask(ep.socket(), o, log);
        if (a.verdict() != null) {
            return a.verdict();
        }
        log.accept(a.why());
        Check.Verdict v = inThisJvm(o);
        if (a.startOne()) {
            start(ep, s, o, log); // after the check, so that the daemon's warm-up does not slow it down
        }
        return v;
    }

    /** Environment variables the check resolves as paths. */
    private static final List<String> PATH_VARIABLES = List.of("GITHUB_STEP_SUMMARY", "GITHUB_WORKSPACE");

    /** What the check would resolve against this JVM's working folder (a relative path), or null. */
    static String relativePath(Check.Options o) {
        Map<String, Path> paths = new LinkedHashMap<>();
        paths.put("the vault", o.lint().vault());
        paths.put("the configuration file", o.lint().configFile());
        paths.put("the cache folder", o.lint().cacheDir());
        paths.put("the output folder", o.outputDir());
        paths.put("the baseline", o.baselineFile());
        for (Map.Entry<String, Path> e : paths.entrySet()) {
            if (e.getValue() != null && !e.getValue().isAbsolute()) {
                return e.getKey() + " " + e.getValue();
            }
        }
        for (String name : PATH_VARIABLES) {
            String value = o.env().get(name);
            if (value != null && !value.isBlank()) {
                try {
                    if (!Path.of(value).isAbsolute()) {
                        return name + "=" + value;
                    }
                } catch (RuntimeException e) {
                    return name + "=" + value; // not a path here: let this JVM say so, as it would without a daemon
                }
            }
        }
        return null;
    }

    private static Check.Verdict inThisJvm(Check.Options o) throws ConfigException, IOException {
        return new Check(new Linter()).run(o).verdict();
    }

    private record Attempt(Check.Verdict verdict, String why, boolean startOne) {
    }

    private static Attempt ask(Path socket, Check.Options o, Consumer<String> log) throws ConfigException, IOException {
        SocketChannel ch;
        try {
            ch = SocketChannel.open(StandardProtocolFamily.UNIX);
        } catch (IOException | RuntimeException e) {
            return new Attempt(null, "vaultlint: no daemon running; checking in this JVM, then starting one for the next builds", true);
        }
        Watchdog watchdog = new Watchdog(ch); // from the connect on: a frozen daemon's full backlog makes a connect wait
        try (ch) {
            try {
                ch.connect(UnixDomainSocketAddress.of(socket));
            } catch (IOException | RuntimeException e) {
                if (watchdog.gaveUp()) {
                    throw new IOException(e);
                }
                return new Attempt(null, "vaultlint: no daemon running; checking in this JVM, then starting one for the next builds", true);
            }
            DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Channels.newOutputStream(ch)));
            out.writeInt(Wire.MAGIC);
            out.writeByte(Wire.CHECK);
            Wire.writeOptions(out, new Check.Options(o.lint(), o.outputDir(), o.formats(), o.failOn(), o.maxAllowed(),
                    o.baselineFile(), o.updateBaseline(), o.fullConsole(), checkEnvironment(o.env())));
            out.flush();
            DataInputStream in = new DataInputStream(new BufferedInputStream(Channels.newInputStream(ch)));
            while (true) {
                byte kind = in.readByte();
                watchdog.heard();
                switch (kind) {
                    case Wire.LOG -> log.accept(Wire.readString(in));
                    case Wire.BEAT -> { }
                    case Wire.VERDICT -> {
                        Check.Verdict v = Wire.readVerdict(in);
                        log.accept("vaultlint: checked in the vaultlint daemon (" + socket + ")");
                        return new Attempt(v, null, false);
                    }
                    case Wire.FAILED -> {
                        byte why = in.readByte();
                        String message = Wire.readString(in);
                        switch (why) {
                            case Wire.FAILED_CONFIG -> throw new ConfigException(message);
                            case Wire.FAILED_IO -> throw new CheckIoFailure(message);
                            default -> {
                                // An engine bug fails here too, with this JVM's own message; an Error of the
                                // daemon's JVM (out of memory, a replaced jar) is no reason to fail the build.
                                return new Attempt(null, "vaultlint: the daemon failed (" + message + "); checking in this JVM", false);
                            }
                        }
                    }
                    case Wire.BUSY -> {
                        return new Attempt(null, "vaultlint: the daemon is busy (another build, or its warm-up); checking in this JVM", false);
                    }
                    default -> throw new IOException("daemon protocol: unknown frame " + kind);
                }
            }
        } catch (ConfigException | CheckIoFailure e) {
            throw e; // the check's own failure: the same in this JVM
        } catch (IOException e) {
            if (watchdog.gaveUp()) {
                // A daemon that hangs would hang every build: take its socket away; it exits when it notices.
                try {
                    Files.deleteIfExists(socket);
                } catch (IOException notRemoved) {
                    // a courtesy to the next build: this one checks in its own JVM all the same
                }
                return new Attempt(null, "vaultlint: the daemon was silent for " + quietLimit.toSeconds()
                        + " s; checking in this JVM (the next build starts a new daemon)", false);
            }
            return new Attempt(null, "vaultlint: the daemon stopped answering (" + e + "); checking in this JVM", false);
        } finally {
            watchdog.stop();
        }
    }

    /** An I/O failure of the check itself (a report it could not write), as the daemon described it. */
    private static final class CheckIoFailure extends IOException {
        CheckIoFailure(String message) {
            super(message);
        }
    }

    /** Closes the channel when the daemon has been silent for {@link #quietLimit}. */
    private static final class Watchdog {
        private final Thread thread;
        private volatile long lastFrame = System.nanoTime();
        private volatile boolean gaveUp;

        Watchdog(SocketChannel ch) {
            thread = new Thread(() -> {
                try {
                    while (System.nanoTime() - lastFrame <= quietLimit.toNanos()) {
                        Thread.sleep(Math.max(20, Math.min(1000, quietLimit.toMillis() / 4)));
                    }
                    gaveUp = true;
                    ch.close();
                } catch (InterruptedException | IOException e) {
                    // the request ended
                }
            }, "vaultlint-daemon-watchdog");
            thread.setDaemon(true);
            thread.start();
        }

        void heard() {
            lastFrame = System.nanoTime();
        }

        boolean gaveUp() {
            return gaveUp;
        }

        void stop() {
            thread.interrupt();
        }
    }

    /** The pid of the daemon at {@code socket}, or null when none answers. */
    static Long ping(Path socket) {
        return request(socket, Wire.PING);
    }

    /** Stops the daemon at {@code socket}; its pid, or null when none answered. */
    static Long stop(Path socket) {
        return request(socket, Wire.STOP);
    }

    /** Stops the daemon this JVM's builds would use; its pid, or null when none was running. */
    public static Long stop(Settings s) {
        return stop(Endpoint.of(s.home()).socket());
    }

    private static Long request(Path socket, byte kind) {
        Watchdog watchdog = null;
        try (SocketChannel ch = SocketChannel.open(StandardProtocolFamily.UNIX)) {
            watchdog = new Watchdog(ch); // a frozen daemon must not hang a new daemon's start or a stop
            ch.connect(UnixDomainSocketAddress.of(socket));
            DataOutputStream out = new DataOutputStream(Channels.newOutputStream(ch));
            out.writeInt(Wire.MAGIC);
            out.writeByte(kind);
            out.flush();
            DataInputStream in = new DataInputStream(Channels.newInputStream(ch));
            return in.readByte() == Wire.ALIVE ? in.readLong() : null;
        } catch (IOException | RuntimeException e) {
            return null;
        } finally {
            if (watchdog != null) {
                watchdog.stop();
            }
        }
    }

    private static void start(Endpoint ep, Settings s, Check.Options o, Consumer<String> log) {
        try {
            if (!claimStart(ep)) {
                log.accept("vaultlint: a daemon is being started by another build");
                return;
            }
            // The warm-up check: paths and flags only; the environment (tokens, in CI) is never written.
            Check.Options warm = new Check.Options(o.lint(), o.outputDir(), o.formats(), o.failOn(), o.maxAllowed(),
                    o.baselineFile(), false, o.fullConsole(), Map.of());
            try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(ep.warm())))) {
                Wire.writeOptions(out, warm);
            }
            if (Files.isRegularFile(ep.log()) && Files.size(ep.log()) > LOG_LIMIT) {
                Files.delete(ep.log());
            }
            ProcessBuilder pb = new ProcessBuilder(command(ep, s));
            pb.directory(ep.home().toFile()); // not the build's folder, which it would keep busy (Windows cannot delete it then)
            pb.redirectInput(ProcessBuilder.Redirect.from(new File(File.separatorChar == '\\' ? "NUL" : "/dev/null")));
            pb.redirectOutput(ProcessBuilder.Redirect.appendTo(ep.log().toFile()));
            pb.redirectErrorStream(true);
            trim(pb.environment());
            Process p = pb.start();
            log.accept("vaultlint: started the vaultlint daemon (pid " + p.pid() + ", log " + ep.log()
                    + "); it warms up on this vault and checks the next builds, until " + s.idle().toMinutes() + " min without one");
        } catch (IOException | RuntimeException e) {
            log.accept("vaultlint: could not start the daemon (" + e + "); builds go on checking in their own JVM");
            try {
                Files.deleteIfExists(ep.starting());
            } catch (IOException ignored) {
                // it goes stale after STARTING_GRACE
            }
        }
    }

    /** True when this build is the one to start the daemon: no other build started one moments ago. */
    private static boolean claimStart(Endpoint ep) throws IOException {
        try {
            Files.createFile(ep.starting());
            return true;
        } catch (FileAlreadyExistsException e) {
            FileTime t = Files.getLastModifiedTime(ep.starting());
            if (System.currentTimeMillis() - t.toMillis() < STARTING_GRACE.toMillis()) {
                return false;
            }
            Files.setLastModifiedTime(ep.starting(), FileTime.fromMillis(System.currentTimeMillis()));
            return true;
        }
    }

    static List<String> command(Endpoint ep, Settings s) {
        List<String> cmd = new ArrayList<>();
        for (String setsid : new String[] {"/usr/bin/setsid", "/bin/setsid"}) {
            if (Files.isExecutable(Path.of(setsid))) {
                cmd.add(setsid); // its own session: closing the terminal or Ctrl-C in it leaves the daemon alone
                break;
            }
        }
        // javaw on Windows: no console window of its own, none shared with the build's
        cmd.add(Path.of(System.getProperty("java.home"), "bin", File.separatorChar == '\\' ? "javaw.exe" : "java").toString());
        cmd.addAll(Endpoint.jvmArgs());
        cmd.addAll(Endpoint.localeArgs());
        cmd.add("-XX:+UseG1GC"); // also on a small machine, where the JVM would pick the serial collector, so that
        cmd.add("-XX:G1PeriodicGCInterval=60000"); // an idle daemon gives its heap back to the system
        for (String p : Endpoint.SHARED_PROPERTIES) {
            if (System.getProperty(p) != null) {
                cmd.add("-D" + p + "=" + System.getProperty(p));
            }
        }
        cmd.add("-cp");
        cmd.add(classPath());
        cmd.add(DaemonServer.class.getName());
        cmd.add(ep.home().toString());
        cmd.add(ep.key());
        cmd.add(Long.toString(Math.max(1, s.idle().toSeconds())));
        return cmd;
    }

    /**
     * What the daemon keeps of the first build's environment: what the JVM and the file system need
     * (search path, home, temporary folder, locale, time zone), not the build's secrets (CI tokens),
     * which would otherwise live on in a process that outlasts the build.
     */
    static void trim(Map<String, String> env) {
        env.keySet().removeIf(k -> {
            String u = k.toUpperCase(Locale.ROOT);
            return !KEPT_VARIABLES.contains(u) && !u.startsWith("LC_");
        });
    }

    private static final Set<String> KEPT_VARIABLES = Set.of("PATH", "HOME", "USER", "LOGNAME", "TMPDIR", "TMP", "TEMP", "LANG",
            "LANGUAGE", "TZ", "SYSTEMROOT", "WINDIR", "USERPROFILE", "LOCALAPPDATA", "APPDATA", "COMSPEC");

    /**
     * The part of a build's environment a check reads ({@link Check#ENVIRONMENT}): only these variables
     * travel to the daemon, so a build's other variables (tokens) never reach a process that outlasts it.
     */
    static Map<String, String> checkEnvironment(Map<String, String> env) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String k : Check.ENVIRONMENT) {
            if (env.get(k) != null) {
                out.put(k, env.get(k));
            }
        }
        return out;
    }

    /** The engine's class path: the plugin's class realm in Maven, the application class path elsewhere. */
    static String classPath() {
        List<String> parts = new ArrayList<>();
        if (DaemonClient.class.getClassLoader() instanceof URLClassLoader u) {
            for (URL url : u.getURLs()) {
                try {
                    parts.add(Path.of(url.toURI()).toString());
                } catch (URISyntaxException | RuntimeException e) {
                    // not a local file: the daemon cannot load from it either
                }
            }
        }
        return parts.isEmpty() ? System.getProperty("java.class.path") : String.join(File.pathSeparator, parts);
    }
}
