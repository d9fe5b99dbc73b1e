package io.github.vaultlint.daemon;

import io.github.vaultlint.engine.Check;
import io.github.vaultlint.engine.Format;
import io.github.vaultlint.engine.LintOptions;
import io.github.vaultlint.rule.Severity;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What a build sends the daemon and what it gets back survive the trip unchanged. */
class WireTest {

    @Test
    void checkOptionsRoundTrip() throws IOException {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("GITHUB_ACTIONS", "true");
        env.put("EMPTY", "");
        env.put("ÜNICODE", "naïve ✓");
        LintOptions lint = new LintOptions(Path.of("/v/ault"), Path.of("/v/cfg.yml"), true, 3, Path.of("/v/target/cache"), null, true);
        Check.Options o = new Check.Options(lint, Path.of("/v/target/vaultlint"), EnumSet.of(Format.JSON, Format.SARIF),
                Severity.WARNING, 7, Path.of("/v/base.json"), true, true, env);

        Check.Options back = roundTrip(o);

        assertEquals(o.lint().vault(), back.lint().vault());
        assertEquals(o.lint().configFile(), back.lint().configFile());
        assertTrue(back.lint().configRequired());
        assertEquals(3, back.lint().threads());
        assertEquals(o.lint().cacheDir(), back.lint().cacheDir());
        assertTrue(back.lint().fastStart());
        assertNull(back.lint().log(), "the log sink stays in the build; its lines travel as frames");
        assertEquals(o.outputDir(), back.outputDir());
        assertEquals(o.formats(), back.formats());
        assertEquals(Severity.WARNING, back.failOn());
        assertEquals(7, back.maxAllowed());
        assertEquals(o.baselineFile(), back.baselineFile());
        assertTrue(back.updateBaseline());
        assertTrue(back.fullConsole());
        assertEquals(List.copyOf(env.entrySet()), List.copyOf(back.env().entrySet()), "same variables, same order");
    }

    @Test
    void absentValuesStayAbsent() throws IOException {
        Check.Options o = new Check.Options(LintOptions.of(Path.of("v")), Path.of("out"), EnumSet.of(Format.CONSOLE), null, 0,
                null, false, false, Map.of());

        Check.Options back = roundTrip(o);

        assertNull(back.lint().configFile());
        assertNull(back.lint().cacheDir());
        assertNull(back.failOn(), "failOnSeverity=none");
        assertNull(back.baselineFile());
        assertEquals(Map.of(), back.env());
    }

    @Test
    void verdictRoundTrip() throws IOException {
        Map<String, Long> timings = new LinkedHashMap<>();
        timings.put("scan", 12L);
        timings.put("parse", 340L);
        Check.Verdict v = new Check.Verdict(List.of(new Check.Line(Severity.ERROR, "a.md:[3,1] (broken-link) ..."),
                new Check.Line(null, "(baselined) warning x", true), new Check.Line(Severity.INFO, "")),
                List.of("", "::error file=a.md,line=3::x"), "vaultlint: 1 finding at or above error", timings);

        Check.Verdict back = roundTripVerdict(v);

        assertEquals(v, back);
        assertEquals(List.of("scan", "parse"), List.copyOf(back.timings().keySet()), "phases keep their order");
        assertNull(roundTripVerdict(new Check.Verdict(List.of(), List.of(), null, Map.of())).failure(), "a passed gate");
        assertNull(back.heap(), "no heap figures: the build measures its own");

        // The daemon's heap figures reach the build, which would otherwise log its own idle heap.
        Check.Verdict served = v.withHeap(new Check.Heap(300L << 20, 120L << 20, 1L << 30, "the vaultlint daemon (pid 4242)"));
        assertEquals(served, roundTripVerdict(served));
    }

    @Test
    void aDamagedStreamIsAnIoErrorNotAHugeAllocation() {
        byte[] hugeLength = {0x7f, 0x7f, 0x7f, 0x7f};
        IOException e = assertThrows(IOException.class,
                () -> Wire.readString(new DataInputStream(new ByteArrayInputStream(hugeLength))));
        assertTrue(e.getMessage().contains("bad string length"), e.getMessage());

        byte[] truncated = {0, 0, 0, 5, 'a', 'b'};
        assertThrows(IOException.class, () -> Wire.readString(new DataInputStream(new ByteArrayInputStream(truncated))));

        byte[] unknownFormat = optionsWithFormat("PDF");
        IOException bad = assertThrows(IOException.class,
                () -> Wire.readOptions(new DataInputStream(new ByteArrayInputStream(unknownFormat))));
        assertTrue(bad.getMessage().contains("bad check options"), bad.getMessage());
    }

    private static byte[] optionsWithFormat(String format) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            DataOutputStream out = new DataOutputStream(bytes);
            Wire.writeString(out, "/v");
            Wire.writeString(out, null);
            out.writeBoolean(false);
            out.writeInt(0);
            Wire.writeString(out, null);
            out.writeBoolean(false);
            Wire.writeString(out, "/out");
            out.writeInt(1);
            Wire.writeString(out, format);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static Check.Options roundTrip(Check.Options o) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Wire.writeOptions(new DataOutputStream(bytes), o);
        return Wire.readOptions(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
    }

    private static Check.Verdict roundTripVerdict(Check.Verdict v) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Wire.writeVerdict(new DataOutputStream(bytes), v);
        return Wire.readVerdict(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
    }
}
