package io.github.vaultlint.analysis;

import io.github.vaultlint.vault.Task;

import java.util.List;

/**
 * One weak point, strength or improvement action written in a note. {@code text} is plain text
 * (Markdown stripped); {@code details} are its nested bullets; {@code section} the heading it sits
 * under. For an action, {@code status} is its task's status ({@code - [/]} in progress, {@code - [-]}
 * cancelled, ...), OPEN for an action written without a checkbox, and null for other items;
 * {@code due} is the date the action is due by ({@code by 2025-05-01}, {@code 📅 2025-05-01}), or null.
 */
public record Item(Kind kind, String file, int line, String section, String text, List<String> details,
                   List<String> keyPhrases, List<String> topics, Task.Status status, String due) {

    public enum Kind { WEAK, STRENGTH, ACTION }

    public Item {
        details = List.copyOf(details);
        keyPhrases = List.copyOf(keyPhrases);
        topics = List.copyOf(topics);
    }

    /** An item whose action, if it is one, is done or open; {@code done} null for other items. */
    public Item(Kind kind, String file, int line, String section, String text, List<String> details,
                List<String> keyPhrases, List<String> topics, Boolean done) {
        this(kind, file, line, section, text, details, keyPhrases, topics,
                done == null ? null : done ? Task.Status.DONE : Task.Status.OPEN, null);
    }

    /** Whether a task's box is checked: null for items that are no actions. */
    public Boolean done() {
        return status == null ? null : status == Task.Status.DONE;
    }

    /** An action still to do: not done and not cancelled. */
    public boolean open() {
        return kind == Kind.ACTION && (status == null || status.outstanding());
    }

    /** The same item classified into other topics. */
    public Item withTopics(List<String> names) {
        return new Item(kind, file, line, section, text, details, keyPhrases, names, status, due);
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
