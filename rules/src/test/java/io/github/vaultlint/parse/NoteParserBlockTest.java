package io.github.vaultlint.parse;

import io.github.vaultlint.vault.Block;
import io.github.vaultlint.vault.Note;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Block positions and quote grouping, which the section rules rely on. */
class NoteParserBlockTest {
    private final NoteParser parser = new NoteParser();

    private Block at(Note n, int line) {
        return n.blocks().stream().filter(b -> b.line() == line).findFirst().orElseThrow();
    }

    @Test
    void blocksKnowTheirColumnAfterContainerMarkers() {
        Note n = parser.parse("a.md", true, "Plain text\n\n- item\n  - nested\n\n> quoted\n>> deeper\n");
        assertEquals(1, at(n, 1).column());
        assertEquals(3, at(n, 3).column());
        assertEquals(5, at(n, 4).column());
        assertEquals(3, at(n, 6).column());
    }

    @Test
    void blocksOfOneQuoteShareItsFirstLine() {
        String text = String.join("\n",
                "> [!info]- Suggested Improved Answer", // 1
                "> first paragraph",                      // 2
                ">",                                      // 3
                "> second paragraph",                     // 4
                "",                                       // 5
                "> another quote",                        // 6
                "",                                       // 7
                "outside");                               // 8
        Note n = parser.parse("a.md", true, text);
        assertEquals(List.of(1, 1, 6, 0), List.of(at(n, 1).quoteLine(), at(n, 4).quoteLine(), at(n, 6).quoteLine(),
                at(n, 8).quoteLine()));
        assertEquals("[!info]- Suggested Improved Answer\nfirst paragraph", at(n, 1).text());
        assertEquals(0, at(n, 8).quoteDepth());
    }
}
