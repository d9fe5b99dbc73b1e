package io.github.vaultlint.analysis;

import io.github.vaultlint.parse.NoteParser;
import org.junit.jupiter.api.Test;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class InterviewMetaTest {
    /** What findDate does, as a regex and java.time: four forms, digits around not allowed, a real day of 1900-2199. */
    private static final Pattern DATE = Pattern.compile("(?<![0-9])([0-9]{4})([-_.]?)([0-9]{2})\\2([0-9]{2})(?![0-9])");

    private static String reference(String s) {
        Matcher m = DATE.matcher(s);
        for (int from = 0; from <= s.length() && m.find(from); from = m.start() + 1) {
            try {
                LocalDate d = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)));
                if (d.getYear() >= 1900 && d.getYear() <= 2199) {
                    return d.toString();
                }
            } catch (DateTimeException e) {
                // not a real day: look further
            }
        }
        return null;
    }

    @Test
    void findsTheFirstDateAsTheReference() {
        String alphabet = "0123456789012--- a٣_.1920";
        Random r = new Random(5);
        int found = 0;
        for (int k = 0; k < 300_000; k++) {
            StringBuilder sb = new StringBuilder();
            int len = r.nextInt(24);
            for (int i = 0; i < len; i++) {
                sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
            }
            String s = sb.toString();
            String expected = reference(s);
            assertEquals(expected, InterviewMeta.findDate(s), s);
            found += expected == null ? 0 : 1;
        }
        assertTrue(found > 100, "the random texts hold dates too: " + found);
    }

    @Test
    void findsDates() {
        assertEquals("2025-04-09", InterviewMeta.findDate("2025-04-09 Acme 6064"));
        assertEquals("2024-11-30", InterviewMeta.findDate("Onsite 2024-11-30"));
        assertEquals("2025-11-17", InterviewMeta.findDate("Acme 2025_11_17"));
        assertEquals("2025-11-17", InterviewMeta.findDate("Acme 2025.11.17"));
        assertEquals("2025-11-17", InterviewMeta.findDate("20251117 Acme"));
        assertEquals("2025-11-17", InterviewMeta.findDate("Acme (2025-11-17)"));
        assertEquals("2025-11-17", InterviewMeta.findDate("2025-11-17T10:00:00Z"));
        assertEquals("2024-02-29", InterviewMeta.findDate("leap 2024-02-29"));
        assertNull(InterviewMeta.findDate("2023-02-29"), "not a real day");
        assertNull(InterviewMeta.findDate("12025-01-011"), "inside a longer number");
        assertNull(InterviewMeta.findDate("ticket 1731801600"), "a 10-digit id");
        assertNull(InterviewMeta.findDate("12345678"), "no month 56");
        assertNull(InterviewMeta.findDate("2025-11_17"), "one separator, used twice");
        assertNull(InterviewMeta.findDate("2024-1-30"));
        assertNull(InterviewMeta.findDate(""));
        assertNull(InterviewMeta.findDate("٢٠٢٤-١١-٣٠"), "ASCII digits only");
        assertEquals("2025-03-01", InterviewMeta.findDate("v2 2025-13-01 then 2025-03-01"), "the first real one");
    }

    private static InterviewMeta meta(String name, String text) {
        return InterviewMeta.of(new NoteParser().parse(name, true, text));
    }

    @Test
    void aDateThatIsNoRealDayCountsAsMissing() {
        String meta = "## Meta\n- Date: 2025-11-20\n";
        assertEquals("2025-11-20", meta("Datadog 2025-11-24.md", "---\ndate: 2025-11-31\n---\n" + meta).date(), "the Meta list next");
        assertEquals("2025-11-24", meta("Datadog 2025-11-24.md", "---\ndate: 2025-11-31\n---\n").date(), "then the file name");
        assertNull(meta("Datadog.md", "---\ndate: 2025-11-31\n---\n").date(), "else none");
        for (String bad : new String[] {"next week", "2025-11-05T10:00", "2025/11/05", "2025_11_05", "20251105", "5 Nov 2025", "2025-1-05"}) {
            assertEquals("2025-11-24", meta("Datadog 2025-11-24.md", "---\ndate: " + bad + "\n---\n").date(), bad + " is no YYYY-MM-DD");
        }
        assertEquals("2025-11-24", meta("Datadog 2025-11-24.md", "## Meta\n- Date: sometime in November\n").date(),
                "a Meta list date with no day in it is missing too");
        assertNull(meta("Datadog.md", "## Meta\n- Date: 2025-02-30\n").date());
        assertEquals("2025-11-05", meta("Datadog 2025-11-24.md", "---\ndate: '2025-11-05'\n---\n").date(), "a valid one wins");
    }

    @Test
    void metaListDraftAndFileNameDatesInEveryForm() {
        for (String name : new String[] {"2025-11-17_Acme.md", "20251117 Acme.md", "Acme (2025-11-17).md", "Acme 2025.11.17.md",
            "Acme 2025_11_17.md", "Acme-2025-11-17.md"}) {
            assertEquals(new InterviewMeta("Acme", "SRE", "2025-11-17", false), meta(name, "## Meta\n- Company: Acme\n- Role: SRE\n"), name);
        }
        InterviewMeta m = meta("meta-date.md", "## Meta\n- Company: Acme\n- Date: 2025.11.17\n- Draft: yes\n");
        assertEquals(new InterviewMeta("Acme", null, "2025-11-17", true), m);
        assertTrue(meta("a.md", "## Meta\n- **Draft:** True\n").draft());
        assertFalse(meta("b.md", "## Meta\n- Draft: no\n").draft());
        assertTrue(meta("c.md", "---\ndraft: yes\n---\n## Meta\n- Draft: no\n").draft(), "the frontmatter wins");
        assertFalse(meta("d.md", "---\ndraft: false\n---\n## Meta\n- Draft: yes\n").draft(), "the frontmatter wins");
    }

    /**
     * Interview templates put the details elsewhere than a "## Meta" list: under another title
     * ("## Interview Details"), as bold lines under the note's title, or as headings above its
     * topics ("### Company: ..."). Each is read; a Meta list still wins, and below the first H2 a
     * "Key: value" line in a topic is no detail of the interview.
     */
    @Test
    void detailsUnderOtherTitlesAboveTheTopicsOrAsHeadingsAreRead() {
        assertEquals(new InterviewMeta("Umbrella", "Data Engineer", "2025-02-14", false), meta("u.md",
                "# Notes\n\n## 🗒️ Interview Details\n\n- **Company**: Umbrella\n- **Role**: Data Engineer\n"
                        + "- **Date**: 2025-02-14\n\n## Questions\n\n- Role: none of this\n"));
        assertEquals(new InterviewMeta("Vandelay", "Importer", "2025-06-01", false), meta("v.md",
                "# Round 1 notes\n\n**Company**: Vandelay\n**Role**: Importer\n**Date**: 2025-06-01\n\n---\n\n"
                        + "## Questions asked\n\n**Outcome**: fine\n"));
        assertEquals(new InterviewMeta("Wonka", "Line cook", "2025-07-09", false), meta("w.md",
                "# Feedback\n\n### Company: Wonka\n### Role: Line cook\n### Date: 2025-07-09\n\n"
                        + "#### What went well\n- Fast\n"));
        assertEquals("Acme", meta("x.md", "**Company**: Initech\n\n## Details\n- Company: Globex\n\n## Meta\n- Company: Acme\n")
                .company(), "the Meta list first");
        assertEquals("Globex", meta("x.md", "**Company**: Initech\n\n## Details\n- Company: Globex\n").company(),
                "then a details section");
        assertNull(meta("y.md", "# Notes\n\n## Kafka\n\n- Company: the one that runs it\n").company(),
                "a line in a topic is no detail");
    }

    /**
     * A Meta section written as a table, key/value down the first column or with the keys as its
     * header; a dash instead of the colon ("- Company — Shopify"); and "Position" for the role.
     */
    @Test
    void metaTablesDashesAndPositionAreRead() {
        assertEquals(new InterviewMeta("Stripe", "SRE", "2025-03-14", false), meta("Interview Stripe 2025_03_14.md",
                "## Meta\n| Field | Value |\n|---|---|\n| Company | Stripe |\n| **Role:** | SRE |\n\n## Kubernetes\n- x\n"));
        assertEquals(new InterviewMeta("Stripe", "SRE", "2025-03-14", false), meta("s.md",
                "## Meta\n| Company | Stripe |\n|---|---|\n| Role | SRE |\n| Date | 14 March 2025 |\n"));
        assertEquals(new InterviewMeta("Acme", "Platform Engineer", "2025-04-02", false), meta("a.md",
                "## Meta\n\n| Company | Role | Date |\n| --- | --- | --- |\n| [[Acme]] | Platform Engineer | 2025-04-02 |\n"));
        assertEquals(new InterviewMeta("Shopify", "Backend Developer", "2025-02-10", false), meta("Shopify interview (2025-02-10).md",
                "## Meta\n- Company — Shopify\n- Position: Backend Developer\n"));
        assertEquals(new InterviewMeta("Initech", "SRE", null, false), meta("i.md", "**Company** - Initech\n**Job title**: SRE\n\n## Topic\n- y\n"));
        assertNull(meta("h.md", "## Meta\n| Company | Role |\n|---|---|\n").company(), "a header with no row names no company");
        assertEquals("SRE", meta("p.md", "---\nposition: SRE\n---\n# x\n").role(), "a position property names the role");
        assertNull(meta("c.md", "Company-wide outage review\n\n## Topic\n").company(), "no dash between spaces, no value");
    }

    /** People write a Meta list date as they would in a letter ("Date: May 30, 2025", as a seed note does). */
    @Test
    void aMetaListOrFileNameDateWithTheMonthsNameIsRead() {
        assertEquals("2025-03-24", meta("Miro.md", "## Meta\n- Company: Miro\n- Date: Mar 24, 2025\n").date());
        assertEquals("2025-05-30", meta("Miro.md", "## Meta\n- **Date:** May 30, 2025\n").date());
        assertEquals("2025-03-04", meta("Miro.md", "## Meta\n- Date: 4 March 2025 (onsite)\n").date());
        assertEquals("2025-09-03", meta("Miro.md", "## Meta\n- Date: Wed 3rd Sept, 2025\n").date());
        assertEquals("2025-03-24", meta("Miro - Mar 24 2025.md", "# Miro\n").date(), "the file name too");
        assertEquals("2025-11-24", meta("Miro 2025-11-24.md", "## Meta\n- Date: Feb 30, 2025\n").date(), "no real day: missing");
        assertNull(meta("Miro.md", "## Meta\n- Date: March 2025\n").date(), "no day");
        assertNull(meta("Miro.md", "## Meta\n- Date: may 40 2025\n").date());
        assertEquals("2025-11-24", meta("Datadog 2025-11-24.md", "---\ndate: May 30, 2025\n---\n").date(),
                "the frontmatter's date stays what frontmatter-schema accepts");
        assertNull(InterviewMeta.findNamedDate("I may 2 2025x"));
        assertEquals("2024-02-29", InterviewMeta.findNamedDate("Feb 29th 2024"));
        assertNull(InterviewMeta.findNamedDate("Feb 29th 2023"));
    }

    /** Obsidian users with Dataview write a Meta list as inline fields: "Company:: Acme" is Acme, not ": Acme". */
    @Test
    void aMetaListOfDataviewInlineFieldsIsReadAsTheirValues() {
        assertEquals(new InterviewMeta("Acme Corp", "Platform Engineer", "2025-08-02", true),
                meta("Acme.md", "## Meta\n- Company:: Acme Corp\n- Role :: Platform Engineer\n- Date:: 2025-08-02\n- Draft:: yes\n"));
        assertEquals("Acme Corp", meta("Acme.md", "## Meta\n- **Company**:: [[Acme Corp]]\n").company());
    }

    /** Obsidian writes a link property as "[[Note]]": the company is the text the link shows, as in a Meta list. */
    @Test
    void aLinkPropertyIsTheTextItShows() {
        assertEquals(new InterviewMeta("Acme Corp", "SRE", "2025-11-17", false),
                meta("2025-11-17.md", "---\ncompany: \"[[Acme Corp]]\"\nrole: \"[[Roles/SRE|SRE]]\"\n---\n"));
        assertEquals("Acme", meta("a.md", "---\ncompany: \"[Acme](https://acme.example)\"\n---\n").company());
        assertEquals("Acme Corp", meta("b.md", "## Meta\n- Company: [[Acme Corp]]\n").company(), "as the Meta list reads it");
        assertEquals("AT&T [EMEA]", meta("c.md", "---\ncompany: AT&T [EMEA]\n---\n").company(), "other values as written");
    }

    /** Obsidian's absolute and relative link formats put the folder in every link: it is the same company. */
    @Test
    void aLinkWithItsFolderNamesTheNote() {
        assertEquals(new InterviewMeta("Acme Corp", "SRE", null, false),
                meta("a.md", "---\ncompany: \"[[Companies/Acme Corp]]\"\nrole: \"[[../Roles/SRE.md]]\"\n---\n"));
        assertEquals("Acme Corp", meta("b.md", "---\ncompany: \"[[Companies/Acme Corp.md|Acme Corp]]\"\n---\n").company());
        assertEquals("Acme Corp", meta("c.md", "## Meta\n- Company: [[Companies/Acme Corp]]\n").company(), "in the Meta list too");
        assertEquals("Acme Corp", meta("d.md", "## Meta\n- **Company:** [[Companies/Acme Corp]]\n").company());
        assertEquals("Acme > Platform", meta("e.md", "---\ncompany: \"[[Acme]] > [[Platform]]\"\n---\n").company(),
                "two links read as Obsidian shows them");
    }

    /**
     * A property name written in another case ("Company: Google") names the company, as the Meta
     * list's keys do in any case; before, the interview had no company in the report, with no
     * finding saying why (frontmatter-schema only asks to rename a required "Date").
     */
    @Test
    void aPropertyNameInAnotherCaseIsTheSameProperty() {
        assertEquals(new InterviewMeta("Google", "SRE", "2025-10-02", true),
                meta("a.md", "---\nCompany: Google\nROLE: SRE\nDate: 2025-10-02\nDraft: true\n---\n"));
        assertEquals("Initech", meta("b.md", "---\nCompany: Globex\ncompany: Initech\n---\n").company(),
                "the name as written wins over another case");
        assertNull(meta("c.md", "---\nDate: 2025-11-31\n---\n").date(), "still only a real day");
    }
    /**
     * A debrief still being written is marked in more ways than {@code draft: true}: a status
     * (frontmatter or Meta list, any case, as a list too) or a tag. An explicit draft property
     * decides; a status naming the application or a finished note is no draft.
     */
    @Test
    void aDraftStatusOrTagMarksADraft() {
        for (String status : new String[] {"draft", "Draft", "DRAFT", "WIP", "wip", "Work in progress", "[draft]", "\"📝 draft\""}) {
            assertTrue(meta("a.md", "---\nstatus: " + status + "\n---\n").draft(), status);
        }
        for (String status : new String[] {"done", "Done", "final", "in progress", "rejected", "offer", "published", "", "[done]"}) {
            assertFalse(meta("a.md", "---\nstatus: " + status + "\n---\n").draft(), status);
        }
        assertTrue(meta("a.md", "---\nStatus: Draft\n---\n").draft(), "the property name in any case");
        assertTrue(meta("a.md", "## Meta\n- Company: Acme\n- Status: WIP\n").draft(), "a Meta list status");
        assertFalse(meta("a.md", "---\nstatus: done\n---\n## Meta\n- Status: Draft\n").draft(), "the frontmatter status wins");
        assertFalse(meta("a.md", "## Meta\n- Status: Rejected after onsite\n").draft());
        assertFalse(meta("a.md", "---\ndraft: false\nstatus: draft\n---\n").draft(), "an explicit draft: false decides");
        assertTrue(meta("a.md", "---\ndraft: true\nstatus: done\n---\n").draft(), "an explicit draft: true decides");
        assertTrue(meta("a.md", "---\ntags: [real-interview, draft]\n---\n").draft(), "a draft tag");
        assertTrue(meta("a.md", "---\ntags:\n  - \"#WIP\"\n---\n").draft(), "a wip tag, any case");
        assertTrue(meta("a.md", "---\ntags: [status/draft]\n---\n").draft(), "a nested tag's last level");
        assertTrue(meta("a.md", "# Acme onsite #draft\n").draft(), "a tag in the text, as Obsidian reads it");
        assertFalse(meta("a.md", "---\ntags: [drafts-archive, draft/ideas, real-interview]\n---\n").draft());
        assertFalse(meta("a.md", "---\ndraft: no\ntags: [draft]\n---\n").draft(), "draft: no decides");
    }
    private static final String TOPIC = "## Kafka\n\n### What I was asked\n- q\n\n### How I responded\n- r\n\n"
            + "### What was weak\n- w\n\n### How I should improve\n- a\n";

    /**
     * A debrief with no company (or date) in its frontmatter or Meta list takes them from what it
     * is called: its title property, file name, H1, then folders. Before, only the file name's
     * date was read: these interviews had no company, so one company's interviews were never one
     * interview and the report listed file names.
     */
    @Test
    void aMissingCompanyOrDateComesFromTheTitleFileNameHeadingOrFolder() {
        assertEquals(new InterviewMeta("Globex", null, "2025-03-14", false), meta("Interviews/Globex/2025-03-14 onsite.md", TOPIC),
                "the folder names the company, the file name the date");
        assertEquals(new InterviewMeta("Initech", null, "2025-03-20", false),
                meta("Notes/Interview debrief.md", "# Interview debrief: Initech, 2025-03-20\n\n" + TOPIC), "the H1");
        assertEquals(new InterviewMeta("Hooli", null, "2025-03-14", false),
                meta("Hooli note.md", "---\ntitle:\ntags: [real-interview]\n---\n# Hooli – Senior SRE – 14 Mar 2025\n\n" + TOPIC),
                "an empty title property is no title; the H1 names the day by its month");
        assertEquals(new InterviewMeta("Umbrella", null, "2025-04-02", false), meta("Interviews/Umbrella onsite 2025-04-02.md", TOPIC));
        assertEquals(new InterviewMeta("Stark", null, "2025-05-01", false),
                meta("x.md", "---\ntitle: Stark onsite, 2025-05-01\n---\n" + TOPIC), "a title property");
        assertEquals("Globex", meta("Interviews/Globex.md", TOPIC).company(), "a file named only the company, in an interviews folder");
        assertEquals("2025-03-14", meta("Interviews/2025-03-14/Globex.md", TOPIC).date(), "a folder's date");
    }

    /** The order: frontmatter, Meta list, title property, file name, H1, folder; each detail on its own. */
    @Test
    void theSourcesAreReadInOrder() {
        String h1 = "# Initech onsite, 2025-01-02\n\n";
        String path = "Interviews/Hooli/Globex onsite 2025-01-01.md";
        assertEquals("Acme", meta(path, "---\ncompany: Acme\n---\n" + h1 + "## Meta\n- Company: Vandelay\n" + TOPIC).company());
        assertEquals("Vandelay", meta(path, h1 + "## Meta\n- Company: Vandelay\n" + TOPIC).company());
        assertEquals("Stark", meta(path, "---\ntitle: Stark onsite\n---\n" + h1 + TOPIC).company());
        assertEquals(new InterviewMeta("Globex", null, "2025-01-01", false), meta(path, h1 + TOPIC));
        assertEquals(new InterviewMeta("Initech", null, "2025-01-02", false), meta("Interviews/Hooli/Onsite.md", h1 + TOPIC));
        assertEquals(new InterviewMeta("Hooli", null, null, false), meta("Interviews/Hooli/Onsite.md", "# Onsite\n\n" + TOPIC));
        assertEquals(new InterviewMeta("Acme", null, "2024-12-12", false), meta(path, "---\ncompany: Acme\ndate: 2024-12-12\n---\n" + TOPIC),
                "what the frontmatter has is not looked for further");
    }

    /** Generic words, a mock and a practice note name no company; a folder needs a folder of interviews above it. */
    @Test
    void noCompanyIsInventedFromGenericWordsOrAMock() {
        assertNull(meta("Mock/Round 2.md", "# Mock interview – Round 2\n\n" + TOPIC).company());
        assertNull(meta("Interview debrief.md", "# Debrief\n\n" + TOPIC).company());
        assertNull(meta("Interviews/2025/Round 2.md", "# Interview\n\n" + TOPIC).company());
        assertNull(meta("Interviews/Globex/Mock onsite.md", TOPIC).company(), "a mock for Globex is no Globex interview");
        assertNull(meta("Mock interviews/Globex/2025-03-14.md", TOPIC).company(), "nor in a folder of mocks");
        assertNull(meta("Kubernetes/Deep dive.md", "# Kubernetes deep dive\n\n" + TOPIC).company(), "no sign of an interview");
        assertNull(meta("000_eb979b605e3709af.md", TOPIC).company(), "an id");
        assertEquals("2025-03-14", meta("Mock/Mock 2025-03-14.md", TOPIC).date(), "a mock still has its date");
        assertEquals("Globex", meta("Interviews/Globex/Mock onsite.md", "## Meta\n- Company: Globex\n" + TOPIC).company(),
                "what the note says stays");
    }
}
