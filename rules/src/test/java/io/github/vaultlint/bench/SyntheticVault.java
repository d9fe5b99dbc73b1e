package io.github.vaultlint.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A deterministic vault of interview notes (debriefs, STAR story banks, mock answers, topic notes)
 * whose every link is valid and recorded with its exact position. Any subset of links can be
 * rendered in a broken form instead; the record says which rule must then report it and where.
 *
 * <p>Link forms: plain, alias, heading, nested heading, block, embed with size, Markdown with
 * percent-encoded path and heading, same-note heading, folder path, escaped pipe in a table, and a
 * frontmatter link. Text that only looks like a link (code spans, comments, math) is mixed in.
 */
public final class SyntheticVault {

    /** One link as generated: where it starts, and the rule that reports its broken form. */
    public record Planted(String file, int line, int column, String brokenRule) {
    }

    /** The rendered vault: note texts by path, attachment paths, and every planted link. */
    public record Result(Map<String, String> notes, List<String> attachments, List<Planted> links) {
        public void writeTo(Path root) throws IOException {
            for (Map.Entry<String, String> e : notes.entrySet()) {
                Path p = root.resolve(e.getKey());
                Files.createDirectories(p.getParent());
                Files.writeString(p, e.getValue(), StandardCharsets.UTF_8);
            }
            for (String a : attachments) {
                Path p = root.resolve(a);
                Files.createDirectories(p.getParent());
                Files.write(p, new byte[] {(byte) 0x89, 'P', 'N', 'G'});
            }
        }
    }

    private static final String[] FOLDERS = {"Interviews", "Stories", "Mock", "Topics/AWS", "Topics/Kubernetes", "Topics"};
    private static final String[] COMPANIES = {"Acme", "Globex", "Initech", "Umbrella", "Hooli", "Stark", "Wayne", "Wonka"};
    private static final String[] SUBJECTS = {"Cross-region routing", "Capacity planning", "Cost allocation", "Pod scheduling",
        "Incident response", "Kafka replication", "Probe design", "VPC networking", "Autoscaling", "Observability"};
    private static final String[] PARTS = {"What I was asked", "How I responded", "What was weak", "How I should improve"};

    private final long seed;
    private Random random;
    private final int count;
    private final int linksPerNote;

    /** Model of a note, known before any text is written, so links can target headings and blocks. */
    private record Model(String path, String name, String folder, List<String> sections, String blockId, String alias) {
    }

    public SyntheticVault(long seed, int notes, int linksPerNote) {
        this.seed = seed;
        this.count = notes;
        this.linksPerNote = linksPerNote;
    }

    /** Renders the vault; links whose index (in generation order) is in {@code broken} get their broken form. */
    public Result render(java.util.Set<Integer> broken) {
        random = new Random(seed);
        List<Model> models = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String folder = FOLDERS[i % FOLDERS.length];
            String name = String.format("%s %s %05d", COMPANIES[i % COMPANIES.length], SUBJECTS[(i / 7) % SUBJECTS.length], i);
            List<String> sections = new ArrayList<>();
            for (int s = 0; s < 3; s++) {
                sections.add(SUBJECTS[(i + s * 3) % SUBJECTS.length] + " " + (s + 1));
            }
            models.add(new Model(folder + "/" + name + ".md", name, folder, sections, "b" + Integer.toString(i, 36),
                    i % 5 == 0 ? "alias " + i : null));
        }
        List<String> attachments = new ArrayList<>();
        for (int i = 0; i < Math.max(1, count / 10); i++) {
            attachments.add("Attachments/diagram " + i + ".png");
        }
        Map<String, String> notes = new LinkedHashMap<>();
        List<Planted> planted = new ArrayList<>();
        int[] linkIndex = {0};
        for (String folder : FOLDERS) {
            notes.put(folder + "/Index.md", "# Index of " + folder + "\n\nEverything filed under " + folder + ".\n");
        }
        for (Model m : models) {
            notes.put(m.path(), note(m, models, attachments, broken, planted, linkIndex));
        }
        return new Result(notes, attachments, planted);
    }

    /** Number of links {@link #render} plants (the same for every broken set). */
    public int linkCount() {
        return count * linksPerNote;
    }

    private String note(Model m, List<Model> all, List<String> attachments, java.util.Set<Integer> broken,
                        List<Planted> planted, int[] idx) {
        Writer w = new Writer(m.path());
        w.line("---");
        w.line("title: " + m.name());
        w.line("date: 2025-" + String.format("%02d-%02d", 1 + random.nextInt(12), 1 + random.nextInt(28)));
        w.line("tags:");
        w.line("  - interview-prep");
        if (m.alias() != null) {
            w.line("aliases:");
            w.line("  - " + m.alias());
        }
        int linksLeft = linksPerNote;
        // One frontmatter link per note.
        Model fmTarget = all.get(random.nextInt(all.size()));
        boolean fmBroken = broken.contains(idx[0]);
        w.text("related: \"");
        w.link(planted, "broken-link", "[[" + (fmBroken ? fmTarget.name() + " Missing" : fmTarget.name()) + "]]");
        w.line("\"");
        idx[0]++;
        linksLeft--;
        w.line("---");
        w.line("# " + m.name());
        w.line("");
        w.line("Decoys that are not links: `[[Missing In Code " + idx[0] + "]]`, %% [[Missing In Comment]] %%, "
                + "$[[Missing In Math]]$ and an escaped \\[[Missing Escaped]].");
        int perSection = Math.max(1, linksLeft / m.sections().size());
        for (int s = 0; s < m.sections().size(); s++) {
            w.line("");
            w.line("## " + m.sections().get(s));
            w.line("");
            w.line("### " + PARTS[s % PARTS.length]);
            w.line("");
            int here = s == m.sections().size() - 1 ? linksLeft : Math.min(perSection, linksLeft);
            for (int k = 0; k < here; k++) {
                w.text("- ");
                addLink(w, m, all, attachments, broken.contains(idx[0]), planted);
                idx[0]++;
                linksLeft--;
                w.line(k == 0 && s == 0 ? " ^" + m.blockId() : "");
            }
        }
        return w.toString();
    }

    private void addLink(Writer w, Model self, List<Model> all, List<String> attachments, boolean broken, List<Planted> planted) {
        Model t = all.get(random.nextInt(all.size()));
        String miss = " Missing";
        switch (random.nextInt(11)) {
            case 0 -> w.link(planted, "broken-link", "[[" + t.name() + (broken ? miss : "") + "]]");
            case 1 -> w.link(planted, "broken-link", "[[" + t.name() + (broken ? miss : "") + "|"
                    + (t.alias() != null ? t.alias() : "see this") + "]]");
            case 2 -> w.link(planted, "broken-anchor", "[[" + t.name() + "#" + t.sections().get(1) + (broken ? miss : "") + "]]");
            case 3 -> w.link(planted, "broken-anchor", "[[" + t.name() + "#" + t.sections().get(2) + "#"
                    + PARTS[2 % PARTS.length] + (broken ? miss : "") + "]]");
            case 4 -> w.link(planted, "broken-anchor", "[[" + t.name() + "#^" + t.blockId() + (broken ? "x" : "") + "]]");
            case 5 -> {
                String a = attachments.get(random.nextInt(attachments.size()));
                String file = a.substring(a.lastIndexOf('/') + 1);
                w.link(planted, "broken-link", "![[" + (broken ? "missing " : "") + file + "|300]]");
            }
            case 6 -> {
                // Markdown link: percent-encoded relative path and heading; broken in the path or the heading.
                boolean inPath = random.nextBoolean(); // drawn always, so broken and clean renders stay in step
                String rel = relative(self.folder(), broken && inPath ? missingPath(t) : t.path());
                boolean pathBroken = !rel.endsWith(t.name() + ".md");
                String anchor = t.sections().get(0) + (broken && !pathBroken ? miss : "");
                w.link(planted, pathBroken ? "broken-link" : "broken-anchor", "[notes on " + t.sections().get(0) + "]("
                        + rel.replace(" ", "%20") + "#" + anchor.replace(" ", "%20") + ")");
            }
            case 7 -> w.link(planted, "broken-anchor", "[[#" + self.sections().get(0) + (broken ? miss : "") + "]]");
            case 8 -> {
                String folder = FOLDERS[random.nextInt(FOLDERS.length)];
                w.link(planted, "broken-link", "[[" + (broken ? "Nowhere" : folder) + "/Index]]");
            }
            case 9 -> {
                w.line("");
                w.line("  | Topic | Note |");
                w.line("  |-------|------|");
                w.text("  | " + t.sections().get(0) + " | ");
                w.link(planted, "broken-link", "[[" + t.name() + (broken ? miss : "") + "\\|" + "notes" + "]]");
                w.text(" |");
            }
            default -> w.link(planted, "broken-link", "[" + t.name() + "](<"
                    + relative(self.folder(), broken ? missingPath(t) : t.path()) + ">)");
        }
    }

    /** The target's path with " Missing" added to the file name: a file that never exists. */
    private static String missingPath(Model t) {
        return t.folder() + "/" + t.name() + " Missing.md";
    }

    /**
     * Path from a folder to a vault path, with "../" as needed. Written independently of
     * link/MissingTarget on purpose: the generator is the oracle the resolver is tested against.
     */
    static String relative(String folder, String path) {
        String[] from = folder.split("/");
        String[] to = path.split("/");
        int common = 0;
        while (common < from.length && common < to.length - 1 && from[common].equals(to[common])) {
            common++;
        }
        StringBuilder sb = new StringBuilder();
        for (int i = common; i < from.length; i++) {
            sb.append("../");
        }
        for (int i = common; i < to.length; i++) {
            sb.append(to[i]).append(i < to.length - 1 ? "/" : "");
        }
        return sb.toString();
    }

    /** Appends text while tracking the 1-based line and column of the cursor. */
    private static final class Writer {
        private final String file;
        private final StringBuilder sb = new StringBuilder();
        private int line = 1;
        private int column = 1;

        Writer(String file) {
            this.file = file;
        }

        void text(String s) {
            for (int i = 0; i < s.length(); i++) {
                if (s.charAt(i) == '\n') {
                    line++;
                    column = 1;
                } else {
                    column++;
                }
            }
            sb.append(s);
        }

        void line(String s) {
            text(s + "\n");
        }

        void link(List<Planted> planted, String rule, String link) {
            planted.add(new Planted(file, line, column, rule));
            text(link);
        }

        @Override
        public String toString() {
            return sb.toString();
        }
    }
}
