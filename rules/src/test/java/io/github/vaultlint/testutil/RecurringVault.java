package io.github.vaultlint.testutil;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Test vaults for the summary of recurring topics. */
public final class RecurringVault {
    private RecurringVault() {
    }

    private static final List<String> NAMES = List.of("Alpha", "Bravo", "Charlie", "Delta", "Echo", "Foxtrot", "Golf", "Hotel",
            "India", "Juliett", "Kilo", "Lima");

    /** Two interviews weak in the same seven topics (section titles no taxonomy keyword names): seven recurring topics. */
    public static void sevenRecurringTopics(Path vault) throws IOException {
        recurringTopics(vault, 7);
    }

    /** Two interviews weak in the same {@code n} topics (at most 12), named Alpha, Bravo, ...: {@code n} recurring topics. */
    public static void recurringTopics(Path vault, int n) throws IOException {
        Files.createDirectories(vault);
        for (int d = 10; d < 12; d++) {
            StringBuilder md = new StringBuilder("---\ntags: [real-interview]\ndate: 2025-10-" + d + "\ncompany: Co" + d + "\n---\n");
            for (String topic : NAMES.subList(0, n)) {
                md.append("## ").append(topic).append("\n\n**What was asked:** q\n\n**My answer:** a\n\n**What was weak:**\n- vague\n\n"
                        + "**How to improve:**\n- b\n\n");
            }
            Files.writeString(vault.resolve("2025-10-" + d + " Co" + d + ".md"), md.toString(), StandardCharsets.UTF_8);
        }
    }
}
