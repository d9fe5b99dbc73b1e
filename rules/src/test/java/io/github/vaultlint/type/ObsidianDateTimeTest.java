package io.github.vaultlint.type;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

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
        for (String bad : List.of("2025-04-08", "2025-04-08 15:30", "2025-04-08T25:00", "2025-04-08T15:60", "2025-02-30T10:00",
                "2025-04-08T15:30:61", "2025-04-08T15:30:12.", "2025-04-08T15:30+0200", "2025-04-08T15:30Zx", "2025-04-08T15")) {
            List<String> f = findings(bad);
            assertEquals(1, f.size(), bad + ": " + f);
            assertEquals("2:7-2:" + (7 + bad.length()) + " when: \"" + bad + "\" is not a valid date and time (YYYY-MM-DDTHH:MM as "
                    + "Obsidian's Date & time property writes it, e.g. 2025-11-17T09:30; seconds and a time zone are optional)", f.get(0));
        }
    }
}
