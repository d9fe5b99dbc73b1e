package io.github.vaultlint.link;

import io.github.vaultlint.parse.NoteReader;
import io.github.vaultlint.vault.Link;
import io.github.vaultlint.vault.NewLinkFormat;
import io.github.vaultlint.vault.Note;
import io.github.vaultlint.vault.VaultFile;
import io.github.vaultlint.vault.VaultIndex;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * Resolves links the way Obsidian does (see {@link FileLookup} for files, {@link NoteAnchors} for
 * headings and blocks). Indexes are built once; each lookup touches only same-named files and the
 * target note's own anchors.
 *
 * <p>Thread-safe. {@link #resolutions(Note)} is memoised per note, so the four link rules
 * (broken-link, broken-anchor, ambiguous-link, link-outside-vault) share one resolution of every
 * link instead of resolving it four times.
 */
public final class LinkResolver {
    private final VaultIndex vault;
    private final FileLookup lookup;
    private final Map<String, NoteAnchors> anchors = new ConcurrentHashMap<>();
    private final Map<String, Resolved> byNote = new ConcurrentHashMap<>();
    /** While {@link #resolutions} computes on this thread: the notes whose anchors it looks into. */
    private static final ThreadLocal<Set<String>> CONSULTING = new ThreadLocal<>();
    private volatile MissingTarget missing;
    /** Marks a note that could not be parsed: its anchors are unknown, so they are never reported. */
    private static final NoteAnchors UNPARSED = new NoteAnchors(
            new Note("", false, null, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), 0));

    /** Whether {@link #consulted} is recorded: only a run that keeps link findings needs it. */
    private final boolean recording;

    public LinkResolver(VaultIndex vault) {
        this(vault, false);
    }

    /** With {@code recordConsulted}, {@link #consulted} tells which notes each note's resolutions read. */
    public LinkResolver(VaultIndex vault, boolean recordConsulted) {
        this(vault, recordConsulted, NewLinkFormat.SHORTEST);
    }

    /** With {@code format}, the vault's "New link format", in which "did you mean" links are written. */
    public LinkResolver(VaultIndex vault, boolean recordConsulted, NewLinkFormat format) {
        this.vault = vault;
        this.lookup = new FileLookup(vault.files(), format);
        this.recording = recordConsulted;
    }

    public VaultIndex vault() {
        return vault;
    }

    /** The resolutions of a note's links and the notes whose contents they read. */
    private record Resolved(List<Resolution> resolutions, Set<String> consulted) {
    }

    /** One resolution per link of {@code note}, in the order of {@link Note#links()}; computed once. */
    public List<Resolution> resolutions(Note note) {
        return resolved(note).resolutions();
    }

    /**
     * The paths of the notes whose contents (headings, block ids, properties) {@link #resolutions}
     * read for {@code note}: the targets of its anchored links, their same-named rivals, the notes a
     * "did you mean" looked into. With {@link #names} and the note itself, all the resolutions depend on.
     *
     * @throws IllegalStateException when this resolver was not made to record them
     */
    public Set<String> consulted(Note note) {
        if (!recording) {
            throw new IllegalStateException("this resolver does not record the notes resolutions consult");
        }
        return resolved(note).consulted();
    }

    private Resolved resolved(Note note) {
        return byNote.computeIfAbsent(note.path(), p -> {
            if (!recording) {
                return new Resolved(resolveAll(note), Set.of());
            }
            Set<String> consulted = new HashSet<>();
            Set<String> outer = CONSULTING.get();
            CONSULTING.set(consulted);
            try {
                return new Resolved(resolveAll(note), Set.copyOf(consulted));
            } finally {
                CONSULTING.set(outer);
            }
        });
    }

    private List<Resolution> resolveAll(Note note) {
        List<Resolution> out = new ArrayList<>(note.links().size());
        for (Link link : note.links()) {
            out.add(resolve(note, link));
        }
        return List.copyOf(out);
    }

    /**
     * Feeds {@code sink} everything about the vault, other than the {@link #consulted} notes, that
     * resolving a link may read: every file's path and whether it is linted, the folders, every
     * note's aliases, and the entries the scan could not read. While these, a note and the notes it
     * consulted are unchanged, its resolutions are too (kept in step with FileLookup and MissingTarget).
     */
    public void names(Consumer<String> sink) {
        for (VaultFile f : vault.files()) {
            sink.accept(f.linted() ? "F" + f.path() : "f" + f.path());
        }
        for (String folder : vault.folders()) {
            sink.accept("D" + folder);
        }
        for (Note n : vault.notes()) {
            List<String> aliases = MissingTarget.aliasTexts(n);
            if (!aliases.isEmpty()) {
                sink.accept("N" + n.path());
                for (String a : aliases) {
                    sink.accept("A" + a);
                }
            }
        }
        for (VaultIndex.VaultProblem p : vault.problems()) {
            sink.accept("P" + p.ruleId() + ":" + p.path());
        }
    }

    /**
     * Drops the memoised resolutions, anchor indexes and "did you mean" indexes once the link rules
     * are done (a 100,000-note vault holds half a million resolutions). Later calls recompute.
     */
    public void forgetMemo() {
        byNote.clear();
        anchors.clear();
        missing = null;
    }

    /** Resolves one link written in {@code from}. Prefer {@link #resolutions(Note)}, which is memoised. */
    public Resolution resolve(Note from, Link link) {
        if (link.target().isEmpty()) {
            VaultFile self = vault.file(from.path());
            return withAnchor(link, self, List.of(), "this note");
        }
        String target = link.target().replace('\\', '/');
        if (escapesVault(from, link, target)) {
            return Resolution.failed(link, Resolution.Status.OUTSIDE_VAULT, null,
                    ClimbedOut.explain(from, link, target, relativeBase(from, link, target), lookup));
        }
        FileLookup.Match m = link.kind() == Link.Kind.MARKDOWN ? lookup.findMarkdown(target, from.folder())
                : lookup.find(target, from.folder());
        if (!m.found() && hasInnerDots(target)) {
            // "Projects/../Top.md": Obsidian only resolves leading ./ and ../, but a browser or Git host
            // normalises inner segments; accept the normalised path rather than raise a doubtful alarm.
            String normal = MissingTarget.normalize(relativeBase(from, link, target), target);
            FileLookup.Match retry = normal == null ? m : lookup.find("/" + normal, "");
            if (!retry.found() && vaultWideMarkdown(link, target) && !from.folder().isEmpty()) {
                // A Markdown path missing from the note's folder is also looked for from the vault
                // root (as findMarkdown does): so is its normalised form.
                String fromRoot = MissingTarget.normalize("", target);
                retry = fromRoot == null ? retry : lookup.find("/" + fromRoot, "");
            }
            m = retry.found() ? retry : m;
        }
        if (!m.found()) {
            return Resolution.failed(link, Resolution.Status.BROKEN, null, missing().explain(from, link, target, m));
        }
        return withAnchor(link, m.best(), m.tied(), m.best().path(), m.bucket());
    }

    private Resolution withAnchor(Link link, VaultFile file, List<VaultFile> tied, String where) {
        return withAnchor(link, file, tied, where, List.of());
    }

    /**
     * Checks the anchor against the chosen file, or against every tied candidate (the link works if
     * any has it). Non-note targets take display suffixes (#page=3, #height=200): nothing to check.
     */
    private Resolution withAnchor(Link link, VaultFile file, List<VaultFile> tied, String where,
                                  List<FileLookup.Entry> sameName) {
        boolean checkAnchor = file != null && file.isNote() && NoteAnchors.parts(link.anchor()).length > 0;
        List<VaultFile> withAnchor = new ArrayList<>();
        NoteAnchors first = null;
        NoteAnchors.Lookup firstMiss = null;
        boolean unknown = !checkAnchor;
        for (VaultFile f : !checkAnchor ? List.<VaultFile>of() : tied.isEmpty() ? List.of(file) : tied) {
            NoteAnchors a = anchors(f);
            if (a == null) {
                unknown = true; // nothing to check, or an unparsed note: cannot tell
                continue;
            }
            NoteAnchors.Lookup l = a.find(link.anchor());
            if (l.found()) {
                withAnchor.add(f);
            } else if (first == null) {
                first = a;
                firstMiss = l;
            }
        }
        String ambiguity = tied.size() > 1 ? ambiguity(link, tied, withAnchor) : null;
        if (unknown || !withAnchor.isEmpty()) {
            Resolution.Status ok = ambiguity != null ? Resolution.Status.AMBIGUOUS : Resolution.Status.RESOLVED;
            return new Resolution(link, ok, file, tied, null, ambiguity);
        }
        String in = tied.isEmpty() ? where : "any of " + tied.size() + " candidates (e.g. " + first.note.path() + ")";
        String detail = MissingAnchor.explain(link, in, first, firstMiss);
        if (tied.isEmpty()) {
            VaultFile elsewhere = sameNamedWithAnchor(link, file, sameName);
            if (elsewhere != null) {
                detail = MissingAnchor.describe(in, firstMiss) + "; it is in " + elsewhere.path()
                        + ", a note with the same name that Obsidian does not pick here: write "
                        + LinkText.withTarget(link, link.kind() == Link.Kind.MARKDOWN ? elsewhere.path()
                        : lookup.uniqueLinkText(elsewhere));
            }
        }
        return new Resolution(link, Resolution.Status.BROKEN_ANCHOR, file, tied, detail, ambiguity);
    }

    /** Another file with the same name that has the anchor: the user probably meant that one. */
    private VaultFile sameNamedWithAnchor(Link link, VaultFile picked, List<FileLookup.Entry> sameName) {
        for (FileLookup.Entry e : sameName) {
            if (e.file() != picked && e.file().isNote()) {
                NoteAnchors a = anchors(e.file());
                if (a != null && a.find(link.anchor()).found()) {
                    return e.file();
                }
            }
        }
        return null;
    }

    /** The note's anchors, keyed once per target note; null when the note could not be parsed. */
    private NoteAnchors anchors(VaultFile f) {
        if (recording) {
            Set<String> consulting = CONSULTING.get();
            if (consulting != null) {
                consulting.add(f.path());
            }
        }
        NoteAnchors a = anchors.computeIfAbsent(f.path(), p -> {
            Note n = vault.note(p);
            return n == null || (n.lineCount() == 0 && !n.problems(NoteReader.UNREADABLE).isEmpty()) ? UNPARSED : new NoteAnchors(n);
        });
        return a == UNPARSED ? null : a;
    }

    private String ambiguity(Link link, List<VaultFile> tied, List<VaultFile> withAnchor) {
        List<String> paths = new ArrayList<>();
        for (VaultFile f : tied) {
            paths.add(f.path());
        }
        if (Keys.fold(tied.get(0).path()).equals(Keys.fold(tied.get(1).path()))) {
            // Same path but for case (a case-sensitive file system): no link text tells them apart in Obsidian.
            return "matches " + tied.size() + " files whose paths differ only in letter case: " + String.join(", ", paths)
                    + "; Obsidian compares paths case-insensitively and opens whichever it indexed first. Rename one "
                    + "of them so their names differ by more than letter case";
        }
        // Only suggest forms that work: the candidates holding the anchor, when some do.
        List<String> forms = new ArrayList<>();
        for (VaultFile f : withAnchor.isEmpty() ? tied : withAnchor) {
            forms.add(LinkText.withTarget(link, link.kind() == Link.Kind.MARKDOWN ? f.path() : lookup.uniqueLinkText(f)));
        }
        String pick = withAnchor.isEmpty() || withAnchor.size() == tied.size() ? " to pick one"
                : withAnchor.size() == 1 ? " (the only one with that " + (link.isBlockRef() ? "block" : "heading") + ")"
                : " (the ones with that " + (link.isBlockRef() ? "block" : "heading") + ")";
        return "matches " + tied.size() + " files equally well: " + String.join(", ", paths)
                + " (none is at the exact path or nearer to this note, and their paths are equally long), so Obsidian "
                + "opens whichever it indexed first. Write " + String.join(" or ", forms) + pick;
    }

    private MissingTarget missing() {
        MissingTarget m = missing;
        if (m == null) {
            synchronized (this) {
                m = missing;
                if (m == null) {
                    m = new MissingTarget(vault, lookup, this::anchors);
                    missing = m;
                }
            }
        }
        return m;
    }

    /** True for "a/./b" or "a/../b": dot segments after the start of the path. */
    private static boolean hasInnerDots(String target) {
        int from = target.startsWith("/") ? 1 : 0;
        while (target.startsWith("./", from) || target.startsWith("../", from)) {
            from += target.startsWith("./", from) ? 2 : 3;
        }
        String rest = "/" + target.substring(from) + "/";
        return rest.contains("/./") || rest.contains("/../");
    }

    /** The folder a path is relative to: the note's for ./, ../ and relative Markdown paths, else the root. */
    /** A Markdown path written neither from the note ({@code ./}, {@code ../}) nor from the root ({@code /}). */
    private static boolean vaultWideMarkdown(Link link, String target) {
        return link.kind() == Link.Kind.MARKDOWN && !target.startsWith("./") && !target.startsWith("../")
                && !target.startsWith("/");
    }

    private static String relativeBase(Note from, Link link, String target) {
        boolean relative = target.startsWith("./") || target.startsWith("../")
                || (link.kind() == Link.Kind.MARKDOWN && !target.startsWith("/"));
        return relative ? from.folder() : "";
    }

    /**
     * True when the path climbs above the vault root. {@code ./} and {@code ../} paths (and every
     * relative Markdown path) start from the note's folder, a leading '/' and other wikilinks from
     * the root.
     */
    static boolean escapesVault(Note from, Link link, String target) {
        if (!target.contains("..")) {
            return false; // only ".." segments climb
        }
        String base = relativeBase(from, link, target);
        int depth = base.isEmpty() ? 0 : base.split("/").length;
        for (String part : target.split("/")) {
            if (part.equals("..")) {
                if (--depth < 0) {
                    return true;
                }
            } else if (!part.isEmpty() && !part.equals(".")) {
                depth++;
            }
        }
        return false;
    }
}
