package io.github.vaultlint.vault;

import java.util.List;

/**
 * The compact model of one Markdown note: everything rules and analysis need, and no AST or full
 * text. {@code frontmatter} is null when the note has none. Notes excluded from linting
 * ({@code linted == false}) are still parsed so links to their headings and blocks resolve.
 */
public record Note(String path, boolean linted, Frontmatter frontmatter, List<Heading> headings,
                   List<Link> links, List<BlockId> blockIds, List<Tag> tags, List<Task> tasks,
                   List<Block> blocks, List<Comment> comments, List<Problem> problems, int lineCount) {

    public Note {
        headings = List.copyOf(headings);
        links = List.copyOf(links);
        blockIds = List.copyOf(blockIds);
        tags = List.copyOf(tags);
        // A cached note's blocks and tasks are produced on first use (NoteBody): kept as they are.
        tasks = NoteBody.isView(tasks) ? tasks : List.copyOf(tasks);
        blocks = NoteBody.isView(blocks) ? blocks : List.copyOf(blocks);
        comments = List.copyOf(comments);
        problems = List.copyOf(problems);
    }

    /** A note that could not be read at all, carrying only the problem. */
    public static Note unreadable(String path, boolean linted, Problem problem) {
        return new Note(path, linted, null, List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of(problem), 0);
    }

    /** File name without the {@code .md} extension: what {@code [[Name]]} refers to. */
    public String name() {
        int slash = path.lastIndexOf('/');
        String file = slash < 0 ? path : path.substring(slash + 1);
        return VaultFile.isMarkdownPath(file) ? file.substring(0, file.length() - 3) : file;
    }

    /** Folder part of the path, "" at the vault root. */
    public String folder() {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "" : path.substring(0, slash);
    }

    public boolean hasFrontmatter() {
        return frontmatter != null;
    }

    /** Problems recorded for one rule id. */
    public List<Problem> problems(String ruleId) {
        return problems.stream().filter(p -> p.ruleId().equals(ruleId)).toList();
    }
}
