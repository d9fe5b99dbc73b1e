package io.github.vaultlint.engine;

import io.github.vaultlint.rule.Rule;
import io.github.vaultlint.rule.RuleContext;
import io.github.vaultlint.rule.RuleInfo;
import io.github.vaultlint.rule.RuleRegistry;
import io.github.vaultlint.rule.Severity;
import io.github.vaultlint.vault.Note;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Values shared through {@link RuleContext#memo} are computed once per note and run, whatever the rule count. */
class RuleMemoTest {
    static final AtomicInteger COMPUTED = new AtomicInteger();

    @RuleInfo(id = "memo-a", severity = Severity.INFO, summary = "test", description = "test")
    public static final class A implements Rule {
        @Override
        public void checkNote(Note note, RuleContext ctx) {
            int words = ctx.memo(note, "words", n -> {
                COMPUTED.incrementAndGet();
                return n.blocks().size();
            });
            ctx.report(note, 1, 1, "blocks " + words);
        }
    }

    @RuleInfo(id = "memo-b", severity = Severity.INFO, summary = "test", description = "test")
    public static final class B implements Rule {
        @Override
        public void checkNote(Note note, RuleContext ctx) {
            new A().checkNote(note, ctx);
        }
    }

    @Test
    void eachNoteIsComputedOncePerRun(@TempDir Path vault) throws Exception {
        for (int i = 0; i < 20; i++) {
            Files.writeString(vault.resolve("n" + i + ".md"), "# Note " + i + "\n\ntext\n");
        }
        LintResult r = new Linter(new RuleRegistry(List.of(A.class, B.class))).run(LintOptions.of(vault));
        assertEquals(40, r.findings().size());
        assertEquals(20, COMPUTED.get());
        new Linter(new RuleRegistry(List.of(A.class, B.class))).run(LintOptions.of(vault));
        assertEquals(40, COMPUTED.get(), "a new run computes again");
    }
}
