package io.github.vaultlint.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ColdJvmTest {
    private static final String EXCLUDED = "Exclude:true";

    @BeforeEach
    void hotSpotOnly() {
        boolean hotSpot;
        try {
            ColdJvm.directives();
            hotSpot = true;
        } catch (Exception e) {
            hotSpot = false;
        }
        assumeTrue(hotSpot, "compiler directives need HotSpot's DiagnosticCommand MBean");
    }

    @Test
    void freshJvmGetsTheDirectiveForTheCheckOnly() throws Exception {
        List<String> log = new ArrayList<>();
        String before = ColdJvm.directives();
        try (ColdJvm jit = ColdJvm.start(true, log::add, 1_000)) {
            assertTrue(jit.active(), () -> "directive not added: " + log);
            String during = ColdJvm.directives();
            assertTrue(count(during, EXCLUDED) > count(before, EXCLUDED), during);
        }
        assertEquals(before, ColdJvm.directives(), "the directive must be removed when the check ends");
        assertTrue(log.get(0).contains("vaultlint.fastStart=false"), log.toString());
    }

    @Test
    void anInterruptedCheckStillRemovesItsDirective() throws Exception {
        String before = ColdJvm.directives();
        ColdJvm jit = ColdJvm.start(true, null, 1_000);
        Thread.currentThread().interrupt();
        jit.close();
        assertTrue(Thread.interrupted(), "the interrupt is kept for the caller");
        assertEquals(before, ColdJvm.directives());
    }

    @Test
    void warmJvmAndOptOutAreLeftAlone() throws Exception {
        String before = ColdJvm.directives();
        for (ColdJvm jit : List.of(ColdJvm.start(true, null, ColdJvm.FRESH_MILLIS + 1), ColdJvm.start(false, null, 0))) {
            try (jit) {
                assertFalse(jit.active());
                assertEquals(before, ColdJvm.directives());
            }
        }
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}
