package io.github.vaultlint.section;

import io.github.vaultlint.config.VaultlintConfig;
import io.github.vaultlint.util.Suggest;
import io.github.vaultlint.vault.Heading;
import io.github.vaultlint.vault.Note;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Splits a note into units (stories, topics) under the templates its {@link TemplateSelector}
 * picks, and records for each unit the parts found, missing and out of order. Stateless and
 * thread-safe.
 */
public final class SectionAnalyzer {
    private final TemplateSelector selector;

    public SectionAnalyzer(TemplateSelector selector) {
        this.selector = selector;
    }

    public TemplateSelector selector() {
        return selector;
    }

    public SectionAnalysis analyze(Note note, VaultlintConfig config) {
        NoteScan scan = new NoteScan(note);
        List<Unit> units = new ArrayList<>();
        List<PartHit> loose = new ArrayList<>();
        for (AppliedTemplate a : selector.select(note, config, scan)) {
            PartLocator.Found found = scan.found(a.template());
            List<Unit> foundUnits = new Finder(note, a, found).units();
            units.addAll(foundUnits);
            if (a.mode() != AppliedTemplate.Mode.INLINE) {
                Set<Integer> owners = new HashSet<>();
                for (Unit u : foundUnits) {
                    owners.add(u.heading());
                }
                for (PartLocator.Located l : found.hits()) {
                    if (!owners.contains(l.owner())) {
                        loose.add(l.hit());
                    }
                }
            }
        }
        units.sort(Comparator.comparingInt(Unit::line).thenComparing(u -> u.template().name()));
        loose.sort(Comparator.comparingInt(PartHit::line));
        return new SectionAnalysis(note.path(), units, loose);
    }

    /** Unit detection for one template in one note. */
    private static final class Finder {
        final Note note;
        final AppliedTemplate applied;
        final Template template;
        final List<Heading> headings;
        final Map<Integer, List<PartLocator.Located>> byOwner = new LinkedHashMap<>();
        final Set<Integer> partHeadings = new HashSet<>();
        final boolean[] carries; // heading or a descendant owns parts
        final boolean[] below; // a descendant (not the heading itself) owns parts
        final Map<Integer, List<PartLocator.Candidate>> candidates = new HashMap<>();
        final List<Unit> out = new ArrayList<>();

        Finder(Note note, AppliedTemplate applied, PartLocator.Found found) {
            this.note = note;
            this.applied = applied;
            this.template = applied.template();
            this.headings = note.headings();
            for (PartLocator.Candidate c : found.candidates()) {
                candidates.computeIfAbsent(c.owner(), k -> new ArrayList<>()).add(c);
            }
            this.carries = new boolean[headings.size()];
            this.below = new boolean[headings.size()];
            for (PartLocator.Located l : found.hits()) {
                byOwner.computeIfAbsent(l.owner(), k -> new ArrayList<>()).add(l);
                if (l.hit().form() == Labels.Form.HEADING) {
                    partHeadings.add(l.hit().heading());
                }
            }
            for (int o : byOwner.keySet()) {
                for (int h = o; h >= 0; h = headings.get(h).parent()) {
                    carries[h] = true;
                    if (h != o) {
                        below[h] = true;
                    }
                }
            }
        }

        List<Unit> units() {
            switch (applied.mode()) {
                case TOPICS:
                    topics();
                    break;
                case STORY_BANK:
                    storyBank();
                    break;
                default:
                    inline();
            }
            return out;
        }

        // ---- topics (debriefs) -----------------------------------------------------------------

        private void topics() {
            for (Map.Entry<Integer, List<PartLocator.Located>> e : byOwner.entrySet()) {
                int o = e.getKey();
                // A one-topic note: parts directly under the title (or with no heading at all).
                if ((o < 0 || headings.get(o).level() < 2) && distinctParts(e.getValue(), false) >= 2) {
                    add(Unit.Kind.TOPIC, o);
                }
            }
            for (int i = 0; i < headings.size(); i++) {
                Heading h = headings.get(i);
                if (h.level() == 2 && !partHeadings.contains(i) && !template.isNonTopic(h.text())) {
                    topic(i);
                }
            }
        }

        private void topic(int t) {
            boolean direct = byOwner.containsKey(t);
            List<Integer> children = new ArrayList<>();
            List<Integer> carrying = new ArrayList<>();
            for (int j = t + 1; j < headings.size() && headings.get(j).line() <= headings.get(t).sectionEndLine(); j++) {
                if (headings.get(j).parent() == t && !partHeadings.contains(j)) {
                    children.add(j);
                    if (carries[j]) {
                        carrying.add(j);
                    }
                }
            }
            if (carrying.isEmpty()) {
                add(Unit.Kind.TOPIC, t);
            } else if (!direct) {
                // Sub-scenarios: the children carry the parts, so each child is checked instead.
                for (int c : children) {
                    if (!template.isNonTopic(headings.get(c).text())) {
                        topic(c);
                    }
                }
            } else {
                add(Unit.Kind.TOPIC, t);
                for (int c : carrying) {
                    topic(c);
                }
            }
        }

        // ---- stories -----------------------------------------------------------------------------

        private void storyBank() {
            Set<Integer> direct = new LinkedHashSet<>();
            for (Map.Entry<Integer, List<PartLocator.Located>> e : byOwner.entrySet()) {
                List<PartLocator.Located> hits = e.getValue();
                if (hits.stream().anyMatch(PartLocator.Located::canonical) || distinctParts(hits, false) >= 2) {
                    direct.add(e.getKey());
                }
            }
            Map<Integer, List<Integer>> byParent = new HashMap<>();
            for (int j = 0; j < headings.size(); j++) {
                byParent.computeIfAbsent(headings.get(j).parent(), k -> new ArrayList<>()).add(j);
            }
            Set<Integer> stories = new TreeSet<>(direct);
            Set<Long> groupsDone = new HashSet<>();
            for (int d : direct) {
                if (d < 0) {
                    continue;
                }
                Heading h = headings.get(d);
                if (!groupsDone.add(((long) h.parent() << 8) | h.level())) {
                    continue; // this set of siblings is already done
                }
                for (int j : byParent.get(h.parent())) {
                    if (headings.get(j).level() == h.level() && !partHeadings.contains(j) && !direct.contains(j)
                            && !below[j]) {
                        stories.add(j); // a sibling entry: a story even when it is only bullets
                    }
                }
            }
            for (int s : stories) {
                add(Unit.Kind.STORY, s);
            }
        }

        private void inline() {
            for (Map.Entry<Integer, List<PartLocator.Located>> e : byOwner.entrySet()) {
                if (distinctParts(e.getValue(), true) >= 2) {
                    add(Unit.Kind.STORY, e.getKey());
                }
            }
        }

        private static int distinctParts(List<PartLocator.Located> hits, boolean canonicalOnly) {
            Set<Part> parts = new HashSet<>();
            for (PartLocator.Located l : hits) {
                if (!canonicalOnly || l.canonical()) {
                    parts.add(l.hit().part());
                }
            }
            return parts.size();
        }

        // ---- unit -------------------------------------------------------------------------------

        private void add(Unit.Kind kind, int owner) {
            List<PartHit> hits = new ArrayList<>();
            for (PartLocator.Located l : byOwner.getOrDefault(owner, List.of())) {
                hits.add(l.hit());
            }
            if (hits.isEmpty() && owner >= 0 && Labels.displayTitle(headings.get(owner).text()).isEmpty()) {
                return; // a stray "##" with nothing under it: empty-heading's business, not a unit
            }
            Set<Part> present = new HashSet<>();
            for (PartHit h : hits) {
                present.add(h.part());
            }
            List<Part> missing = new ArrayList<>();
            for (Part p : template.parts()) {
                if (p.required() && !present.contains(p)) {
                    missing.add(p);
                }
            }
            String title;
            int line;
            int column;
            int endColumn;
            int level = 0;
            if (owner >= 0) {
                Heading h = headings.get(owner);
                title = Labels.displayTitle(h.text());
                line = h.line();
                column = h.column();
                endColumn = h.endColumn();
                level = h.level();
            } else {
                title = note.name();
                line = 1;
                column = 1;
                endColumn = 1;
            }
            out.add(new Unit(kind, template, title, owner, level, line, column, endColumn, hits, missing,
                    misplaced(hits), nearMisses(owner, missing)));
        }

        /** Parts outside the longest run that follows the template order. */
        private List<Unit.Misplaced> misplaced(List<PartHit> hits) {
            List<PartHit> firsts = new ArrayList<>();
            Set<Part> seen = new HashSet<>();
            for (PartHit h : hits) {
                if (seen.add(h.part())) {
                    firsts.add(h);
                }
            }
            int n = firsts.size();
            if (n < 2) {
                return List.of();
            }
            int[] idx = new int[n];
            for (int i = 0; i < n; i++) {
                idx[i] = template.indexOf(firsts.get(i).part());
            }
            int[] len = new int[n];
            int[] prev = new int[n];
            int best = 0;
            for (int i = 0; i < n; i++) {
                len[i] = 1;
                prev[i] = -1;
                // On ties keep the later part, so the part flagged is the one written too early
                // ("Result comes before Action").
                for (int j = 0; j < i; j++) {
                    if (idx[j] < idx[i] && len[j] + 1 >= len[i]) {
                        len[i] = len[j] + 1;
                        prev[i] = j;
                    }
                }
                if (len[i] >= len[best]) {
                    best = i;
                }
            }
            boolean[] inOrder = new boolean[n];
            for (int i = best; i >= 0; i = prev[i]) {
                inOrder[i] = true;
            }
            List<Unit.Misplaced> out = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                if (inOrder[i]) {
                    continue;
                }
                Part after = null;
                Part before = null;
                for (int j = 0; j < n; j++) {
                    if (!inOrder[j]) {
                        continue;
                    }
                    if (idx[j] < idx[i] && (after == null || idx[j] > template.indexOf(after))) {
                        after = firsts.get(j).part();
                    }
                    if (idx[j] > idx[i] && (before == null || idx[j] < template.indexOf(before))) {
                        before = firsts.get(j).part();
                    }
                }
                Part conflict = null;
                boolean earlier = false;
                for (int j = 0; j < n && conflict == null; j++) {
                    if (inOrder[j] && ((j < i && idx[j] > idx[i]) || (j > i && idx[j] < idx[i]))) {
                        conflict = firsts.get(j).part();
                        earlier = j < i;
                    }
                }
                out.add(new Unit.Misplaced(firsts.get(i), conflict, earlier, after, before));
            }
            return out;
        }

        /** Headings and bold labels of the unit that look like a misspelt missing part. */
        private List<Unit.NearMiss> nearMisses(int owner, List<Part> missing) {
            if (missing.isEmpty()) {
                return List.of();
            }
            Map<String, Part> labels = new LinkedHashMap<>();
            for (Part p : missing) {
                for (String l : p.labels()) {
                    labels.putIfAbsent(l, p);
                }
            }
            List<Unit.NearMiss> out = new ArrayList<>();
            Set<Part> suggested = new HashSet<>();
            for (PartLocator.Candidate c : candidates.getOrDefault(owner, List.of())) {
                if (c.normalized().length() < 4) {
                    continue;
                }
                String close = Suggest.closest(c.normalized(), labels.keySet());
                if (close != null && suggested.add(labels.get(close))) {
                    out.add(new Unit.NearMiss(c.text(), c.line(), labels.get(close)));
                }
            }
            return out;
        }
    }
}
