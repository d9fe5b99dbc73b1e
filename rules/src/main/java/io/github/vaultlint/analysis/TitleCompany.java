package io.github.vaultlint.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The company a debrief's title names when no property or Meta list does: its file name
 * ({@code Globex onsite 2025-03-14}), its H1 ({@code Interview debrief: Globex, 2025-03-14},
 * {@code Globex – Senior SRE – 14 Mar 2025}) or a folder ({@code Interviews/Globex/}).
 *
 * <p>A title is cut into segments at punctuation ({@code , : ; | ( ) [ ] /}, dashes between
 * spaces); the company is a run of up to four name words in one segment, after {@code at} or
 * {@code @} if there is one. What is not a name: words of the interview itself ("Interview",
 * "Debrief", "Onsite", "Round", "System design", "Notes"), a role ("Senior SRE", "Data Engineer"),
 * dates, numbers and ids ("2", "L5", "eb979b60"). Guessing no company beats inventing one, so a
 * name counts only when the title says it is an interview's (one of those words, a role or a date
 * stands beside it), or, for a file or folder named only the company, when a folder above it
 * collects interviews ({@code Interviews/Globex.md}); a segment of ordinary words in a capitalised
 * title ("Kubernetes deep dive") is prose, not a name; and a mock interview's or practice note's
 * title names no company at all. Words and sets, no regex.
 */
final class TitleCompany {
    private TitleCompany() {
    }

    private enum Kind { NAME, CONNECTOR, AT, EVIDENCE, GENERIC, ROLE_HEAD, ROLE_MOD, ROLE, NUMBER, MONTH, MOCK }

    private record Token(int start, int end, Kind kind, boolean upper) {
    }

    /** Words that say the title is an interview's: a name beside one is its company ("Globex onsite"). */
    private static final Set<String> EVIDENCE = Set.of("interview", "interviews", "interviewing", "debrief", "debriefs",
            "debriefing", "onsite", "on-site", "onsites", "screen", "screens", "screening", "round", "rounds", "loop", "recruiter",
            "recruiters", "interviewer", "interviewers", "hr", "take-home", "takehome", "assessment", "panel", "raiser",
            "hiring", "oa", "hackerrank", "codesignal", "karat", "superday", "hm",
            // German, Spanish, French, Chinese
            "vorstellungsgespräch", "bewerbungsgespräch", "entrevista", "entretien", "面试", "复盘");

    /**
     * Other words of such titles, of the interview's kind, topic, place in a process, or the note
     * itself, and folder words: never a company's name, and no sign of an interview on their own
     * ("Kubernetes deep dive", "Kubernetes notes" name no company).
     */
    private static final Set<String> GENERIC = Set.of("phone", "call", "video", "zoom", "final", "finals", "technical", "tech",
            "behavioral", "behavioural", "behavior", "behaviour", "recruiting", "coding", "code", "system", "design",
            "architecture", "assignment", "exercise", "case", "study", "test", "notes", "note", "retro", "retrospective",
            "recap", "review", "reflection", "reflections", "summary", "feedback", "prep", "preparation", "virtual", "chat",
            "meeting", "sync", "intro", "introductory", "initial", "first", "second", "third", "fourth", "fifth", "last",
            "part", "day", "stage", "step", "untitled", "live", "pair", "pairing", "programming", "culture", "fit", "values",
            "bar", "follow-up", "followup", "session", "real", "job", "application", "applications", "offer", "rejected",
            "rejection", "questions", "question", "answers", "thoughts", "takeaways", "lessons", "learned", "learnings",
            "process", "new", "grad", "graduate", "leetcode", "dsa", "algorithms", "algo", "whiteboard", "presentation",
            "deep", "dive", "deep-dive", "debugging", "troubleshooting", "online", "homework", "team", "match", "post", "pre",
            "transcript", "log", "journal", "draft", "wip", "done", "template", "templates", "archive", "archived", "old",
            "inbox", "drafts", "completed", "pending", "active", "past", "current", "upcoming", "ongoing", "misc", "other",
            "others", "general", "attachments", "assets", "images", "resources", "personal", "work", "career", "companies",
            "company", "offers", "processes", "search", "hunt", "hunting", "recruitment", "cto", "ceo", "founder",
            "co-founder", "cofounder", "vp", "director", "meet", "greet", "lunch", "week", "weeks", "month", "year",
            "quarter", "sd", "bq", "lc", "cv", "resume", "todo", "to-do");

    /** Words that join a name's words ("Bank of America", "AT&T"-like "Johnson & Johnson") or stand between segments. */
    private static final Set<String> CONNECTOR = Set.of("of", "and", "&", "the", "a", "an", "to", "in", "on", "my", "our", "for",
            "with", "from", "by", "via", "vs", "x", "+", "-", "about", "re", "w");

    /** The last word of a role: "Engineer" in "Senior Data Engineer". */
    private static final Set<String> ROLE_HEAD = Set.of("engineer", "engineers", "developer", "developers", "dev", "sre", "swe",
            "sde", "sdet", "sysadmin", "devops", "mlops", "architect", "manager", "em", "tpm", "pm", "intern", "internship",
            "analyst", "scientist", "consultant", "specialist", "administrator", "admin", "lead", "designer", "programmer",
            "researcher", "technician", "owner");

    /** Words before a role's last word ("Senior", "Site Reliability", "Data"); alone they may be a name's. */
    private static final Set<String> ROLE_MOD = Set.of("senior", "sr", "junior", "jr", "staff", "principal", "chief", "head",
            "associate", "mid", "mid-level", "entry", "entry-level", "software", "site", "reliability", "platform",
            "infrastructure", "infra", "cloud", "data", "ml", "ai", "machine", "learning", "backend", "back-end", "frontend",
            "front-end", "full-stack", "fullstack", "full", "stack", "web", "mobile", "ios", "android", "security", "network",
            "networking", "systems", "production", "qa", "automation", "build", "release", "solutions", "support",
            "product", "program", "project", "research", "devsecops", "embedded", "firmware", "hardware", "database", "db",
            "java", "python", "golang", "go", "node", "react", "ruby", "php", "scala", "kotlin", "engineering");

    private static final Set<String> MONTHS = Set.of("january", "february", "march", "april", "may", "june", "july", "august",
            "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
            "oct", "nov", "dec", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue",
            "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun");

    /** A mock or practice note is no interview at a company, whatever else its title names. */
    private static final Set<String> MOCK = Set.of("mock", "mocks", "practice", "practise", "rehearsal");

    /** Folder words that say the notes below are interviews: "Interviews", "Debriefs", "Job search", "Applications". */
    private static final Set<String> INTERVIEW_FOLDER = Set.of("interview", "interviews", "interviewing", "debrief", "debriefs",
            "companies", "applications", "recruiting", "recruitment", "onsites", "loops");

    /**
     * The company {@code title} names, or null. {@code bare}: a title that is only a name
     * ("Globex", not "Kubernetes deep dive") counts, as a file or folder in an interviews folder does.
     */
    static String of(String title, boolean bare) {
        if (title == null || title.isBlank()) {
            return null;
        }
        String t = normalise(title);
        List<List<Token>> segments = segments(t);
        boolean mixedCase = !t.equals(t.toLowerCase(Locale.ROOT));
        boolean evidence = InterviewMeta.findAnyDate(title) != null;
        boolean onlyName = true; // "Globex", "Globex Corp": a bare name, no other words
        for (List<Token> seg : segments) {
            for (Token k : seg) {
                if (k.kind() == Kind.MOCK) {
                    return null;
                }
                evidence |= k.kind() == Kind.EVIDENCE || k.kind() == Kind.ROLE || k.kind() == Kind.AT;
                onlyName &= k.kind() == Kind.NAME || k.kind() == Kind.ROLE_MOD || k.kind() == Kind.CONNECTOR;
            }
        }
        if (!evidence && !(bare && onlyName)) {
            return null;
        }
        // After "at"/"@" first: "SRE onsite at Globex".
        for (List<Token> seg : segments) {
            for (int i = 0; i < seg.size(); i++) {
                if (seg.get(i).kind() == Kind.AT) {
                    String name = run(t, seg, i + 1, mixedCase, true);
                    if (name != null) {
                        return name;
                    }
                }
            }
        }
        // Then a segment with an interview word beside the name ("Globex onsite"), then one of the
        // name alone ("Globex" in "Globex – Senior SRE"), then one with a role ("Globex SRE"; a role
        // may hold a word of its own, "Quant dev – Two Sigma").
        String plain = null;
        String withRole = null;
        for (List<Token> seg : segments) {
            String name = run(t, seg, 0, mixedCase, false);
            if (name == null) {
                continue;
            }
            if (seg.stream().anyMatch(k -> k.kind() == Kind.EVIDENCE)) {
                return name;
            }
            if (seg.stream().anyMatch(k -> k.kind() == Kind.ROLE)) {
                withRole = withRole == null ? name : withRole;
            } else {
                plain = plain == null ? name : plain;
            }
        }
        return plain != null ? plain : withRole;
    }

    /** Whether the title is a mock interview's or a practice note's. */
    static boolean isMock(String title) {
        if (title == null) {
            return false;
        }
        for (List<Token> seg : segments(normalise(title))) {
            for (Token k : seg) {
                if (k.kind() == Kind.MOCK) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The company the folders of {@code folder} (a vault-relative path, "" at the root) name, the
     * nearest first: a folder named with interview words ("Globex interviews"), or named only the
     * company below a folder of interviews ("Interviews/Globex", "Interviews/2025/Globex"). Folders
     * of dates or of interview words ("Onsite", "2025", "Round 2") are passed over; the first folder
     * with a name in it decides; a mock or practice folder names none.
     */
    static String ofFolders(String folder) {
        if (folder == null || folder.isEmpty()) {
            return null;
        }
        String[] parts = folder.split("/");
        for (int k = parts.length - 1; k >= 0; k--) {
            if (isMock(parts[k])) {
                return null;
            }
            boolean collected = false;
            for (int up = 0; up < k && !collected; up++) {
                collected = collectsInterviews(parts[up]);
            }
            String name = of(parts[k], collected);
            if (name != null || hasName(parts[k])) {
                return name;
            }
        }
        return null;
    }

    /** Whether some folder of {@code folder} collects interviews ("Interviews", "Job search", "Debriefs 2025"). */
    static boolean inInterviewFolder(String folder) {
        if (folder == null || folder.isEmpty()) {
            return false;
        }
        for (String part : folder.split("/")) {
            if (collectsInterviews(part)) {
                return true;
            }
        }
        return false;
    }

    private static boolean collectsInterviews(String folderName) {
        List<String> w = io.github.vaultlint.util.Words.of(folderName.toLowerCase(Locale.ROOT));
        for (int i = 0; i < w.size(); i++) {
            if (INTERVIEW_FOLDER.contains(w.get(i))
                    || w.get(i).equals("job") && i + 1 < w.size() && (w.get(i + 1).startsWith("search") || w.get(i + 1).startsWith("hunt"))) {
                return true;
            }
        }
        return false;
    }

    /** Whether any word of the folder name could be a name (not a date, number or interview word). */
    private static boolean hasName(String folderName) {
        for (List<Token> seg : segments(normalise(folderName))) {
            for (Token k : seg) {
                if (k.kind() == Kind.NAME || k.kind() == Kind.ROLE_MOD) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Underscores are spaces; a slug with no space ("globex-onsite-2025-03-14") has its dashes as spaces too. */
    private static String normalise(String title) {
        String t = title.replace('_', ' ').strip();
        if (t.indexOf(' ') < 0) {
            t = t.replace('-', ' ');
        }
        return t;
    }

    private static boolean isSeparator(String t, int i) {
        char c = t.charAt(i);
        if (",:;|()[]{}/\\\u2013\u2014\u00b7\u2022\"\u201c\u201d".indexOf(c) >= 0) {
            return true;
        }
        // A hyphen between spaces (or at an end) cuts; inside a word ("Coca-Cola", "on-site") it does not.
        return c == '-' && (i == 0 || t.charAt(i - 1) == ' ' || i + 1 == t.length() || t.charAt(i + 1) == ' ');
    }

    private static List<List<Token>> segments(String t) {
        List<List<Token>> out = new ArrayList<>();
        List<Token> seg = new ArrayList<>();
        int i = 0;
        int n = t.length();
        while (i < n) {
            char c = t.charAt(i);
            if (isSeparator(t, i)) {
                if (!seg.isEmpty()) {
                    out.add(roles(seg));
                    seg = new ArrayList<>();
                }
                i++;
                continue;
            }
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            int start = i;
            while (i < n && !Character.isWhitespace(t.charAt(i)) && !isSeparator(t, i)) {
                i++;
            }
            Token k = token(t, start, i);
            if (k != null) {
                seg.add(k);
            }
        }
        if (!seg.isEmpty()) {
            out.add(roles(seg));
        }
        return out;
    }

    /** A word of the title without the punctuation around it (a possessive "'s" goes too), classified; null when only punctuation. */
    private static Token token(String t, int start, int end) {
        if (end - start == 1 && (t.charAt(start) == '&' || t.charAt(start) == '@' || t.charAt(start) == '+')) {
            return new Token(start, end, t.charAt(start) == '@' ? Kind.AT : Kind.CONNECTOR, false);
        }
        while (start < end && !Character.isLetterOrDigit(t.charAt(start)) && t.charAt(start) != '@') {
            start++;
        }
        while (end > start && !Character.isLetterOrDigit(t.charAt(end - 1)) && t.charAt(end - 1) != '+') {
            end--;
        }
        if (end - start >= 3 && (t.charAt(end - 1) == 's' || t.charAt(end - 1) == 'S')
                && (t.charAt(end - 2) == '\'' || t.charAt(end - 2) == '\u2019')) {
            end -= 2; // "Globex's onsite"
        }
        if (start >= end) {
            return null;
        }
        if (t.charAt(start) == '@') {
            return end - start == 1 ? new Token(start, end, Kind.AT, false) : token(t, start + 1, end);
        }
        String w = t.substring(start, end);
        String key = w.toLowerCase(Locale.ROOT);
        boolean upper = !w.equals(key);
        return new Token(start, end, kind(key), upper);
    }

    private static Kind kind(String key) {
        if (MOCK.contains(key)) {
            return Kind.MOCK;
        }
        if (key.equals("at")) {
            return Kind.AT;
        }
        if (CONNECTOR.contains(key)) {
            return Kind.CONNECTOR;
        }
        if (ROLE_HEAD.contains(key)) {
            return Kind.ROLE_HEAD;
        }
        if (EVIDENCE.contains(key)) {
            return Kind.EVIDENCE;
        }
        if (GENERIC.contains(key)) {
            return Kind.GENERIC;
        }
        if (ROLE_MOD.contains(key)) {
            return Kind.ROLE_MOD;
        }
        if (MONTHS.contains(key)) {
            return Kind.MONTH;
        }
        return isNumber(key) ? Kind.NUMBER : Kind.NAME;
    }

    /**
     * Numbers, ordinals ("2nd"), levels and rounds ("L5", "r2", "v2", "q3", "#2") and ids ("eb979b60",
     * more than two digits): no name. A name may hold a digit or two ("3M", "23andMe", "8x8").
     */
    private static boolean isNumber(String key) {
        int digits = 0;
        int letters = 0;
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            digits += c >= '0' && c <= '9' ? 1 : 0;
            letters += Character.isLetter(c) ? 1 : 0;
        }
        if (digits == 0) {
            return false;
        }
        if (letters == 0 || digits > 2) {
            return true;
        }
        int lead = 0;
        while (lead < key.length() && Character.isLetter(key.charAt(lead))) {
            lead++;
        }
        boolean levelLike = lead >= 1 && lead <= 2 && lead + digits == key.length(); // L5, r2, v2, q3
        int d = 0;
        while (d < key.length() && key.charAt(d) >= '0' && key.charAt(d) <= '9') {
            d++;
        }
        String suffix = key.substring(d);
        boolean ordinal = d > 0 && (suffix.equals("st") || suffix.equals("nd") || suffix.equals("rd") || suffix.equals("th")
                || suffix.equals("am") || suffix.equals("pm") || suffix.equals("h") || suffix.equals("min"));
        return levelLike || ordinal;
    }

    /** Marks each role ("Senior Data Engineer"): a role's last word and the role words before it. */
    private static List<Token> roles(List<Token> seg) {
        for (int i = 0; i < seg.size(); i++) {
            if (seg.get(i).kind() != Kind.ROLE_HEAD) {
                continue;
            }
            for (int j = i; j >= 0; j--) {
                Kind k = seg.get(j).kind();
                if (j < i && k != Kind.ROLE_MOD && k != Kind.ROLE_HEAD && k != Kind.ROLE) {
                    break;
                }
                Token old = seg.get(j);
                seg.set(j, new Token(old.start(), old.end(), Kind.ROLE, old.upper()));
            }
        }
        return seg;
    }

    /**
     * The first run of name words in {@code seg} from {@code from} (a connector may join two name
     * words: "Bank of America"), as written; null when none, when it is longer than four words
     * (two in an all-lower-case title), or, in a capitalised title, when the segment holds an
     * uncapitalised name word (prose such as "Kubernetes deep dive", not a name). {@code onlyNext}:
     * the run must start right at {@code from} (after "at").
     */
    private static String run(String t, List<Token> seg, int from, boolean mixedCase, boolean onlyNext) {
        if (mixedCase) {
            for (int i = from; i < seg.size(); i++) {
                Token k = seg.get(i);
                if ((k.kind() == Kind.NAME) && !k.upper()) {
                    return null;
                }
            }
        }
        int i = from;
        while (i < seg.size() && !isNameWord(seg.get(i), mixedCase)) {
            if (onlyNext) {
                return null;
            }
            i++;
        }
        if (i == seg.size()) {
            return null;
        }
        int first = i;
        int last = i;
        int words = 1;
        for (int j = i + 1; j < seg.size(); j++) {
            Token k = seg.get(j);
            if (isNameWord(k, mixedCase)) {
                last = j;
                words++;
            } else if (!(k.kind() == Kind.CONNECTOR && isJoiner(t, k) && j + 1 < seg.size() && isNameWord(seg.get(j + 1), mixedCase))) {
                break;
            }
        }
        if (words > (mixedCase ? 4 : 2)) {
            return null;
        }
        return t.substring(seg.get(first).start(), seg.get(last).end());
    }

    /** A name's word; a role's word out of a role ("Cloud" in "Globex Cloud") too, capitalised in a capitalised title. */
    private static boolean isNameWord(Token k, boolean mixedCase) {
        return k.kind() == Kind.NAME || k.kind() == Kind.ROLE_MOD && (k.upper() || !mixedCase);
    }

    /** "of", "and", "&", "the": the connectors found inside a company's name. */
    private static boolean isJoiner(String t, Token k) {
        String w = t.substring(k.start(), k.end()).toLowerCase(Locale.ROOT);
        return w.equals("of") || w.equals("and") || w.equals("&") || w.equals("the");
    }
}
