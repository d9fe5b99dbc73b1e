package io.github.vaultlint.daemon;

import io.github.vaultlint.engine.Check;
import io.github.vaultlint.engine.Format;
import io.github.vaultlint.engine.LintOptions;
import io.github.vaultlint.rule.Severity;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The daemon's protocol. A client sends {@link #MAGIC}, a request kind and its payload; the daemon
 * answers with frames, each a kind byte and its payload: log lines and heartbeats while a check runs,
 * then one verdict or failure. Both ends come from the same build (the socket's name holds the build's
 * stamp), so there is no version negotiation.
 */
final class Wire {
    static final int MAGIC = 0x564c4431; // "VLD1"

    static final byte CHECK = 1;
    static final byte WARM = 2;
    static final byte PING = 3;
    static final byte STOP = 4;

    static final byte LOG = 10;
    static final byte VERDICT = 11;
    static final byte FAILED = 12;
    static final byte BUSY = 13;
    static final byte ALIVE = 14;
    static final byte BEAT = 15;

    static final byte FAILED_CONFIG = 1;
    static final byte FAILED_IO = 2;
    static final byte FAILED_BUG = 3;

    /** Longest string accepted: a damaged or foreign stream must not make us allocate gigabytes. */
    private static final int MAX_STRING = 1 << 28;

    private Wire() {
    }

    static void writeString(DataOutputStream out, String s) throws IOException {
        if (s == null) {
            out.writeInt(-1);
            return;
        }
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    static String readString(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n == -1) {
            return null;
        }
        if (n < 0 || n > MAX_STRING) {
            throw new IOException("daemon protocol: bad string length " + n);
        }
        byte[] b = new byte[n];
        in.readFully(b);
        return new String(b, StandardCharsets.UTF_8);
    }

    private static void writePath(DataOutputStream out, Path p) throws IOException {
        writeString(out, p == null ? null : p.toString());
    }

    private static Path readPath(DataInputStream in) throws IOException {
        String s = readString(in);
        return s == null ? null : Path.of(s);
    }

    /** The options of a check, without its log sink (log lines travel as {@link #LOG} frames). */
    static void writeOptions(DataOutputStream out, Check.Options o) throws IOException {
        LintOptions l = o.lint();
        writePath(out, l.vault());
        writePath(out, l.configFile());
        out.writeBoolean(l.configRequired());
        out.writeInt(l.threads());
        writePath(out, l.cacheDir());
        out.writeBoolean(l.fastStart());
        writePath(out, o.outputDir());
        out.writeInt(o.formats().size());
        for (Format f : o.formats()) {
            writeString(out, f.name());
        }
        writeString(out, o.failOn() == null ? null : o.failOn().name());
        out.writeInt(o.maxAllowed());
        writePath(out, o.baselineFile());
        out.writeBoolean(o.updateBaseline());
        out.writeBoolean(o.fullConsole());
        out.writeInt(o.env().size());
        for (Map.Entry<String, String> e : o.env().entrySet()) {
            writeString(out, e.getKey());
            writeString(out, e.getValue());
        }
    }

    static Check.Options readOptions(DataInputStream in) throws IOException {
        try {
            LintOptions lint = new LintOptions(readPath(in), readPath(in), in.readBoolean(), in.readInt(), null, null, false);
            lint = lint.withCache(readPath(in)).withFastStart(in.readBoolean());
            Path outputDir = readPath(in);
            Set<Format> formats = EnumSet.noneOf(Format.class);
            for (int i = count(in); i > 0; i--) {
                formats.add(Format.valueOf(readString(in)));
            }
            String failOn = readString(in);
            int maxAllowed = in.readInt();
            Path baseline = readPath(in);
            boolean updateBaseline = in.readBoolean();
            boolean fullConsole = in.readBoolean();
            Map<String, String> env = new LinkedHashMap<>();
            for (int i = count(in); i > 0; i--) {
                env.put(readString(in), readString(in));
            }
            return new Check.Options(lint, outputDir, formats, failOn == null ? null : Severity.valueOf(failOn), maxAllowed,
                    baseline, updateBaseline, fullConsole, env);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IOException("daemon protocol: bad check options (" + e + ")", e);
        }
    }

    static void writeVerdict(DataOutputStream out, Check.Verdict v) throws IOException {
        out.writeInt(v.console().size());
        for (Check.Line line : v.console()) {
            writeString(out, line.level() == null ? null : line.level().name());
            writeString(out, line.text());
            out.writeBoolean(line.detail());
        }
        out.writeInt(v.stdout().size());
        for (String s : v.stdout()) {
            writeString(out, s);
        }
        writeString(out, v.failure());
        out.writeInt(v.timings().size());
        for (Map.Entry<String, Long> e : v.timings().entrySet()) {
            writeString(out, e.getKey());
            out.writeLong(e.getValue());
        }
        out.writeBoolean(v.heap() != null);
        if (v.heap() != null) {
            out.writeLong(v.heap().peak());
            out.writeLong(v.heap().used());
            out.writeLong(v.heap().max());
            writeString(out, v.heap().where());
        }
    }

    static Check.Verdict readVerdict(DataInputStream in) throws IOException {
        try {
            List<Check.Line> console = new ArrayList<>();
            for (int i = count(in); i > 0; i--) {
                String level = readString(in);
                console.add(new Check.Line(level == null ? null : Severity.valueOf(level), readString(in), in.readBoolean()));
            }
            List<String> stdout = new ArrayList<>();
            for (int i = count(in); i > 0; i--) {
                stdout.add(readString(in));
            }
            String failure = readString(in);
            Map<String, Long> timings = new LinkedHashMap<>();
            for (int i = count(in); i > 0; i--) {
                timings.put(readString(in), in.readLong());
            }
            Check.Heap heap = in.readBoolean() ? new Check.Heap(in.readLong(), in.readLong(), in.readLong(), readString(in)) : null;
            return new Check.Verdict(console, stdout, failure, timings, heap);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IOException("daemon protocol: bad verdict (" + e + ")", e);
        }
    }

    private static int count(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > 50_000_000) {
            throw new IOException("daemon protocol: bad count " + n);
        }
        return n;
    }
}
