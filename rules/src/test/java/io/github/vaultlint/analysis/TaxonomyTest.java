package io.github.vaultlint.analysis;

import io.github.vaultlint.util.WordsTest;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TaxonomyTest {

    /** The matcher before the allocation-free rewrite: a String per word of the lower-cased text, looked up in a HashMap. */
    static final class Reference {
        private record Kw(String[] words, boolean lastIsPrefix, int topic) {
            boolean matchesFrom(List<String> tokens, int i) {
                if (i + words.length > tokens.size()) {
                    return false;
                }
                for (int k = 0; k < words.length; k++) {
                    String t = tokens.get(i + k);
                    boolean last = k == words.length - 1;
                    if (last && lastIsPrefix ? !t.startsWith(words[k]) : !t.equals(words[k])) {
                        return false;
                    }
                }
                return true;
            }
        }

        private final List<String> topics = new ArrayList<>();
        private final Map<String, List<Kw>> exact = new HashMap<>();
        private final Map<Character, List<Kw>> prefixed = new HashMap<>();

        Reference(Map<String, List<String>> keywords) {
            for (Map.Entry<String, List<String>> e : keywords.entrySet()) {
                int topic = topics.size();
                for (String k : e.getValue()) {
                    String t = k.strip().toLowerCase(Locale.ROOT);
                    boolean prefix = t.endsWith("*");
                    List<String> words = words(prefix ? t.substring(0, t.length() - 1) : t);
                    if (words.isEmpty()) {
                        continue;
                    }
                    Kw kw = new Kw(words.toArray(new String[0]), prefix, topic);
                    if (prefix && words.size() == 1) {
                        prefixed.computeIfAbsent(words.get(0).charAt(0), c -> new ArrayList<>()).add(kw);
                    } else {
                        exact.computeIfAbsent(words.get(0), w -> new ArrayList<>()).add(kw);
                    }
                }
                topics.add(e.getKey());
            }
        }

        /** The tokenizer the old matcher used (Words.of before its fast path). */
        static List<String> words(String s) {
            return WordsTest.reference(s);
        }

        List<String> match(String text) {
            List<String> out = new ArrayList<>();
            if (text == null || text.isBlank()) {
                return out;
            }
            List<String> tokens = words(text.toLowerCase(Locale.ROOT));
            // Every match as (first token, token after its last, topic); then those inside a longer
            // match of another topic are dropped: a keyword of several words owns its words.
            List<int[]> matches = new ArrayList<>();
            for (int i = 0; i < tokens.size(); i++) {
                String t = tokens.get(i);
                for (Kw kw : exact.getOrDefault(t, List.of())) {
                    if (kw.matchesFrom(tokens, i)) {
                        matches.add(new int[] {i, i + kw.words().length, kw.topic()});
                    }
                }
                for (Kw kw : prefixed.getOrDefault(t.charAt(0), List.of())) {
                    if (t.startsWith(kw.words()[0])) {
                        matches.add(new int[] {i, i + 1, kw.topic()});
                    }
                }
            }
            boolean[] hit = new boolean[topics.size()];
            for (int[] m : matches) {
                boolean inside = false;
                for (int[] o : matches) {
                    inside |= o[2] != m[2] && o[0] <= m[0] && o[1] >= m[1] && o[1] - o[0] > m[1] - m[0];
                }
                if (!inside) {
                    hit[m[2]] = true;
                }
            }
            for (int i = 0; i < hit.length; i++) {
                if (hit[i]) {
                    out.add(topics.get(i));
                }
            }
            return out;
        }

        List<String> classify(String text, List<String> context) {
            LinkedHashSet<String> t = new LinkedHashSet<>(match(text));
            for (String title : context) {
                if (title != null && match(text).isEmpty()) { // titles only for an item that matches nothing
                    t.addAll(match(title));
                }
            }
            if (t.isEmpty()) {
                String fallback = context.isEmpty() || context.get(0) == null ? "" : TopicNames.clean(context.get(0));
                return List.of(fallback.isEmpty() ? "Other" : fallback);
            }
            List<String> out = new ArrayList<>();
            for (String topic : topics) {
                if (t.contains(topic)) {
                    out.add(topic);
                }
            }
            return out;
        }
    }

    private static Map<String, List<String>> custom() {
        Map<String, List<String>> m = new LinkedHashMap<>();
        m.put("Kubernetes", List.of("k8s", "node pool*", "autoscal*", "pod", "cross-region", "Node Affinity"));
        m.put("German", List.of("größe", "straß*", "Über*"));
        m.put("Greek", List.of("σύστημα", "Σύστημα μνήμης", "ος*"));
        m.put("Turkish", List.of("istanbul", "i̇zmir"));
        m.put("Symbols", List.of("c++", "**", "  ", "node.js", "a b c d"));
        m.put("Prefixes", List.of("a*", "ab*", "abc", "é*", "日本*", "9*"));
        m.put("Empty", List.of());
        return m;
    }

    private static final String[] VOCABULARY = {
        "k8s", "K8S", "\u212A8s", "node", "Node", "NODE", "pool", "pools", "poolside", "autoscaling", "AutoScal", "pod", "pods",
        "cross", "region", "-", "—", "’", "**", "*", "_", "`", "[[", "]]", "(", ")", "#", "größe", "GRÖSSE", "Größe", "STRASSE",
        "straße", "Über", "über", "ÜBERALL", "σύστημα", "ΣΎΣΤΗΜΑ", "Σύστημα", "μνήμης", "ΜΝΉΜΗΣ", "ΟΣ", "ος", "İstanbul", "istanbul",
        "İzmir", "izmir", "c++", "node.js", "a", "b", "c", "d", "ab", "abc", "ABCD", "é", "É", "ÉTÉ", "日本", "日本語", "9", "99",
        "0", "😀", "\uD800", "\u0307", "ǅ", "ǆ", "ı", "I", ",", ".", ":", " ", "  ", "\t", "\n", "\u00A0", "x", "",
        "node\u00A0pool", "k8s:", "Pod's"
    };

    private static String randomText(Random r) {
        StringBuilder sb = new StringBuilder();
        int words = r.nextInt(12);
        for (int i = 0; i < words; i++) {
            sb.append(VOCABULARY[r.nextInt(VOCABULARY.length)]);
            int sep = r.nextInt(4);
            sb.append(sep == 0 ? "" : sep == 1 ? " " : sep == 2 ? "-" : ", ");
        }
        return sb.toString();
    }

    @Test
    void matchesAsTheReferenceOnRandomText() {
        for (Map<String, List<String>> keywords : List.of(custom(), Taxonomy.builtin().keywords())) {
            Taxonomy taxonomy = new Taxonomy(keywords);
            Reference reference = new Reference(keywords);
            Random r = new Random(42);
            for (int k = 0; k < 30_000; k++) {
                String text = randomText(r);
                assertEquals(reference.match(text), taxonomy.match(text), text);
                List<String> context = new ArrayList<>();
                int titles = r.nextInt(3);
                for (int t = 0; t < titles; t++) {
                    context.add(r.nextInt(5) == 0 ? " " : randomText(r));
                }
                assertEquals(reference.classify(text, context), taxonomy.classify(text, context), text + " in " + context);
                List<String> details = new ArrayList<>();
                int count = r.nextInt(4);
                for (int d = 0; d < count; d++) {
                    details.add(randomText(r));
                }
                String joined = details.isEmpty() ? text : text + " " + String.join(" ", details);
                assertEquals(reference.classify(joined, context), taxonomy.classify(text, details, context),
                        text + " with " + details + " in " + context);
            }
        }
    }

    @Test
    void matchesKeywordsCaseInsensitivelyAsWholeWordsPrefixesAndSequences() {
        Taxonomy t = new Taxonomy(custom());
        assertEquals(List.of("Kubernetes"), t.match("Scaling the NODE POOLS of k8s"));
        assertEquals(List.of(), t.match("nodes pool"), "a sequence of whole words");
        assertEquals(List.of("Kubernetes"), t.match("Cross–region?  No: cross-region"));
        assertEquals(List.of("German"), t.match("Die GRÖSSE? nein, die Größe; Straßenbahn"));
        assertEquals(List.of("Greek"), t.match("ΣΎΣΤΗΜΑ ΜΝΉΜΗΣ"), "capital sigma is lower-cased by context");
        assertEquals(List.of("Turkish"), t.match("İzmir"), "dotted capital I lower-cases to two chars");
        assertEquals(List.of(), t.match("Istanbul".replace('I', 'İ')), "i + combining dot splits the word");
        assertEquals(List.of("Kubernetes"), t.match("\u212A8s"), "the Kelvin sign lower-cases to k");
        assertEquals(List.of(), t.match(""));
        assertEquals(List.of(), t.match(null));
        assertEquals(List.of("Prefixes"), t.match("ÉTÉ"));
    }

    @Test
    void classifyFallsBackToTheInnermostTitle() {
        Taxonomy t = new Taxonomy(custom());
        assertEquals(List.of("Kubernetes", "German"), t.classify("Über pod", List.of("x")));
        assertEquals(List.of("Greek"), t.classify("σύστημα", List.of("Pod question 1")),
                "an item that matches a topic itself does not take its section title's");
        assertEquals(List.of("Kubernetes"), t.classify("nothing here", List.of("Weak", "Pod question 1")),
                "an item that matches nothing takes the topics of the titles around it");
        assertEquals(List.of("Question 1"), t.classify("nothing here", List.of(" Question 1 ", "Other title")));
        assertEquals(List.of("Other"), t.classify("nothing", List.of(" ")));
        assertEquals(List.of("Other"), t.classify(null, List.of()));
    }

    @Test
    void builtinReplicaKeywordsAreDatabasesButNotAReplicaSet() {
        Taxonomy t = Taxonomy.builtin();
        assertEquals(List.of("Kubernetes"), t.match("Deployment → ReplicaSet → Pods"));
        assertEquals(List.of("Databases"), t.match("Promote the read replica"));
        assertEquals(List.of("Databases"), t.match("two replicas, async replication"));
        assertEquals(List.of("Kubernetes"), t.classify("Couldn't explain how the HPA computes desired replicas", List.of("Q")),
                "a Deployment's replicas are no database's");
        assertEquals(List.of("Databases"), t.classify("Forgot the lag of the replicas", List.of("Postgres failover")));
    }

    /** Plurals and British spellings people write in debriefs ("SLOs", "utilisation") match as their singular or US form does. */
    @Test
    void builtinKeywordsCoverPluralsAndBritishSpellings() {
        Taxonomy t = Taxonomy.builtin();
        assertEquals(List.of("Observability and metrics"), t.match("Did not mention SLOs or error budgets"));
        assertEquals(List.of("Observability and metrics"), t.match("Which SLIs would you pick?"));
        assertEquals(List.of("Scaling and system design"), t.match("Averages hide utilisation peaks"));
        assertEquals(List.of("Scaling and system design"), t.match("How SRE teams judge underutilisation"));
        assertEquals(List.of(), t.match("The slow path"), "no prefix: 'slow' is no SLO");
    }

    @Test
    void lowerIntoIsToLowerCaseOrDeclines() {
        char[] buf = new char[8];
        int declined = 0;
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            for (String text : new String[] {String.valueOf((char) c), "A" + (char) c + "b", "\u00E9" + (char) c}) {
                int n = Taxonomy.lowerInto(text, buf, 0);
                if (n < 0) {
                    declined++;
                    continue;
                }
                assertEquals(text.toLowerCase(Locale.ROOT), new String(buf, 0, n), "U+" + Integer.toHexString(c));
            }
        }
        assertTrue(declined < 3 * 2100, "declines only sigma, dotted I and surrogates: " + declined);
        assertEquals(-1, Taxonomy.lowerInto("ΟΣ", buf, 0));
        assertEquals(3, Taxonomy.lowerInto("ÄbC", buf, 0));
        assertEquals("äbc", new String(Arrays.copyOf(buf, 3)));
        assertEquals(5, Taxonomy.lowerInto("DE", buf, 3), "appends at an offset");
        assertEquals("äbcde", new String(Arrays.copyOf(buf, 5)));
    }

    @Test
    void detailsAreClassifiedAsIfJoinedBySpaces() {
        Taxonomy t = new Taxonomy(custom());
        assertEquals(List.of("Kubernetes"), t.classify("scaling the node", List.of("pools"), List.of("x")),
                "a keyword of several words spans the item and its first detail");
        assertEquals(List.of("Kubernetes", "Greek"), t.classify("node", List.of("pool", "ΣΎΣΤΗΜΑ"), List.of("x")));
        assertEquals(List.of("x"), t.classify("node", List.of(), List.of("x")));
    }
    /** A keyword in parentheses is an everyday word: it names its topic only when something else about the item does too. */
    @Test
    void anEverydayKeywordCountsOnlyWithTheTopicNamedByAnotherKeywordOrATitle() {
        Map<String, List<String>> m = new LinkedHashMap<>();
        m.put("Linux", List.of("linux", "oom*", "(memory)", "(process*)"));
        m.put("Cost", List.of("billing", "(cost)"));
        Taxonomy t = new Taxonomy(m);
        assertEquals(List.of("Q1"), t.classify("Wrote debounce from memory", List.of("Q1")), "alone, it names nothing");
        assertEquals(List.of("Linux"), t.classify("The memory limit and the OOM killer", List.of("Q1")), "with another keyword");
        assertEquals(List.of("Q1"), t.classify("my thought process, told from memory", List.of("Q1")),
                "everyday words do not support each other");
        assertEquals(List.of("Linux"), t.classify("Forgot to check memory", List.of("What was weak", "Linux internals")),
                "with the topic in a title around it");
        assertEquals(List.of("Linux", "Cost"), t.classify("memory and the cost", List.of("Linux boxes", "Billing")),
                "each everyday word by its own topic's title");
        assertEquals(List.of("Linux"), t.classify("Forgot to check memory", List.of("To learn"), List.of(), List.of("Linux notes")),
                "a task outside a debrief: its note's title counts as around it");
        assertEquals(List.of("Cost"), t.classify("Nothing said", List.of("Cloud Cost Management")),
                "in a title an everyday word is as any keyword");
        assertEquals(List.of("Cost"), t.classify("Explain the nerves", List.of("cost"), List.of("Cost round")), "details count as text");
        assertEquals(List.of(), t.match("answered from memory"));
        assertEquals(List.of("Linux"), t.match("memory on linux"));
    }

    @Test
    void builtinEverydayWordsInOrdinaryEnglishNameNoTopic() {
        Taxonomy t = Taxonomy.builtin();
        List<String> title = List.of("Q1 - Implement debounce");
        assertEquals(title, t.classify("Wrote it from memory but lost `this`", title));
        assertEquals(title, t.classify("The nerves cost me five minutes", title));
        assertEquals(title, t.classify("Did not explain my thought process", title));
        assertEquals(title, t.classify("Practise debounce and throttle by hand", title));
        assertEquals(title, t.classify("Used the array index as key", title));
        assertEquals(title, t.classify("The interviewer probed and I froze", title));
        assertEquals(List.of("Databases"), t.classify("Mixed up star and snowflake schemas in the SQL warehouse", title));
        assertEquals(title, t.classify("Didn't know how preview deployments get their URL", title));
        assertEquals(List.of("Kubernetes"), t.classify("Deployment vs StatefulSet for the cache", title));
        assertEquals(List.of("Kubernetes"), t.classify("Rolling deployment settings", List.of("Kubernetes rollout")));
        assertEquals(List.of("Behavioural and communication"), t.classify("Answer in STAR form", List.of("Behavioural round")));
        assertEquals(List.of("Behavioural and communication"), t.classify("The story had no STAR result", title));
        assertEquals(List.of("Week 3"), t.classify("WAI-ARIA Authoring Practices", List.of("Week 3")), "authoring is no auth");
        assertEquals(List.of("Security"), t.classify("Mixed up authn and authz in the OAuth2 flow", title));
        assertEquals(List.of("Security"), t.classify("No authentication on the admin API", title));
        assertEquals(List.of("Linux and debugging"), t.classify("Memory grew until the OOM killer fired", title));
        assertEquals(List.of("Linux and debugging"), t.classify("Which process is blocked on I/O", List.of("Linux: load average")));
        assertEquals(List.of("Cost"), t.classify("Could not split the cost of shared nodes", List.of("Cloud Cost Management")));
        assertEquals(List.of("Kubernetes", "Cost"), t.classify("k8s cost allocation", title), "a phrase is no everyday word");
    }

    /**
     * A keyword of several words owns its words: a shorter keyword of another topic inside it names
     * nothing. Before, "dependency injection" made a Spring question a Security weak point, a frontend
     * "design system" system design, a "perf review" Linux and a "merge conflict" behavioural.
     */
    @Test
    void aKeywordOfSeveralWordsOwnsItsWords() {
        Map<String, List<String>> m = new LinkedHashMap<>();
        m.put("Security", List.of("security", "injection"));
        m.put("Networking", List.of("security group*", "nat"));
        m.put("Coding", List.of("dependency injection", "java"));
        Taxonomy t = new Taxonomy(m);
        assertEquals(List.of("Coding"), t.match("How dependency injection picks a bean"));
        assertEquals(List.of("Security"), t.match("SQL injection in the login form"));
        assertEquals(List.of("Security", "Coding"), t.match("Injection attacks, and dependency injection in Java"),
                "the word alone still counts elsewhere in the text");
        assertEquals(List.of("Networking"), t.match("Security groups vs NACLs"));
        assertEquals(List.of("Security", "Networking"), t.match("Cloud security: security groups and NAT"));
        assertEquals(List.of("Networking"), t.classify("nothing", List.of("Security groups")), "in a title too");

        Taxonomy b = Taxonomy.builtin();
        List<String> title = List.of("Q2");
        assertEquals(List.of("Coding"), b.classify("Couldn't explain how dependency injection resolves two beans", title));
        assertEquals(List.of("Coding"), b.classify("Didn't explain how the design system handles theming tokens", title));
        assertEquals(List.of("Behavioural and communication"), b.classify("Stumbled on my last perf review question", title));
        assertEquals(List.of("Coding"), b.classify("Fumbled the merge conflict question", title));
        assertEquals(List.of("Scaling and system design"), b.classify("Rushed the system design round", title));
        assertEquals(List.of("Linux and debugging"), b.classify("perf top showed time in ext4 writes", title));
        assertEquals(List.of("Coding"), b.classify("Wrote JavaScript, they expected Java", title), "Java is no prefix of JavaScript");
        assertEquals(title, b.classify("Go through the flowchart again", title), "the verb go names no language");
    }

    /** Topics the built-in taxonomy names that debriefs kept losing to their section title. */
    @Test
    void builtinKeywordsCoverDatabasesPluralsAndInfrastructureAsCode() {
        Taxonomy b = Taxonomy.builtin();
        List<String> title = List.of("Data modelling");
        assertEquals(List.of("Databases"), b.classify("Couldn't explain DynamoDB GSIs vs LSIs", title));
        assertEquals(List.of("Databases"), b.classify("The NoSQL vs relational comparison was generic", title));
        assertEquals(List.of("Databases"), b.classify("Said READ COMMITTED was fine for transfers", title));
        assertEquals(List.of("Cloud networking"), b.classify("Couldn't say whether NACLs are evaluated in order", title));
        assertEquals(List.of("Cloud networking"), b.classify("Mixed up ALBs and NLBs", title));
        assertEquals(List.of("Cloud networking"), b.classify("How BGP picks between two announcements", title));
        assertEquals(List.of("Infrastructure as code and CI/CD"), b.classify("Couldn't explain Terraform state locking", title));
        assertEquals(List.of("Infrastructure as code and CI/CD"), b.classify("Our CI/CD had no rollback stage", title));
        assertEquals(List.of("Linux and debugging"), b.classify("Forgot that swapping shows up as iowait", title));
        assertEquals(List.of("Scaling and system design"), b.classify("No cache stampede protection", List.of("Caching layer")));
        assertEquals(title, b.classify("Deploy it next to the cache", title), "a cache alone is an everyday word");
        assertEquals(List.of("Linux and debugging"), b.classify("Dirty pages in the page cache", title));
        assertEquals(List.of("Scaling and system design"), b.classify("Nothing here", List.of("Kafka consumer lag")));
    }
}
