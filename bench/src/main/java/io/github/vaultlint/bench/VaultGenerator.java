package io.github.vaultlint.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Deterministic synthetic vault in the shapes of real interview notes: debriefs, STAR story banks,
 * mock-interview answers and topic notes, about five wikilinks per note (with headings, blocks and
 * aliases), embeds and Markdown links. A known fraction of notes carries one planted defect each;
 * {@code ground-truth.tsv} lists them as {@code path<TAB>line<TAB>rule-id}. The same seed and size
 * always give the same bytes.
 *
 * <p>Usage: {@code java -cp ... io.github.vaultlint.bench.VaultGenerator <dir> <notes> [seed] [defectPercent]}
 */
public final class VaultGenerator {
    public static final String GROUND_TRUTH = "ground-truth.tsv";

    static final String[] TOPICS = {"Kubernetes", "VPC Networking", "Observability", "Cloud Cost", "System Design",
            "Linux Debugging", "Databases", "Security", "Coding", "Behavioural", "Kafka", "Terraform"};
    static final String[] TOPIC_HEADINGS = {"Core Concepts", "Scheduling", "Failure Modes", "Trade-offs", "Numbers to Remember"};
    static final String[] COMPANIES = {"Acme", "Globex", "Initech", "Umbrella", "Hooli", "Stark", "Wayne", "Cyberdyne"};
    static final String[] WORDS = ("latency throughput cardinality autoscaling scheduler requests limits routing peering "
            + "sampling alerting capacity sharding replication failover quota budget rollout probe retention index")
            .split(" ");
    /**
     * Domain words per entry of {@link #TOPICS}: a real note's bullet is about one subject, so a
     * sentence takes a few words of one topic and the rest from {@link #FILLER}. Terraform's words
     * match no built-in topic on purpose (such items fall back to their section title).
     */
    static final String[][] VOCAB = {
            "scheduler pods autoscaling taints requests limits kubelet eviction".split(" "),
            "peering subnets routing egress dns nat gateways".split(" "),
            "cardinality alerting sampling percentiles exporters dashboards".split(" "),
            "billing finops chargeback spend reservations rightsizing".split(" "),
            "sharding failover throughput capacity queues bottlenecks".split(" "),
            "strace kernel throttling oom filesystem iotop".split(" "),
            "replicas indexes postgres transactions redis vacuum".split(" "),
            "iam encryption tls secrets tokens rotation".split(" "),
            "algorithm hashmap complexity parser python recursion".split(" "),
            "stakeholders conflict leadership storytelling confidence pitch".split(" "),
            "partitions consumers offsets brokers lag retention".split(" "),
            "modules drift plan providers workspaces imports".split(" "),
    };
    /** Everyday words that match no topic of the built-in taxonomy. */
    static final String[] FILLER = ("we the team during an under when I had to explain first then missed answer clearly "
            + "because it was slow after before on call with about rollout budget quota numbers example owner")
            .split(" ");

    /** One planted defect. */
    public record Defect(String path, int line, String ruleId) {
    }

    private final Random random;
    private final int notes;
    private final int defectPercent;
    private final List<Defect> defects = new ArrayList<>();
    private final List<String> topicNotes = new ArrayList<>();

    public VaultGenerator(long seed, int notes, int defectPercent) {
        this.random = new Random(seed);
        this.notes = notes;
        this.defectPercent = defectPercent;
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: VaultGenerator <dir> <notes> [seed] [defectPercent]");
            System.exit(2);
        }
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 42;
        int pct = args.length > 3 ? Integer.parseInt(args[3]) : 5;
        List<Defect> d = new VaultGenerator(seed, Integer.parseInt(args[1]), pct).generate(Path.of(args[0]));
        System.out.println("generated " + args[1] + " notes with " + d.size() + " planted defects in " + args[0]);
    }

    /** Writes the vault under {@code root} (created if needed) and returns the planted defects. */
    public List<Defect> generate(Path root) throws IOException {
        Files.createDirectories(root);
        int topics = Math.max(TOPICS.length, notes / 10);
        for (int i = 0; i < topics && i < notes; i++) {
            topicNotes.add(TOPICS[i % TOPICS.length] + (i < TOPICS.length ? "" : " " + (i / TOPICS.length)));
        }
        Files.createDirectories(root.resolve("attachments"));
        for (int i = 0; i < Math.min(20, notes); i++) {
            Files.write(root.resolve("attachments/diagram-" + i + ".png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10});
        }
        for (int i = 0; i < notes; i++) {
            Note n;
            if (i < topicNotes.size()) {
                n = topic(i);
            } else {
                switch (i % 4) {
                    case 0: n = debrief(i); break;
                    case 1: n = storyBank(i); break;
                    case 2: n = mock(i); break;
                    default: n = debrief(i);
                }
            }
            if (random.nextInt(100) < defectPercent) {
                plant(n);
            }
            write(root, n);
        }
        List<Defect> sorted = new ArrayList<>(defects);
        sorted.sort((a, b) -> a.path().equals(b.path()) ? Integer.compare(a.line(), b.line()) : a.path().compareTo(b.path()));
        try (BufferedWriter w = Files.newBufferedWriter(root.resolve(GROUND_TRUTH), StandardCharsets.UTF_8)) {
            for (Defect d : sorted) {
                w.write(d.path() + "\t" + d.line() + "\t" + d.ruleId() + "\n");
            }
        }
        return sorted;
    }

    /** A note under construction: lines plus where a defect may be planted. */
    private static final class Note {
        final String path;
        final List<String> lines = new ArrayList<>();
        boolean hasTitle;

        Note(String path) {
            this.path = path;
        }

        void add(String s) {
            lines.add(s);
        }
    }

    private Note topic(int i) {
        String name = topicNotes.get(i);
        Note n = new Note("Topics/" + name + ".md");
        n.add("---");
        n.add("title: " + name);
        n.add("tags:");
        n.add("  - topic");
        n.add("---");
        n.add("# " + name);
        n.add("");
        for (int h = 0; h < TOPIC_HEADINGS.length; h++) {
            n.add("## " + TOPIC_HEADINGS[h]);
            n.add("");
            n.add(sentence() + " " + sentence() + " ^blk-" + h);
            n.add("");
            n.add("- " + sentence() + " See " + link(i) + ".");
            n.add("- " + sentence());
            n.add("");
        }
        n.add("```bash");
        n.add("kubectl describe pod [[Not A Link]] # code is ignored");
        n.add("```");
        n.hasTitle = true;
        return n;
    }

    private Note debrief(int i) {
        String company = COMPANIES[i % COMPANIES.length] + " " + i;
        LocalDate date = LocalDate.of(2024, 1, 1).plusDays(i % 700);
        Note n = new Note("Interviews/" + date + " " + company + ".md");
        n.add("---");
        n.add("title: " + company + " interview");
        n.add("draft: " + (i % 3 == 0));
        n.add("tags:");
        n.add("  - real-interview");
        n.add("date: " + date);
        n.add("company: " + company);
        n.add("role: Site Reliability Engineer");
        n.add("---");
        n.add("## Meta");
        n.add("");
        n.add("- Company: " + company);
        n.add("- Role: Site Reliability Engineer");
        n.add("");
        // One or two topics keep a debrief near 2 KB, so a 10k vault is about 20 MB like the issue's reference.
        int topics = 1 + random.nextInt(2);
        for (int t = 0; t < topics; t++) {
            int topic = random.nextInt(TOPICS.length);
            n.add("---");
            n.add("## " + TOPICS[topic] + " question " + (t + 1));
            n.add("");
            part(n, "What I was asked", i, topic, true);
            part(n, "How I responded", i, topic, false);
            part(n, "What was correct", i, topic, t == 0);
            part(n, "What was weak", i, topic, true);
            part(n, "How I should improve", i, topic, true);
        }
        n.add("## Final Reflection");
        n.add("");
        n.add("- " + sentence() + " ![[diagram-" + (i % 20) + ".png|300]]");
        n.add("- " + sentence() + " " + sentence());
        n.hasTitle = true;
        return n;
    }

    private void part(Note n, String name, int i, int topic, boolean withLink) {
        n.add("### " + name);
        n.add("");
        n.add("- " + sentence(topic) + (withLink ? " " + link(i) : ""));
        if (random.nextBoolean()) {
            n.add("\t- " + sentence(topic));
        } else {
            n.add("- **" + VOCAB[topic][random.nextInt(VOCAB[topic].length)] + "** " + sentence(topic));
        }
        n.add("");
    }

    private Note storyBank(int i) {
        Note n = new Note("Stories/Story bank " + i + ".md");
        n.add("# Behavioural stories " + i);
        n.add("");
        n.add("## Answers");
        n.add("");
        for (int s = 0; s < 3; s++) {
            n.add("### Story " + i + "-" + s);
            n.add("");
            n.add("#### Situation");
            n.add(sentence() + " " + link(i));
            n.add("");
            n.add("#### Task");
            n.add(sentence());
            n.add("");
            n.add("#### Action");
            n.add("- " + sentence() + " " + link(i));
            n.add("- " + sentence());
            n.add("");
            n.add("#### Result");
            n.add("Reduced " + WORDS[random.nextInt(WORDS.length)] + " by " + (10 + random.nextInt(80)) + "% within "
                    + (2 + random.nextInt(10)) + " weeks. " + sentence());
            n.add("");
        }
        n.hasTitle = true;
        return n;
    }

    private Note mock(int i) {
        Note n = new Note("Mock/Mock interview " + i + ".md");
        n.add("# Mock interview " + i);
        n.add("");
        n.add("## \"Tell me about a production incident\"");
        n.add("");
        n.add("> **Situation**: " + sentence());
        n.add(">");
        n.add("> **Task**: " + sentence());
        n.add(">");
        n.add("> **Action**: " + sentence() + " " + link(i));
        n.add(">");
        n.add("> **Result**: Cut recovery time by " + (20 + random.nextInt(60)) + "% and saved $" + (1 + random.nextInt(9)) + "k a month.");
        n.add("");
        n.add("## Technical question");
        n.add("");
        n.add("> " + sentence() + " " + sentence() + " Read [the notes](../Topics/" + pct(topicNotes.get(i % topicNotes.size())) + ".md).");
        n.add("");
        n.add("## Checklist");
        n.add("");
        n.add("- [ ] " + sentence());
        n.add("- [x] " + sentence());
        n.add("");
        n.add("## Follow-ups");
        n.add("");
        n.add(sentence() + " " + sentence() + " " + link(i));
        n.add("");
        n.add("Math like $x_1 + [[not a link]]$ and `[[code]]` and %% [[comment]] %% are ignored.");
        n.hasTitle = true;
        return n;
    }

    /** A valid wikilink of a random form to a topic note. */
    private String link(int from) {
        String t = topicNotes.get(random.nextInt(topicNotes.size()));
        switch (random.nextInt(5)) {
            case 0: return "[[" + t + "]]";
            case 1: return "[[" + t + "#" + TOPIC_HEADINGS[random.nextInt(TOPIC_HEADINGS.length)] + "]]";
            case 2: return "[[" + t + "#^blk-" + random.nextInt(TOPIC_HEADINGS.length) + "]]";
            case 3: return "[[" + t + "|" + t.toLowerCase(Locale.ROOT) + " notes]]";
            default: return "[[Topics/" + t + "]]";
        }
    }

    private void plant(Note n) {
        boolean debrief = n.path.startsWith("Interviews/");
        int kind = random.nextInt(debrief ? 7 : 5);
        int at = n.lines.size();
        switch (kind) {
            case 5:
                // a topic left half-written: no "How I responded" and no "How I should improve"
                n.add("");
                n.add("## " + TOPICS[random.nextInt(TOPICS.length)] + " follow-up");
                n.add("");
                n.add("### What I was asked");
                n.add("- " + sentence());
                n.add("");
                n.add("### What was weak");
                n.add("- " + sentence());
                defects.add(new Defect(n.path, at + 2, "required-section"));
                break;
            case 6: {
                // an impossible date in the frontmatter
                int line = n.lines.indexOf(n.lines.stream().filter(l -> l.startsWith("date: ")).findFirst().orElseThrow());
                n.lines.set(line, "date: 2024-13-45");
                defects.add(new Defect(n.path, line + 1, "frontmatter-schema"));
                break;
            }
            case 0:
                plantLine(n, at, "See [[Missing note " + n.path.hashCode() + "]] for details.", "broken-link");
                break;
            case 1:
                plantLine(n, at, "See [[" + topicNotes.get(0) + "#No such heading]] for details.", "broken-anchor");
                break;
            case 2:
                n.add("");
                n.add("## ## Final Reflection");
                n.add("");
                n.add("- " + sentence());
                defects.add(new Defect(n.path, at + 2, "heading-syntax"));
                break;
            case 3:
                plantLine(n, at, "See [[" + topicNotes.get(1) + "#^missing-block]] for details.", "broken-anchor");
                break;
            default:
                plantLine(n, at, "See [the doc](../../../outside.md) for details.", "link-outside-vault");
        }
    }

    /** A blank line, then {@code line} with the defect {@code ruleId} expects on it ({@code at}: lines before). */
    private void plantLine(Note n, int at, String line, String ruleId) {
        n.add("");
        n.add(line);
        defects.add(new Defect(n.path, at + 2, ruleId));
    }

    private String sentence() {
        return sentence(random.nextInt(TOPICS.length));
    }

    /** A sentence about one topic: two or three of its words among everyday ones. */
    private String sentence(int topic) {
        int len = 9 + random.nextInt(10);
        int domain = 2 + random.nextInt(2);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < len; i++) {
            if (i > 0) {
                sb.append(' ');
            }
            boolean topical = random.nextInt(len - i) < domain;
            if (topical) {
                domain--;
            }
            String[] words = topical ? VOCAB[topic] : FILLER;
            sb.append(words[random.nextInt(words.length)]);
        }
        sb.setCharAt(0, Character.toUpperCase(sb.charAt(0)));
        return sb.append('.').toString();
    }

    private static String pct(String s) {
        return s.replace(" ", "%20");
    }

    private static void write(Path root, Note n) throws IOException {
        Path p = root.resolve(n.path);
        Files.createDirectories(p.getParent());
        try (BufferedWriter w = Files.newBufferedWriter(p, StandardCharsets.UTF_8)) {
            for (String l : n.lines) {
                w.write(l);
                w.write('\n');
            }
        }
    }
}
