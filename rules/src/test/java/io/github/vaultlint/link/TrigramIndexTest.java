package io.github.vaultlint.link;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The packed trigram index answers exactly as a map from each trigram to the ids holding it. */
class TrigramIndexTest {

    @Test
    void postingsMatchANaiveMap() {
        Random r = new Random(5);
        String alphabet = "abcde é-_ 1é😀";
        List<String> names = new ArrayList<>();
        for (int i = 0; i < 5000; i++) {
            StringBuilder sb = new StringBuilder();
            int n = r.nextInt(12);
            for (int k = 0; k < n; k++) {
                sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
            }
            names.add(sb.toString());
        }
        Map<String, List<Integer>> naive = new HashMap<>();
        for (int id = 0; id < names.size(); id++) {
            for (String t : NameSuggester.trigramsOf(names.get(id))) {
                naive.computeIfAbsent(t, k -> new ArrayList<>()).add(id);
            }
        }
        TrigramIndex index = new TrigramIndex(names);
        for (Map.Entry<String, List<Integer>> e : naive.entrySet()) {
            assertArrayEquals(e.getValue().stream().mapToInt(Integer::intValue).toArray(), index.postings(e.getKey()), e.getKey());
            assertEquals(e.getValue().size(), index.count(e.getKey()));
        }
        for (String absent : Set.of("zzz", "QQQ", "xyz")) {
            assertEquals(0, index.postings(absent).length);
            assertEquals(0, index.count(absent));
        }
    }
}
