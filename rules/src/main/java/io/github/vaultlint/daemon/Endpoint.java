package io.github.vaultlint.daemon;

import io.github.vaultlint.Version;
import io.github.vaultlint.cache.ConfigHash;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * Where the daemon for this build of vaultlint and this JVM listens, and its files beside the socket.
 * The name is a hash of everything a daemon must share with its clients: the engine's version and
 * build stamp (a rebuilt snapshot gets a new daemon), the Java runtime, the encodings and the heap
 * size. A client of another build or JVM therefore never talks to a daemon it does not match.
 */
record Endpoint(Path home, String key) {
    /** Unix domain socket paths are limited to about 108 bytes; stay well inside on every system. */
    static final int MAX_SOCKET_PATH = 100;

    /** Properties that must match between a client and its daemon, and that the daemon is started with. */
    static final List<String> SHARED_PROPERTIES = List.of("file.encoding", "java.io.tmpdir");

    static Path defaultHome() {
        return Path.of(System.getProperty("user.home"), ".vaultlint", "daemon");
    }

    static Endpoint of(Path home) {
        StringBuilder id = new StringBuilder();
        id.append(Version.get()).append('\n').append(ConfigHash.classesStamp()).append('\n')
                .append(System.getProperty("java.home")).append('\n').append(System.getProperty("java.vm.version")).append('\n')
                .append(System.getProperty("sun.jnu.encoding")).append('\n').append(System.getProperty("user.name")).append('\n');
        for (String p : SHARED_PROPERTIES) {
            id.append(System.getProperty(p)).append('\n');
        }
        id.append(String.join(" ", localeArgs())).append('\n');
        id.append(String.join(" ", jvmArgs()));
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(id.toString().getBytes(StandardCharsets.UTF_8));
            return new Endpoint(home, HexFormat.of().formatHex(h, 0, 8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("no SHA-256 in this JVM", e);
        }
    }

    /**
     * This JVM's locales, as the daemon's command line sets them: a check's messages and reports follow
     * them (upper case in a Turkish locale, digits, the system's error texts), so a build in another
     * locale gets another daemon.
     */
    static List<String> localeArgs() {
        List<String> out = new ArrayList<>();
        String[][] categories = {{"", null}, {".format", "FORMAT"}, {".display", "DISPLAY"}};
        for (String[] c : categories) {
            Locale l = c[1] == null ? Locale.getDefault() : Locale.getDefault(Locale.Category.valueOf(c[1]));
            out.add("-Duser.language" + c[0] + "=" + l.getLanguage());
            out.add("-Duser.script" + c[0] + "=" + l.getScript());
            out.add("-Duser.country" + c[0] + "=" + l.getCountry());
            out.add("-Duser.variant" + c[0] + "=" + l.getVariant());
        }
        return out;
    }

    /** The heap settings of this JVM, which the daemon gets too: its checks must fit where this JVM's would. */
    static List<String> jvmArgs() {
        List<String> out = new ArrayList<>();
        try {
            for (String a : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
                if (a.startsWith("-Xmx") || a.startsWith("-XX:MaxHeapSize=") || a.startsWith("-XX:MaxRAMPercentage=")) {
                    out.add(a);
                }
            }
        } catch (RuntimeException | LinkageError e) {
            // no management API: the daemon gets the JVM's default heap
        }
        return out;
    }

    Path socket() {
        return home.resolve(key + ".sock");
    }

    Path log() {
        return home.resolve(key + ".log");
    }

    Path pid() {
        return home.resolve(key + ".pid");
    }

    /** Marks a daemon being started, so that builds started at the same moment start one, not several. */
    Path starting() {
        return home.resolve(key + ".starting");
    }

    /** The check the new daemon warms itself up on (paths and flags only: never the environment). */
    Path warm() {
        return home.resolve(key + ".warm");
    }

    /**
     * Creates the folder, readable by its owner only where the file system has POSIX permissions,
     * and returns why the daemon cannot be used here, or null.
     */
    String prepare() {
        if (socket().toString().getBytes(StandardCharsets.UTF_8).length > MAX_SOCKET_PATH) {
            return "its socket path " + socket() + " is too long for a Unix domain socket";
        }
        try {
            boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
            if (!Files.isDirectory(home)) {
                // Each folder made here (~/.vaultlint too) is its owner's only: no one else can swap what is inside.
                java.util.Deque<Path> missing = new java.util.ArrayDeque<>();
                for (Path p = home.toAbsolutePath(); p != null && !Files.exists(p); p = p.getParent()) {
                    missing.push(p);
                }
                for (Path p : missing) {
                    Files.createDirectory(p);
                    if (posix) {
                        Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwx------"));
                    }
                }
            }
            if (posix) {
                String owner = Files.getOwner(home).getName();
                if (!owner.equals(System.getProperty("user.name"))
                        || !Files.getPosixFilePermissions(home).equals(PosixFilePermissions.fromString("rwx------"))) {
                    return home + " must belong to " + System.getProperty("user.name") + " and be readable by its owner only "
                            + "(it belongs to " + owner + ", mode " + PosixFilePermissions.toString(Files.getPosixFilePermissions(home)) + ")";
                }
            }
            return null;
        } catch (IOException | RuntimeException e) {
            return "cannot use " + home + " (" + e + ")";
        }
    }
}
