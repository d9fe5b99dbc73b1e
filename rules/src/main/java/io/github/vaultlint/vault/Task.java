package io.github.vaultlint.vault;

/**
 * A checklist item ({@code - [ ] text} / {@code - [x] text}). {@code status} is read from the mark
 * between the brackets as the Obsidian Tasks plugin reads it: {@code x}/{@code X} done, {@code /}
 * in progress, {@code -} cancelled, a space or any other mark open.
 */
public record Task(Status status, String text, int line, int column) {

    /** What a task's mark says. Only DONE and CANCELLED are not outstanding. */
    public enum Status {
        OPEN("open"), IN_PROGRESS("in-progress"), DONE("done"), CANCELLED("cancelled");

        private final String id;

        Status(String id) {
            this.id = id;
        }

        /** The status as vaultlint.json writes it. */
        public String id() {
            return id;
        }

        /** Still to do: open or in progress. */
        public boolean outstanding() {
            return this == OPEN || this == IN_PROGRESS;
        }

        public static Status of(char mark) {
            switch (mark) {
                case 'x':
                case 'X':
                    return DONE;
                case '/':
                    return IN_PROGRESS;
                case '-':
                    return CANCELLED;
                default:
                    return OPEN; // ' ', and marks the Tasks plugin does not know, as it treats them
            }
        }
    }

    /** A task that is either done ({@code [x]}) or open ({@code [ ]}). */
    public Task(boolean done, String text, int line, int column) {
        this(done ? Status.DONE : Status.OPEN, text, line, column);
    }

    public boolean done() {
        return status == Status.DONE;
    }
}
