package io.github.vaultlint.analysis;

import java.util.List;

/**
 * One weak point, strength or improvement action written in a note. {@code text} is plain text
 * (Markdown stripped); {@code details} are its nested bullets; {@code section} the heading it sits
 * under; {@code done} is set for actions written as tasks (null otherwise).
 */
public record Item(Kind kind, String file, int line, String section, String text, List<String> details,
                   List<String> keyPhrases, List<String> topics, Boolean done) {

    public enum Kind { WEAK, STRENGTH, ACTION }

    public Item {
        details = List.copyOf(details);
        keyPhrases = List.copyOf(keyPhrases);
        topics = List.copyOf(topics);
    }

    public boolean open() {
        return kind == Kind.ACTION && !Boolean.TRUE.equals(done);
    }

    /** How many of {@code items} are open; a loop, as reports ask it for every topic. */
    public static long countOpen(List<Item> items) {
        long n = 0;
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).open()) {
                n++;
            }
        }
        return n;
    }
}
