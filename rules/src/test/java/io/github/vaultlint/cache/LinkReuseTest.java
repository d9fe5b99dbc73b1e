package io.github.vaultlint.cache;

import io.github.vaultlint.engine.LintOptions;
import io.github.vaultlint.engine.LintResult;
import io.github.vaultlint.engine.Linter;
import io.github.vaultlint.rule.Rule;
import io.github.vaultlint.rule.RuleContext;
import io.github.vaultlint.rule.RuleInfo;
import io.github.vaultlint.rule.RuleRegistry;
import io.github.vaultlint.rule.Severity;
import io.github.vaultlint.vault.Note;
import io.github.vaultlint.testutil.VaultFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The link rules' findings replayed from the result cache: only while the vault's names and every
 * note a note's links looked into are unchanged, and then exactly what resolving again would report.
 */
class LinkReuseTest {
    private static final Pattern LINKS = Pattern.compile("link results reused for (\\d+), resolved for (\\d+)");

    @TempDir
    Path vault;
    @TempDir
    Path out;

    private final List<String> log = Collections.synchronizedList(new ArrayList<>());

    /** Claims its findings come from the note's own link resolutions, but reads the vault. */
    @RuleInfo(id = "test-link-liar", severity = Severity.INFO, summary = "test", description = "test", links = true)
    public static final class LyingLinkRule implements Rule {
        @Override
        public void checkNote(Note note, RuleContext ctx) {
            ctx.vault().notes();
        }
    }

    private List<String> cached() throws Exception {
        log.clear();
        return brief(new Linter().run(LintOptions.of(vault).withCache(out.resolve("cache")).withLog(log::add)));
    }

    private List<String> uncached() throws Exception {
        return brief(new Linter().run(LintOptions.of(vault)));
    }

    private static List<String> brief(LintResult r) {
        return VaultFiles.brief(r);
    }

    /** {reused, resolved} from the result cache's log line. */
    private int[] linkStats() {
        for (String l : log) {
            Matcher m = LINKS.matcher(l);
            if (m.find()) {
                return new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))};
            }
        }
        throw new AssertionError("no result cache line in " + log);
    }

    private void write(String path, String text) throws Exception {
        VaultFiles.write(vault, path, text);
    }

    private void small() throws Exception {
        write("Topics/Kafka.md", "---\naliases: [Event log]\n---\n# Kafka\n\n## Partitions\n\nOrdered. ^order\n");
        write("Topics/Kubernetes.md", "# Kubernetes\n\n## Scheduling\n\nPods wait.\n");
        write("Debrief.md", "# Debrief\n\nSee [[Kubernetes#Scheduling]] and [[Kafka#^order]].\n");
        write("Other.md", "# Other\n\nAlso [[Kafka]] and [[Kafkaa]].\n");
        write("Plain.md", "# Plain\n\nNo links here.\n");
    }

    private void assertStats(int reused, int resolved) {
        assertEquals(List.of(reused, resolved), List.of(linkStats()[0], linkStats()[1]), log.toString());
    }

    @Test
    void anUnchangedVaultResolvesNoLinkAgain() throws Exception {
        small();
        List<String> first = cached();
        assertStats(0, 5);
        List<String> second = cached();
        assertStats(5, 0);
        assertEquals(first, second);
        assertEquals(uncached(), second);
        assertTrue(second.stream().anyMatch(s -> s.startsWith("Other.md:3") && s.contains("broken-link") && s.contains("[[Kafka]]")),
                "the replayed finding keeps its did-you-mean: " + second);
    }

    @Test
    void aBodyEditResolvesOnlyThatNoteAndTheNotesThatLookedIntoIt() throws Exception {
        small();
        cached();
        cached();
        // Kubernetes.md is looked into by Debrief.md (its #Scheduling), not by Other.md or Plain.md.
        write("Topics/Kubernetes.md", "# Kubernetes\n\n## Scheduling\n\nPods wait. Longer now.\n");
        assertEquals(uncached(), cached());
        assertStats(3, 2);

        write("Plain.md", "# Plain\n\nStill no links.\n");
        assertEquals(uncached(), cached());
        assertStats(4, 1);
    }

    @Test
    void aHeadingRemovedFromATargetBreaksTheAnchorsToItOnTheNextRun() throws Exception {
        small();
        cached();
        cached();
        write("Topics/Kubernetes.md", "# Kubernetes\n\n## Scheduler\n\nPods wait.\n");
        List<String> after = cached();
        assertTrue(after.stream().anyMatch(s -> s.startsWith("Debrief.md:3") && s.contains("broken-anchor")
                && s.contains("[[Kubernetes#Scheduling]]")), after.toString());
        assertEquals(uncached(), after);

        write("Topics/Kafka.md", "---\naliases: [Event log]\n---\n# Kafka\n\n## Partitions\n\nOrdered.\n");
        after = cached();
        assertTrue(after.stream().anyMatch(s -> s.startsWith("Debrief.md:3") && s.contains("[[Kafka#^order]]")), after.toString());
        assertEquals(uncached(), after);
    }

    @Test
    void aNameChangeAnywhereResolvesEveryNoteAgain() throws Exception {
        small();
        cached();
        cached();
        // The missing note appears: the broken link resolves, though Other.md itself did not change.
        write("Kafkaa.md", "# Kafkaa\n");
        List<String> created = cached();
        assertStats(0, 6);
        assertTrue(created.stream().noneMatch(s -> s.contains("[[Kafkaa]]")), created.toString());
        assertEquals(uncached(), created);

        Files.delete(vault.resolve("Topics/Kubernetes.md"));
        List<String> deleted = cached();
        assertTrue(deleted.stream().anyMatch(s -> s.startsWith("Debrief.md:3") && s.contains("broken-link")), deleted.toString());
        assertEquals(uncached(), deleted);

        // An alias is a name too (here one renamed): the broken link's message now names the note that has it.
        write("Other.md", "# Other\n\nAlso [[Kafka]] and [[Stream log]].\n");
        cached();
        write("Topics/Kafka.md", "---\naliases: [Stream log]\n---\n# Kafka\n\n## Partitions\n\nOrdered. ^order\n");
        List<String> aliased = cached();
        assertTrue(aliased.stream().anyMatch(s -> s.startsWith("Other.md:3") && s.contains("alias")), aliased.toString());
        assertEquals(uncached(), aliased);

        Files.createDirectories(vault.resolve("Kafka"));
        assertEquals(uncached(), cached());
        assertStats(0, 5);
    }

    @Test
    void aLinksRuleThatReadsTheVaultIsRefused() throws Exception {
        small();
        List<Class<? extends Rule>> types = new ArrayList<>();
        RuleRegistry.builtin().all().forEach(e -> types.add(e.type()));
        types.add(LyingLinkRule.class);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> new Linter(new RuleRegistry(types))
                .run(LintOptions.of(vault).withCache(out.resolve("cache"))));
        assertTrue(String.valueOf(e.getMessage()).contains("declared links"), e.getMessage());
    }

    /**
     * Random edits of every kind that can change a link's resolution (bodies, headings, block ids,
     * aliases, notes created, renamed and deleted, attachments, folders, same-named notes): after
     * each, the run with the cache reports exactly what a run without one does.
     */
    @Test
    void randomEditsNeverReplayAStaleLinkFinding() throws Exception {
        for (long seed = 1; seed <= 3; seed++) {
            try (var s = Files.walk(vault)) {
                for (Path p : s.sorted(Collections.reverseOrder()).toList()) {
                    if (!p.equals(vault)) {
                        Files.delete(p);
                    }
                }
            }
            RandomVault rv = new RandomVault(new Random(seed));
            for (int i = 0; i < 8; i++) {
                rv.create();
            }
            rv.writeAll();
            cached();
            int reusedSomewhere = 0;
            for (int round = 0; round < 25; round++) {
                String what = rv.edit();
                rv.writeAll();
                List<String> warm = cached();
                assertEquals(uncached(), warm, "seed " + seed + ", round " + round + " after " + what);
                reusedSomewhere += linkStats()[0];
            }
            assertTrue(reusedSomewhere > 0, "some rounds replayed link findings");
        }
    }

    /** A small vault held as note specs, rewritten after each random edit. */
    private final class RandomVault {
        private static final String[] NAMES = {"Kafka", "Kubernetes", "Redis", "Debrief", "Story", "Plan", "Notes", "Kafkaa"};
        private static final String[] FOLDERS = {"", "Topics/", "Interviews/", "Topics/Deep/"};
        private static final String[] HEADINGS = {"Scheduling", "Partitions", "Weak spots", "Result", "Action"};
        private final Random random;
        private final TreeMap<String, Spec> notes = new TreeMap<>();
        private final List<String> removed = new ArrayList<>();

        private final class Spec {
            final List<String> headings = new ArrayList<>();
            final List<String> blocks = new ArrayList<>();
            final List<String> aliases = new ArrayList<>();
            final List<String> links = new ArrayList<>();
            String body = "text";
        }

        RandomVault(Random random) {
            this.random = random;
        }

        private <T> T pick(T[] from) {
            return from[random.nextInt(from.length)];
        }

        private String anyNote() {
            List<String> paths = new ArrayList<>(notes.keySet());
            return paths.get(random.nextInt(paths.size()));
        }

        private String link() {
            String name = pick(NAMES);
            String anchor = switch (random.nextInt(4)) {
                case 0 -> "#" + pick(HEADINGS);
                case 1 -> "#^b" + random.nextInt(3);
                default -> "";
            };
            return switch (random.nextInt(6)) {
                case 0 -> "![[" + name + ".png]]";
                case 1 -> "[x](" + pick(FOLDERS) + name + ".md" + anchor.replace(" ", "%20") + ")";
                case 2 -> "[[" + pick(FOLDERS) + name + anchor + "]]";
                default -> "[[" + name + anchor + "]]";
            };
        }

        void create() {
            Spec s = new Spec();
            for (int i = random.nextInt(3); i > 0; i--) {
                s.headings.add(pick(HEADINGS));
            }
            for (int i = random.nextInt(4) + 1; i > 0; i--) {
                s.links.add(link());
            }
            if (random.nextInt(3) == 0) {
                s.blocks.add("b" + random.nextInt(3));
            }
            notes.put(pick(FOLDERS) + pick(NAMES) + ".md", s);
        }

        /** One random edit; returns what it did, for the failure message. */
        String edit() throws Exception {
            String path = anyNote();
            Spec s = notes.get(path);
            switch (random.nextInt(11)) {
                case 0 -> s.body = s.body + " more";
                case 1 -> s.headings.add(pick(HEADINGS));
                case 2 -> {
                    if (!s.headings.isEmpty()) {
                        s.headings.remove(random.nextInt(s.headings.size()));
                    }
                }
                case 3 -> s.blocks.add("b" + random.nextInt(3));
                case 4 -> s.aliases.add(pick(NAMES) + (random.nextBoolean() ? "" : " alias"));
                case 5 -> s.links.add(link());
                case 6 -> {
                    String to = pick(FOLDERS) + pick(NAMES) + ".md";
                    if (!notes.containsKey(to)) {
                        notes.put(to, notes.remove(path));
                        removed.add(path);
                        return "renamed " + path + " to " + to;
                    }
                }
                case 7 -> {
                    if (notes.size() > 3) {
                        notes.remove(path);
                        removed.add(path);
                        return "deleted " + path;
                    }
                }
                case 8 -> {
                    Path png = vault.resolve(pick(FOLDERS) + pick(NAMES) + ".png");
                    if (Files.exists(png)) {
                        Files.delete(png);
                    } else {
                        Files.createDirectories(png.getParent());
                        Files.write(png, new byte[] {1, 2, 3});
                    }
                    return "toggled " + png;
                }
                case 9 -> {
                    Files.createDirectories(vault.resolve(pick(FOLDERS) + pick(NAMES)));
                    return "made a folder";
                }
                default -> create();
            }
            return "edited " + path;
        }

        void writeAll() throws Exception {
            for (String gone : removed) {
                Files.deleteIfExists(vault.resolve(gone));
            }
            removed.clear();
            for (var e : notes.entrySet()) {
                Spec s = e.getValue();
                StringBuilder b = new StringBuilder();
                if (!s.aliases.isEmpty()) {
                    b.append("---\naliases: [").append(String.join(", ", s.aliases)).append("]\n---\n");
                }
                b.append("# Title\n\n").append(s.body).append(' ').append(String.join(" ", s.links)).append('\n');
                for (String h : s.headings) {
                    b.append("\n## ").append(h).append("\n\nSome text.\n");
                }
                for (String id : s.blocks) {
                    b.append("\nA block. ^").append(id).append('\n');
                }
                write(e.getKey(), b.toString());
            }
        }
    }
}
