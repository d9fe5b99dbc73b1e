package io.github.vaultlint.section;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A section template: the ordered parts a unit (a STAR story, a debrief topic) should have.
 * {@code units} says how units are found: {@link Units#TOPICS} takes every H2 section except the
 * {@code nonTopicSections}; {@link Units#STORIES} takes the headings that carry the parts.
 */
public final class Template {

    /** How a note is split into units for this template. */
    public enum Units {
        TOPICS, STORIES;

        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** Sections of a topics note that are not topics, unless the template lists its own. */
    public static final List<String> DEFAULT_NON_TOPICS = List.of("Meta", "Overall", "Final Reflection", "Others",
            "Questions I asked", "Pitch", "Summary", "Notes", "Reflection", "Takeaways", "Key takeaways", "Next steps",
            "Follow-ups", "Follow-up", "Follow ups", "Follow up", "Questions to ask", "My questions", "Feedback", "Timeline", "Logistics", "Preparation", "Prep",
            "Introduction", "Self-introduction", "Links", "Related", "Related notes", "See also", "Resources",
            "References", "Sources", "Appendix", "Lessons learned", "Learnings", "Tags", "Final thoughts", "Thoughts",
            "General notes", "Questions for them", "Questions for the interviewer", "Interview process", "Format", "Agenda",
            "Interviewers", "Interviewer", "Compensation", "Salary", "Outcome", "Result", "Verdict", "Decision",
            "Next round", "About the company", "Company info", "Company overview", "Job description", "About the role",
            "Metadata", "Interview details", "Interview info", "Interview information", "General information",
            "General info", "Basic information", "Basic info", "Post-interview", "Post interview",
            // German, Spanish, French
            "Notizen", "Zusammenfassung", "Fazit", "Reflexion", "Nächste Schritte", "Meine Fragen", "Allgemeines",
            "Eckdaten", "Ablauf", "Resumen", "Notas", "Reflexión", "Conclusión", "Conclusiones", "Próximos pasos",
            "Mis preguntas", "Información general", "Résumé", "Bilan", "Conclusion", "Prochaines étapes", "Mes questions",
            "Informations générales");

    private final String name;
    private final Units units;
    private final List<Part> parts;
    private final Set<String> nonTopics;
    private final List<String> nonTopicSections;
    private final Map<String, Part> byLabel;
    private final Map<String, Part> byShortLabel;
    // Per part, by position: what the locator asks for every label it sees, worked out once here.
    private final Part[] partArray;
    private final int[] firstEqual; // parts.indexOf(part): the position of the first equal part
    private final String[] canonicalNames; // Labels.normalize(name)
    private final List<List<String>> partLabels; // part.labels()
    private final String[] nonTopicArray;
    /** Keyword phrases of all parts, by their first word (see {@link #matchKeywords}); empty when none. */
    private final Map<String, List<Keyword>> keywordsByFirstWord;

    /** Longest label, in words, that keywords are looked for in: longer lines are sentences, not labels. */
    static final int KEYWORD_LABEL_WORDS = 8;

    private record Keyword(Part part, String[] words) {
    }

    public Template(String name, Units units, List<Part> parts, List<String> nonTopicSections) {
        this.name = name;
        this.units = units;
        this.parts = List.copyOf(parts);
        this.nonTopicSections = List.copyOf(nonTopicSections);
        Set<String> nt = new TreeSet<>();
        for (String s : nonTopicSections) {
            nt.add(Labels.normalize(s));
        }
        this.nonTopics = Collections.unmodifiableSet(nt);
        Map<String, Part> m = new HashMap<>();
        Map<String, Part> shortLabels = new HashMap<>();
        for (Part p : this.parts) {
            for (String l : p.labels()) {
                m.putIfAbsent(l, p);
            }
            if (p.label() != null) {
                shortLabels.putIfAbsent(p.label().toLowerCase(Locale.ROOT), p);
            }
        }
        this.byLabel = Collections.unmodifiableMap(m);
        this.byShortLabel = Collections.unmodifiableMap(shortLabels);
        this.partArray = this.parts.toArray(new Part[0]);
        this.firstEqual = new int[partArray.length];
        this.canonicalNames = new String[partArray.length];
        for (int i = 0; i < partArray.length; i++) {
            firstEqual[i] = this.parts.indexOf(partArray[i]);
            canonicalNames[i] = Labels.normalize(partArray[i].name());
        }
        this.nonTopicArray = nt.toArray(new String[0]);
        List<List<String>> pl = new java.util.ArrayList<>(partArray.length);
        for (Part p : partArray) {
            pl.add(List.copyOf(p.labels()));
        }
        this.partLabels = pl;
        Map<String, List<Keyword>> kw = new HashMap<>();
        for (Part p : partArray) {
            for (String k : p.keywords()) {
                String[] w = words(Labels.normalize(k)).toArray(new String[0]);
                if (w.length > 0) {
                    kw.computeIfAbsent(w[0], x -> new java.util.ArrayList<>()).add(new Keyword(p, w));
                }
            }
        }
        this.keywordsByFirstWord = Collections.unmodifiableMap(kw);
    }

    public String name() {
        return name;
    }

    public Units units() {
        return units;
    }

    public List<Part> parts() {
        return parts;
    }

    public List<String> nonTopicSections() {
        return nonTopicSections;
    }

    /** The part a heading, bold label or callout title names, or null. */
    public Part match(String normalizedLabel) {
        Part p = byLabel.get(normalizedLabel);
        if (p == null) {
            p = byShortLabel.get(normalizedLabel);
        }
        if (p == null) {
            p = matchLetterPrefixed(normalizedLabel);
        }
        return p != null ? p : matchBeforeDash(normalizedLabel);
    }

    /**
     * "Result - what changed", "Action (60 seconds) — most important" (normalised): a part's name or
     * synonym, then a dash and a remark, as a heading or bold label may add one. Only a full name
     * counts before the dash: "A - Assessment" is not Action.
     */
    private Part matchBeforeDash(String n) {
        int dash = remarkDash(n);
        if (dash < 0) {
            return null;
        }
        String head = Labels.normalize(n.substring(0, dash));
        return head.length() < 2 ? null : byLabel.get(head);
    }

    /** Index of the first " - ", or of an en or em dash, after at least two chars of n; or -1. */
    private static int remarkDash(String n) {
        for (int i = 2; i < n.length() - 1; i++) {
            if (Labels.isDash(n.charAt(i)) && Labels.separatesLabel(n, i, n.length())) {
                return i; // normalised: its only spaces are single ' '
            }
        }
        return -1;
    }

    /**
     * "S - Situation", "R – Result", "A—Actions" (normalised): a part's short label, a dash, then a
     * name of that same part, as people head a STAR answer to show the acronym. Both halves must
     * name the one part, so "A - Assessment" (an SBAR note) or "B - Background" name nothing.
     */
    private Part matchLetterPrefixed(String n) {
        int rest = letterPrefixEnd(n);
        if (rest < 0) {
            return null;
        }
        Part byLetter = byShortLabel.get(n.substring(0, 1));
        return byLetter != null && byLabel.get(n.substring(rest)) == byLetter ? byLetter : null;
    }

    /**
     * Where the name starts in "x - name" (one letter, optional spaces, '-', '–' or '—', optional
     * spaces, then a word starting with that same letter), or -1. Cheap: most labels fail at the
     * second character.
     */
    private static int letterPrefixEnd(String n) {
        int len = n.length();
        if (len < 4 || !Character.isLetter(n.charAt(0)) || Character.isLetter(n.charAt(1))) {
            return -1;
        }
        int i = 1;
        while (i < len && n.charAt(i) == ' ') {
            i++;
        }
        if (i >= len || !Labels.isDash(n.charAt(i))) {
            return -1;
        }
        i++;
        while (i < len && n.charAt(i) == ' ') {
            i++;
        }
        return i < len && n.charAt(i) == n.charAt(0) ? i : -1;
    }

    /**
     * The part whose keyword phrase a label contains, for labels people word their own way ("What went
     * badly", "Mistakes I made"): asked only after {@link #match} and {@link #matchCombined} found
     * nothing. The phrase must appear as whole words. The leftmost phrase wins, as a label's head word
     * comes first ("What was missing from my answer" names the weak part, not the answer); at the same
     * word the longer phrase wins ("improvement areas" over "improvement"). Two parts' phrases of the
     * same length at the same word name neither, and a label longer than {@value #KEYWORD_LABEL_WORDS}
     * words is a sentence, not a label.
     */
    public Part matchKeywords(String normalizedLabel) {
        // 8 words fit in far fewer than 200 characters: a longer line is a sentence, not split at all.
        if (keywordsByFirstWord.isEmpty() || normalizedLabel.isEmpty() || normalizedLabel.length() > 200) {
            return null;
        }
        List<String> w = words(normalizedLabel);
        if (w.size() > KEYWORD_LABEL_WORDS) {
            return null;
        }
        for (int i = 0; i < w.size(); i++) {
            List<Keyword> candidates = keywordsByFirstWord.get(w.get(i));
            if (candidates == null) {
                continue;
            }
            Part best = null;
            int bestLength = 0;
            boolean tie = false;
            for (Keyword k : candidates) {
                if (!startsAt(w, i, k.words())) {
                    continue;
                }
                if (k.words().length > bestLength) {
                    best = k.part();
                    bestLength = k.words().length;
                    tie = false;
                } else if (k.words().length == bestLength && k.part() != best) {
                    tie = true;
                }
            }
            if (best != null) {
                return tie ? null : best;
            }
        }
        return null;
    }

    private static boolean startsAt(List<String> words, int at, String[] phrase) {
        if (at + phrase.length > words.size()) {
            return false;
        }
        for (int j = 0; j < phrase.length; j++) {
            if (!words.get(at + j).equals(phrase[j])) {
                return false;
            }
        }
        return true;
    }

    /**
     * The words of a normalised label ({@link io.github.vaultlint.util.Words#withApostrophes}:
     * "didn't" is one word, "to-do" two), so a keyword phrase matches whatever punctuation and
     * spacing surround it.
     */
    public static List<String> words(String normalized) {
        return io.github.vaultlint.util.Words.withApostrophes(normalized);
    }

    /**
     * The parts a combined label names, in template order: "Situation & Task", "situation/task",
     * "Task and Action", "S/T" (normalised), when every piece names a part; two pieces naming the
     * same part ("Outcome/Impact") give it once. Null when a piece names no part.
     * Asked only for a label {@link #match} does not know, so a synonym such as "Results and impact"
     * stays one part.
     */
    public Part[] matchCombined(String normalizedLabel) {
        String n = normalizedLabel;
        if (n.indexOf('&') < 0 && n.indexOf('/') < 0 && n.indexOf('+') < 0 && n.indexOf(" and ") < 0) {
            return null; // the common case: no separator, decided without splitting
        }
        List<String> pieces = new java.util.ArrayList<>(3);
        int from = 0;
        for (int i = 0; i <= n.length(); i++) {
            int sep = i == n.length() ? 1 : separatorAt(n, i);
            if (sep > 0) {
                pieces.add(n.substring(from, i).strip());
                from = i + sep;
                i = from - 1;
            }
        }
        if (pieces.size() < 2) {
            return null;
        }
        Part[] out = new Part[pieces.size()];
        int distinct = 0;
        boolean[] seen = new boolean[partArray.length];
        for (int k = 0; k < pieces.size(); k++) {
            Part p = pieces.get(k).isEmpty() ? null : match(pieces.get(k));
            if (p == null) {
                return null;
            }
            if (!seen[indexOf(p)]) {
                // Two names of one part ("Outcome/Impact", "Situation / Context") name it once.
                seen[indexOf(p)] = true;
                out[distinct++] = p;
            }
        }
        out = java.util.Arrays.copyOf(out, distinct);
        java.util.Arrays.sort(out, java.util.Comparator.comparingInt(this::indexOf));
        return out;
    }

    /** Whether every piece of a combined label is a part's own name (see {@link #isCanonical}). */
    boolean isCanonicalCombined(String normalizedLabel, Part[] parts) {
        String n = normalizedLabel;
        int from = 0;
        int count = 0;
        for (int i = 0; i <= n.length(); i++) {
            int sep = i == n.length() ? 1 : separatorAt(n, i);
            if (sep > 0) {
                String piece = n.substring(from, i).strip();
                Part p = match(piece);
                if (p == null || !isCanonical(p, piece)) {
                    return false;
                }
                count++;
                from = i + sep;
                i = from - 1;
            }
        }
        return count >= parts.length; // more pieces than parts: two names of one part
    }

    /** Length of a separator between two part names at {@code i} ("&", "/", "+", " and "), or 0. */
    private static int separatorAt(String n, int i) {
        char c = n.charAt(i);
        if (c == '&' || c == '/' || c == '+') {
            return 1;
        }
        return c == ' ' && n.startsWith(" and ", i) ? 5 : 0;
    }

    /** The part with this one-letter short label ({@code S}), or null. */
    public Part matchShort(String letter) {
        return byShortLabel.get(letter.toLowerCase(Locale.ROOT));
    }

    public Part part(String id) {
        for (Part p : parts) {
            if (p.id().equals(id)) {
                return p;
            }
        }
        return null;
    }

    /** Position of a part in the template's order. */
    public int indexOf(Part p) {
        // Parts found in notes are this template's own objects: find them by identity, without
        // Part.equals (a record's equals compares every field, the synonym list too).
        for (int i = 0; i < partArray.length; i++) {
            if (partArray[i] == p) {
                return firstEqual[i];
            }
        }
        return parts.indexOf(p);
    }

    /** {@code p.labels()}, normalised once per template rather than per unit missing the part. */
    List<String> labels(Part p) {
        for (int i = 0; i < partArray.length; i++) {
            if (partArray[i] == p) {
                return partLabels.get(i);
            }
        }
        return p.labels();
    }

    /** Number of parts: positions from {@link #indexOf} are below it. */
    int size() {
        return partArray.length;
    }

    /**
     * {@code p.isCanonical(normalized)} with p's normalised name computed once, not per label:
     * the name (or its plural) or the short label.
     */
    boolean isCanonical(Part p, String normalized) {
        for (int i = 0; i < partArray.length; i++) {
            if (partArray[i] == p) {
                String n = canonicalNames[i];
                int rest = letterPrefixEnd(normalized);
                if (rest > 0 && p.label() != null && normalized.charAt(0) == Character.toLowerCase(p.label().charAt(0))) {
                    normalized = normalized.substring(rest); // "s - situation" is named as "situation" is
                }
                return normalized.equals(n)
                        || normalized.length() == n.length() + 1 && normalized.endsWith("s") && normalized.startsWith(n)
                        || (p.label() != null && normalized.equalsIgnoreCase(p.label()));
            }
        }
        return p.isCanonical(normalized);
    }

    /**
     * True for a non-topic section: its title is a non-topic name, or starts with one followed by more
     * words ("Overall impressions", "Questions I asked them").
     */
    public boolean isNonTopic(String headingText) {
        return isNonTopicNormalized(Labels.normalize(headingText));
    }

    /** {@link #isNonTopic} of a heading whose text is normalised already (the locator has it). */
    boolean isNonTopicNormalized(String n) {
        if (nonTopics.contains(n)) {
            return true;
        }
        for (String t : nonTopicArray) { // an array: no iterator per heading
            if (n.length() > t.length() && n.startsWith(t) && !Character.isLetterOrDigit(n.charAt(t.length()))) {
                return true;
            }
        }
        return false;
    }

    /** "Situation, Task, Action, Result". */
    public String order() {
        StringBuilder sb = new StringBuilder();
        for (Part p : parts) {
            if (sb.length() > 0) {
                sb.append(", ");
            }
            sb.append(p.name());
        }
        return sb.toString();
    }

    @Override
    public String toString() {
        return "template " + name + " (" + units.id() + ": " + order() + ")";
    }
}
