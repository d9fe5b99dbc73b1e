package io.github.vaultlint.analysis;

import io.github.vaultlint.engine.LintOptions;
import io.github.vaultlint.engine.LintResult;
import io.github.vaultlint.engine.Linter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The names people give the parts of a debrief: each item lands in the role its part has. */
class AnalyzerSynonymsTest {
    @TempDir
    static Path vault;
    static LintResult result;

    private static final String[] NAMES = {"What went well", "Went well", "Positives", "What I did well", "Strengths",
        "Weaknesses", "Mistakes", "Gaps", "What I struggled with", "Could be better", "What didn’t go well",
        "Improvements", "Next steps", "To do", "What I’d do differently", "Improve", "Pros", "Highlights", "Negatives", "Cons",
        "Lowlights", "Lessons learned", "Areas to improve", "Action items", "Areas to work on", "Things to work on", "Needs work",
        "Needs improvement", "Room for improvement", "Areas for growth", "Follow-up actions", "Homework",
        "Feedback from the interviewer", "Interviewer feedback", "Takeaways", "Follow-up questions", "Reflection"};

    @BeforeAll
    static void analyze() throws Exception {
        for (int i = 0; i < NAMES.length; i++) {
            Files.writeString(vault.resolve("n" + i + ".md"), "---\ntags: [real-interview]\ncompany: C" + i + "\ndate: 2025-01-"
                    + String.format("%02d", i + 1) + "\n---\n## Zqtopic\n\n### What I was asked\n- q\n\n### How I responded\n- r\n\n"
                    + "### What was weak\n- w\n\n### How I should improve\n- a\n\n### " + NAMES[i] + "\n- item under " + NAMES[i] + "\n");
        }
        result = new Linter().run(LintOptions.of(vault));
    }

    private static Interview interview(String name) {
        String file = "n" + List.of(NAMES).indexOf(name) + ".md";
        return result.insights().interviews().stream().filter(i -> i.file().equals(file)).findFirst().orElseThrow();
    }

    @ParameterizedTest
    @CsvSource({
        "What went well, STRENGTH", "Went well, STRENGTH", "Positives, STRENGTH", "What I did well, STRENGTH", "Strengths, STRENGTH",
        "Weaknesses, WEAK", "Mistakes, WEAK", "Gaps, WEAK", "What I struggled with, WEAK", "Could be better, WEAK",
        "What didn’t go well, WEAK", "Pros, STRENGTH", "Highlights, STRENGTH", "Negatives, WEAK", "Cons, WEAK", "Lowlights, WEAK",
        "Improvements, ACTION", "Next steps, ACTION", "To do, ACTION", "What I’d do differently, ACTION", "Improve, ACTION",
        "Areas to improve, WEAK", "Action items, ACTION", "Areas to work on, WEAK", "Things to work on, WEAK", "Needs work, WEAK",
        "Needs improvement, WEAK", "Room for improvement, WEAK", "Areas for growth, WEAK", "Follow-up actions, ACTION",
        "Homework, ACTION"})
    void eachPartNameGivesItsRole(String name, Item.Kind role) {
        Interview iv = interview(name);
        List<Item> list = role == Item.Kind.WEAK ? iv.weak() : role == Item.Kind.STRENGTH ? iv.strengths() : iv.actions();
        assertTrue(list.stream().anyMatch(i -> i.text().equals("item under " + name)), name + " in " + list);
        int all = iv.weak().size() + iv.strengths().size() + iv.actions().size();
        assertEquals(3, all, "w, a and the item, each counted once, in one role: " + name);
    }

    /**
     * Headings that hold a mix of weak points, strengths and plans (what the interviewer said, what
     * I learned) or more questions are no part: their items are none of weak points, strengths and
     * actions, rather than all of one kind.
     */
    @ParameterizedTest
    @CsvSource({"Lessons learned", "Feedback from the interviewer", "Interviewer feedback", "Takeaways", "Follow-up questions",
        "Reflection"})
    void aHeadingNamingNoPartAddsNoItem(String name) {
        Interview iv = interview(name);
        assertEquals(List.of("w"), iv.weak().stream().map(Item::text).toList(), name);
        assertEquals(List.of("a"), iv.actions().stream().map(Item::text).toList(), "the How I should improve part ends there: " + name);
        assertTrue(iv.strengths().isEmpty(), name);
    }

    @Test
    void theNewNamesRaiseNoSectionFindings() {
        assertEquals(List.of(), result.findings().stream()
                .filter(f -> f.ruleId().equals("required-section") || f.ruleId().equals("empty-section")).toList());
    }
}
