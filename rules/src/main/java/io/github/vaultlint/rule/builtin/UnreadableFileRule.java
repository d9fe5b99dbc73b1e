package io.github.vaultlint.rule.builtin;

import io.github.vaultlint.rule.Rule;
import io.github.vaultlint.rule.RuleContext;
import io.github.vaultlint.rule.RuleInfo;
import io.github.vaultlint.rule.Severity;
import io.github.vaultlint.vault.Note;

@RuleInfo(id = "unreadable-file", severity = Severity.ERROR, category = "files", local = true,
        summary = "A note that cannot be read as Markdown: binary, too large, unreadable, or a symlink loop.",
        description = "The note is skipped by every other rule, so its problems would go unseen. Reported for a "
                + "`.md` file with binary content (NUL bytes), a note above `maxFileSize` (default 10 MB), a file "
                + "or folder that cannot be read, a symbolic link loop, a dangling symbolic link, a symbolic link to a "
                + "file or folder outside the vault (followed as Obsidian would, it would make vaultlint read and report "
                + "files the vault does not hold, so it is never read), or a file that is not a regular file (a named "
                + "pipe, socket or device, which is never opened), or a note whose lists or quotes nest deeper than vaultlint "
                + "parses (more than 256 levels), at the first line too deep, or one with more than 100,000 setext headings "
                + "(text underlined with `=` or `-`) and paragraphs of reference definitions, which flexmark parses in time "
                + "that grows with their square, at the line over that limit.")
public final class UnreadableFileRule implements Rule {
    @Override
    public void checkNote(Note note, RuleContext ctx) {
        ProblemReporter.reportNote("unreadable-file", note, ctx);
    }

    @Override
    public void checkVault(RuleContext ctx) {
        ProblemReporter.reportVault("unreadable-file", ctx);
    }
}
