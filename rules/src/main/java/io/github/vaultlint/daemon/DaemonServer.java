package io.github.vaultlint.daemon;

import io.github.vaultlint.config.ConfigException;
import io.github.vaultlint.engine.Check;
import io.github.vaultlint.engine.Format;
import io.github.vaultlint.engine.Linter;
import io.github.vaultlint.util.IoProblem;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

/**
 * A JVM that stays up between builds and runs checks for them ({@code vaultlint.daemon}), as
 * eslint_d does for ESLint: a build's JVM starts cold, so most of a re-run's time goes to the JIT
 * compiling the engine again; here it stays compiled. One check at a time: a build that finds the
 * daemon busy checks in its own JVM. The daemon keeps nothing of a vault between checks; each check
 * reads the vault and its caches afresh, exactly as a build's own JVM would.
 *
 * <p>It listens on a Unix domain socket in a folder only its user can enter (see {@link Endpoint}),
 * stops after {@code idle} without a check, when its socket is removed or taken over, and on a
 * {@link Wire#STOP} request.
 */
public final class DaemonServer implements AutoCloseable {
    private static final Duration BEAT = Duration.ofSeconds(2);
    /**
     * Warm-up rounds after start: the first fills a private cache, the next ones run as re-runs do.
     * On 10k notes a re-run takes about 0.7 s in the round after the first and settles near 0.4 s
     * by the sixth, as C2 compiles the hot paths (docs/performance.md, eleventh pass).
     */
    private static final int WARM_ROUNDS = 6;
    private static final Duration WARM_BUDGET = Duration.ofSeconds(30);

    private final Endpoint endpoint;
    private final Duration idle;
    private final PrintStream log;
    private final AtomicBoolean busy = new AtomicBoolean();
    private final AtomicBoolean closed = new AtomicBoolean();
    /** Heartbeats; a client that stops reading may block one, so the lifetime checks have a thread of their own. */
    private final ScheduledExecutorService timer = scheduler("vaultlint-daemon-heartbeat");
    private final ScheduledExecutorService lifetime = scheduler("vaultlint-daemon-lifetime");
    private volatile long lastUse = System.nanoTime();
    private ServerSocketChannel server;
    private Object socketKey;

    DaemonServer(Endpoint endpoint, Duration idle, PrintStream log) {
        this.endpoint = endpoint;
        this.idle = idle;
        this.log = log;
    }

    /** {@code <home> <key> <idle seconds>}; started by {@link DaemonClient}, not by hand. */
    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            System.err.println("usage: DaemonServer <home> <key> <idle seconds>");
            System.exit(2);
        }
        ignoreTerminalSignals();
        Endpoint ep = new Endpoint(Path.of(args[0]), args[1]);
        try (DaemonServer d = new DaemonServer(ep, Duration.ofSeconds(Long.parseLong(args[2])), System.err)) {
            // kill (SIGTERM), a logout or a shutdown: the socket and pid files go with the process
            Runtime.getRuntime().addShutdownHook(new Thread(d::close, "vaultlint-daemon-shutdown"));
            boolean bound;
            try {
                bound = d.bind();
            } finally {
                Files.deleteIfExists(ep.starting());
            }
            if (bound) {
                d.warmUpFromFile();
                d.serve();
            }
        }
        System.exit(0);
    }

    /** Ctrl-C in the terminal that started the first build must not stop the daemon it left behind. */
    private static void ignoreTerminalSignals() {
        for (String name : new String[] {"INT", "HUP"}) {
            try {
                sun.misc.Signal.handle(new sun.misc.Signal(name), sun.misc.SignalHandler.SIG_IGN);
            } catch (RuntimeException | LinkageError e) {
                // not on this platform (Windows has no HUP)
            }
        }
    }

    /** Binds the socket; false when another live daemon already serves it. */
    boolean bind() throws IOException {
        Path socket = endpoint.socket();
        if (Files.exists(socket, LinkOption.NOFOLLOW_LINKS)) {
            if (DaemonClient.ping(socket) != null) {
                say("another daemon already serves " + socket + "; exiting");
                return false;
            }
            Files.delete(socket); // left by a daemon that died
        }
        server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        server.bind(UnixDomainSocketAddress.of(socket));
        socketKey = fileKey(socket);
        Files.writeString(endpoint.pid(), Long.toString(ProcessHandle.current().pid()));
        long every = Math.max(200, Math.min(idle.toMillis() / 4, 10_000));
        lifetime.scheduleWithFixedDelay(this::stopIfUnused, every, every, TimeUnit.MILLISECONDS);
        say("listening on " + socket + " (stops after " + idle.toSeconds() + " s without a check)");
        return true;
    }

    /** Accepts requests until closed. */
    void serve() {
        while (!closed.get()) {
            SocketChannel ch;
            try {
                ch = server.accept();
            } catch (ClosedChannelException e) {
                break;
            } catch (IOException e) {
                say("accept failed: " + e);
                break;
            }
            Thread t = new Thread(() -> handle(ch), "vaultlint-daemon-request");
            t.setDaemon(true);
            t.start();
        }
    }

    /** Starts serving on a thread of this JVM (tests). */
    static DaemonServer startInThisJvm(Endpoint ep, Duration idle, PrintStream log) throws IOException {
        DaemonServer d = new DaemonServer(ep, idle, log);
        if (!d.bind()) {
            throw new IOException("a daemon already serves " + ep.socket());
        }
        Thread t = new Thread(d::serve, "vaultlint-daemon");
        t.setDaemon(true);
        t.start();
        return d;
    }

    private void handle(SocketChannel ch) {
        try (ch) {
            DataInputStream in = new DataInputStream(new BufferedInputStream(Channels.newInputStream(ch)));
            DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Channels.newOutputStream(ch)));
            if (in.readInt() != Wire.MAGIC) {
                return;
            }
            byte kind = in.readByte();
            switch (kind) {
                case Wire.PING -> {
                    out.writeByte(Wire.ALIVE);
                    out.writeLong(ProcessHandle.current().pid());
                    out.flush();
                }
                case Wire.STOP -> {
                    out.writeByte(Wire.ALIVE);
                    out.writeLong(ProcessHandle.current().pid());
                    out.flush();
                    say("stop requested");
                    close();
                }
                case Wire.CHECK -> {
                    Check.Options o = Wire.readOptions(in);
                    if (!busy.compareAndSet(false, true)) {
                        out.writeByte(Wire.BUSY);
                        out.flush();
                        return;
                    }
                    try {
                        check(o, new Frames(out));
                    } finally {
                        lastUse = System.nanoTime();
                        busy.set(false);
                    }
                }
                default -> say("unknown request " + kind);
            }
        } catch (IOException e) {
            say("request failed: " + e);
        }
    }

    private void check(Check.Options o, Frames frames) {
        long start = System.nanoTime();
        ScheduledFuture<?> beat = timer.scheduleAtFixedRate(frames::beat, BEAT.toMillis(), BEAT.toMillis(), TimeUnit.MILLISECONDS);
        // The JVM is warm and stays up: C2's code pays off here, so the cold-start JIT tuning stays off.
        Check.Options served = new Check.Options(o.lint().withLog(frames::log).withFastStart(false), o.outputDir(), o.formats(),
                o.failOn(), o.maxAllowed(), o.baselineFile(), o.updateBaseline(), o.fullConsole(), o.env());
        Error fatal = null;
        try {
            // The build asks for heap figures with its timings: they are this JVM's, not the build's.
            io.github.vaultlint.engine.HeapPeak heap = io.github.vaultlint.engine.HeapPeak.start();
            Check.Verdict v = new Check(new Linter()).run(served).verdict();
            frames.verdict(v.withHeap(heap.stopAt().in("the vaultlint daemon (pid " + ProcessHandle.current().pid() + ")")));
        } catch (ConfigException e) {
            frames.failed(Wire.FAILED_CONFIG, e.getMessage());
        } catch (IOException e) {
            frames.failed(Wire.FAILED_IO, IoProblem.describe(e));
        } catch (RuntimeException | Error e) {
            say("check of " + o.lint().vault() + " failed:");
            e.printStackTrace(log);
            frames.failed(Wire.FAILED_BUG, e + " (the daemon's log " + endpoint.log() + " has the stack trace)");
            if (e instanceof Error err) {
                fatal = err;
            }
        } finally {
            beat.cancel(false);
        }
        say("checked " + o.lint().vault() + " in " + (System.nanoTime() - start) / 1_000_000 + " ms");
        if (fatal != null) {
            close(); // after an OutOfMemoryError or the like, this JVM is not to be trusted with the next build
        }
    }

    /** Runs the check a client left in {@link Endpoint#warm()} a few times, so that the next build finds compiled code. */
    void warmUpFromFile() {
        Path file = endpoint.warm();
        Check.Options o;
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
            o = Wire.readOptions(in);
        } catch (IOException e) {
            return; // nothing to warm up on
        } finally {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // the next start overwrites it
            }
        }
        if (!busy.compareAndSet(false, true)) {
            return;
        }
        Thread t = new Thread(() -> {
            try {
                warmUp(o);
            } finally {
                lastUse = System.nanoTime();
                busy.set(false);
            }
        }, "vaultlint-daemon-warm-up");
        t.setDaemon(true);
        t.start();
    }

    private void warmUp(Check.Options o) {
        Path tmp = null;
        long start = System.nanoTime();
        try {
            tmp = Files.createTempDirectory("vaultlint-warm-up");
            // Its own outputs and cache, no GitHub outputs, no environment, no baseline update: a warm-up
            // leaves no trace outside its temporary folder.
            Set<Format> formats = EnumSet.copyOf(o.formats());
            formats.remove(Format.GITHUB);
            if (formats.isEmpty()) {
                formats.add(Format.CONSOLE);
            }
            Check.Options w = new Check.Options(o.lint().withCache(tmp.resolve("cache")).withLog(null).withFastStart(false),
                    tmp.resolve("out"), formats, o.failOn(), o.maxAllowed(), o.baselineFile(), false, o.fullConsole(), Map.of());
            for (int i = 0; i < WARM_ROUNDS && !closed.get() && System.nanoTime() - start < WARM_BUDGET.toNanos(); i++) {
                new Check(new Linter()).run(w);
            }
            say("warmed up on " + o.lint().vault() + " in " + (System.nanoTime() - start) / 1_000_000 + " ms");
        } catch (Exception e) {
            say("warm-up on " + o.lint().vault() + " stopped: " + e);
        } catch (Error e) {
            say("warm-up on " + o.lint().vault() + " failed; exiting: " + e);
            close(); // as after a check's Error: this JVM is not to be trusted with a build
        } finally {
            deleteTree(tmp);
        }
    }

    private void stopIfUnused() {
        if (closed.get()) {
            return;
        }
        if (!Objects.equals(socketKey, fileKey(endpoint.socket()))) {
            say("socket removed or taken over; exiting");
            close();
        } else if (!busy.get() && System.nanoTime() - lastUse > idle.toNanos()) {
            say("no check for " + idle.toSeconds() + " s; exiting");
            close();
        }
    }

    /** Marks the daemon busy until closed, as another build's check would (tests). */
    AutoCloseable occupy() {
        if (!busy.compareAndSet(false, true)) {
            throw new IllegalStateException("already busy");
        }
        return () -> busy.set(false);
    }

    boolean isBusy() {
        return busy.get();
    }

    boolean isClosed() {
        return closed.get();
    }

    /**
     * Stops listening and removes the socket and pid files. Synchronized: a second caller (the main
     * thread, which exits the JVM next) waits until the first one's cleanup is done.
     */
    @Override
    public synchronized void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        timer.shutdownNow();
        lifetime.shutdownNow();
        try {
            if (server != null) {
                server.close();
            }
            if (socketKey != null && socketKey.equals(fileKey(endpoint.socket()))) {
                Files.deleteIfExists(endpoint.socket());
            }
            Path pid = endpoint.pid();
            if (Files.isRegularFile(pid) && Files.readString(pid).trim().equals(Long.toString(ProcessHandle.current().pid()))) {
                Files.deleteIfExists(pid);
            }
        } catch (IOException e) {
            say("cleanup: " + e);
        }
    }

    private static ScheduledExecutorService scheduler(String name) {
        return Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
    }

    /** The socket file's identity: a new daemon's socket at the same path is another file. */
    private static Object fileKey(Path p) {
        try {
            BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            return a.fileKey() != null ? a.fileKey() : a.creationTime();
        } catch (IOException e) {
            return null;
        }
    }

    private static void deleteTree(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException ignored) {
                    // the system's temp cleaner gets the rest
                }
            });
        } catch (IOException ignored) {
            // likewise
        }
    }

    private void say(String s) {
        synchronized (log) {
            log.println(Instant.now() + " vaultlint daemon " + ProcessHandle.current().pid() + ": " + s);
            log.flush();
        }
    }

    /** Frames to one client, from the check's threads and the heartbeat; a client gone stops the writes, not the check. */
    private static final class Frames {
        private final DataOutputStream out;
        private boolean broken;

        Frames(DataOutputStream out) {
            this.out = out;
        }

        synchronized void log(String line) {
            write(Wire.LOG, line, true);
        }

        synchronized void beat() {
            write(Wire.BEAT, null, false);
        }

        synchronized void verdict(Check.Verdict v) {
            if (broken) {
                return;
            }
            try {
                out.writeByte(Wire.VERDICT);
                Wire.writeVerdict(out, v);
                out.flush();
            } catch (IOException e) {
                broken = true;
            }
        }

        synchronized void failed(byte kind, String message) {
            if (broken) {
                return;
            }
            try {
                out.writeByte(Wire.FAILED);
                out.writeByte(kind);
                Wire.writeString(out, message);
                out.flush();
            } catch (IOException e) {
                broken = true;
            }
        }

        private void write(byte kind, String text, boolean withText) {
            if (broken) {
                return;
            }
            try {
                out.writeByte(kind);
                if (withText) {
                    Wire.writeString(out, text);
                }
                out.flush();
            } catch (IOException e) {
                broken = true;
            }
        }
    }
}
