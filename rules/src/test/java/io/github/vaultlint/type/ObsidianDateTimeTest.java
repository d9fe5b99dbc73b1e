package io.github.vaultlint.type;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** {@code format: date-time} accepts what Obsidian's Date & time property writes, and still refuses what is no date and time. */
class ObsidianDateTimeTest {
    @TempDir
    Path vault;

    private List<String> findings(String value) throws Exception {
        JobTypeVault.configure(vault, "type: object\nproperties:\n  when: { type: string, format: date-time }\n");
        return JobTypeVault.schemaFindings(vault, "---\nwhen: " + value + "\n---\n");
    }

    @Test
    void theFormsObsidianWritesPass() throws Exception {
        for (String ok : List.of("2025-04-08T15:30", "2025-04-08T15:30:12", "2025-04-08T15:30:12.250", "2025-04-08T15:30:12Z",
                "2025-04-08T15:30:12+02:00", "2025-04-08T15:30-05:00", "2025-04-08t15:30z", "2024-02-29T00:00")) {
            assertEquals(List.of(), findings(ok), ok);
        }
    }

    @Test
    void whatIsNoDateAndTimeIsStillRefused() throws Exception {
        Map<String, String> hints = new LinkedHashMap<>();
        hints.put("2025-04-08", "; add the time of day: 2025-04-08T00:00");
        hints.put("2025-04-08 15:30", "; write a T between the date and the time: 2025-04-08T15:30");
        hints.put("2025-04-08T25:00", "; it names no real day or time (there is no hour 25): write one that exists");
        hints.put("2025-04-08T15:60", "; it names no real day or time (there is no minute 60): write one that exists");
        hints.put("2025-02-30T10:00", "; it names no real day or time (February 2025 has 28 days): write one that exists");
        hints.put("2025-04-08T15:30:61", "; it names no real day or time (there is no second 61): write one that exists");
        for (String bad : List.of("2025-04-08T15:30:12.", "2025-04-08T15:30+0200", "2025-04-08T15:30Zx", "2025-04-08T15")) {
            hints.put(bad, "");
        }
        for (Map.Entry<String, String> e : hints.entrySet()) {
            String bad = e.getKey();
            List<String> f = findings(bad);
            assertEquals(1, f.size(), bad + ": " + f);
            assertEquals("2:7-2:" + (7 + bad.length()) + " when: \"" + bad + "\" is not a valid date and time (YYYY-MM-DDTHH:MM as "
                    + "Obsidian's Date & time property writes it, e.g. 2025-11-17T09:30; seconds and a time zone are optional)"
                    + e.getValue(), f.get(0));
        }
    }
}
