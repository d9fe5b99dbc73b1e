package io.github.vaultlint.section;

import io.github.vaultlint.vault.Block;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The tuned label code (index moves, char buffers, lines read in place) against the plain
 * String-per-step version it replaced ({@link LabelsReference}), on hand-picked and many random
 * inputs: non-ASCII, tabs, CRLF and other line ends, emphasis, numbering, emoji and surrogates,
 * {@code %%} and {@code <!-- -->} comments, open and closed.
 */
class LabelsEquivalenceTest {
    private static final String[] PIECES = {
        "Situation", "What was asked", "Result", "Don’t know", "‘quoted’", "Café Résumé", "ÀÉÎÕÜ ÿ ß µ",
        "İstanbul", "ΣΟΦΊΑ Σ", "ﬁle", "Straße", "naïve", "STAR", "Q", "x", "ivx", "12", "1234",
        " ", "  ", "\t", "\r\n", "\n", "\r", "\u000b", "\f", "\u001c", "\u0085", "\u00a0", "\u2003", "\u2028", "\u2029",
        "*", "**", "***", "_", "__", "~~", "==", "#", "##", ":", "：", "?", ".", "...", "-", "–", "—", "'", "\"", "“", "”",
        "«", "„", "%%", "%", "%% c %%", "<!--", "-->", "<!-- x -->", "<", "!", "[!", "]", "[!info]", "[!tip]-", "+",
        "1. ", "12) ", "iv. ", "x)", "✅", "🚀", "\ud83d", "\ude00", "\u0301", "\u00ad", "\u200d", "\ufe0f", "\u200b",
        "$5", "40%", "€3", "£", "¥", "₹", "ten", "twice", "a week", "K8s", "p99", "EC2", "TODO", "tbd", "[ ]", "[x]", "…", "**TODO**", "_tbd_", "~~?~~",
        "https://e.x", "10:30", "A:", "S: ", "S/T: ", "T&A:", "S/", "S/t: ", "*", "*x*", "*x**", "What I did:", "it's", "it’s", "word-word"};

    private static String random(Random r) {
        StringBuilder sb = new StringBuilder();
        int n = r.nextInt(9);
        for (int i = 0; i < n; i++) {
            sb.append(PIECES[r.nextInt(PIECES.length)]);
        }
        return sb.toString();
    }

    /** Hand-picked inputs, then many random ones built from the pieces above. */
    private static List<String> inputs() {
        List<String> out = new ArrayList<>(List.of("", " ", "**What was asked:**", "  _What  was   asked_ : ",
                "***Situation***", "Result %% expect: something %%", "## Resource Utilization", "✅ What went well?", "🟦 **Situation**: x", "- 📌 Result: y", "✅ A: z", "✅",
                "1. Situation", "Don’t know", "**1. Result:**", "== ~~Result~~ ==", "# # Title", "\"Quoted title\"",
                "“Curly title”", "\" \"", "%% open comment", "a <!-- b --> c", "a %% b\r\n", "Σ", "ΑΣ ΒΣ", "İ", "TITLE\t\tTWO",
                "Result:\r", "x%<!-- -->%y", "\ud83d\ude00 Result", "\ud83d Result", "Result \ude00", "iv) Action", "1234. Task",
                "12.Task", "What I did: stuff", "Results and impact: a", "S: x", "S:x", "s: x", "**Result** was", "** x **:", "**What did they ask?** x", "*Why?* x", "**Why?**",
                "**Result**- x", "**Result** – x", "**Result —** x", "**Task -** x", "**Follow-up**", "**Task-** x", "** —** x", "__Action –__ x", "**S —**ituation: x", "**S**ituation: x", "**R**esult", "*S*ituation:", "**S**ituation -: x", "__Task__", "*Result*:", "****Result****:", "> [!info]- Improved answer",
                "[!info]", "[!note]+ %% c %%", " [!tip] Title\r", "[! x]"));
        Random r = new Random(20240601);
        for (int i = 0; i < 40_000; i++) {
            out.add(random(r));
        }
        return out;
    }

    private static String describe(Labels.LineLabel l) {
        return l == null ? "null" : l.form() + "|" + l.text() + "|" + l.column() + "|" + l.restStart() + "|" + l.normalized();
    }

    @Test
    void normalizeAndTitlesMatchTheReference() {
        char[] scratch = new char[4]; // smaller than many inputs: a longer label gets its own buffer
        for (String s : inputs()) {
            String expected = LabelsReference.normalize(s);
            assertEquals(expected, Labels.normalize(s), () -> "normalize of [" + s + "]");
            assertEquals(expected, Labels.normalize(s, scratch), () -> "normalize with a reused buffer of [" + s + "]");
            assertEquals(expected, Labels.normalizeUncommented(Labels.stripComments(s), null), () -> "uncommented [" + s + "]");
            assertEquals(LabelsReference.displayTitle(s), Labels.displayTitle(s), () -> "displayTitle of [" + s + "]");
            assertEquals(LabelsReference.stripComments(s), Labels.stripComments(s), () -> "stripComments of [" + s + "]");
            assertEquals(LabelsReference.numbering(s), Labels.numbering(s), () -> "numbering of [" + s + "]");
        }
    }

    @Test
    void lineLabelsMatchTheReference() {
        for (String s : inputs()) {
            assertEquals(describe(LabelsReference.atLineStart(s)), describe(Labels.atLineStart(s)), () -> "atLineStart of [" + s + "]");
            assertEquals(describe(LabelsReference.callout(s)), describe(Labels.callout(s)), () -> "callout of [" + s + "]");
        }
    }

    /** Lines read in place inside a block's text give what the line cut out of it gives. */
    @Test
    void linesReadInPlaceMatchTheLineCutOut() {
        Random r = new Random(7);
        List<String> inputs = inputs();
        for (int i = 0; i < 20_000; i++) {
            String text = inputs.get(r.nextInt(inputs.size())) + "\n" + inputs.get(r.nextInt(inputs.size())) + "\n"
                    + inputs.get(r.nextInt(inputs.size()));
            for (int from = 0; from <= text.length(); ) {
                int nl = text.indexOf('\n', from);
                int to = nl < 0 ? text.length() : nl;
                String line = text.substring(from, to);
                int colon = text.indexOf(':', from);
                int f = from;
                assertEquals(describe(LabelsReference.atLineStart(line)),
                        describe(Labels.atLineStart(text, from, to, colon >= 0 && colon < to ? colon : -1)),
                        () -> "line at " + f + " of [" + text + "]");
                assertEquals(describe(LabelsReference.callout(line)), describe(Labels.callout(text, from, to)),
                        () -> "callout at " + f + " of [" + text + "]");
                from = to + 1;
            }
        }
    }

    @Test
    void contentBlanknessTextAndMeasurabilityMatchTheReference() {
        Random r = new Random(11);
        List<String> inputs = inputs();
        for (String s : inputs) {
            assertEquals(LabelsReference.isBlank(s), Content.isBlank(s), () -> "isBlank of [" + s + "]");
            assertEquals(LabelsReference.measurable(s), Measurable.test(s), () -> "Measurable.test of [" + s + "]");
            String lines = s + "\n" + inputs.get(r.nextInt(inputs.size())) + "\r\n" + inputs.get(r.nextInt(inputs.size()));
            assertEquals(LabelsReference.isBlank(lines), Content.isBlank(lines), () -> "isBlank of [" + lines + "]");
            List<Block> blocks = new ArrayList<>();
            for (int i = r.nextInt(4); i > 0; i--) {
                blocks.add(new Block(Block.Kind.PARAGRAPH, inputs.get(r.nextInt(inputs.size())), 1, 1, 0, 0, -1));
            }
            assertEquals(LabelsReference.text(blocks), Content.text(blocks), () -> "text of " + blocks);
        }
        // Placeholders on their own, with comments and spaces around them, are blank; longer text is not.
        for (String blank : List.of("-", " TODO ", "tbd\n-\n[ ]", "%% note %%", "<!-- x -->\n…", "WIP", "\t?? \r\n...",
                "TBD.", "todo:", "**TODO**.", "_wip_!")) {
            assertEquals(true, Content.isBlank(blank), blank);
        }
        for (String content : List.of("todos", "- x", "%% a %% done", "abcde", "  <b>x</b>", "TODO\nreal", "TODO: ask",
                "-.", "?:", "TBD..")) {
            assertEquals(false, Content.isBlank(content), content);
        }
    }
}
