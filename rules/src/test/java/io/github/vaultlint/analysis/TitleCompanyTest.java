package io.github.vaultlint.analysis;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The company a debrief's file name, H1 or folder names, and the titles that name none. */
class TitleCompanyTest {
    @ParameterizedTest
    @CsvSource(delimiter = '=', value = {
        "Interview debrief: Globex, 2025-03-14 = Globex",
        "Globex – Senior SRE – 14 Mar 2025 = Globex",
        "Globex — Site Reliability Engineer — 2025-03-14 = Globex",
        "Globex onsite 2025-03-14 = Globex",
        "2025-03-14 Globex onsite = Globex",
        "2025-03-14_Globex_onsite = Globex",
        "globex-onsite-2025-03-14 = globex",
        "Onsite at Globex = Globex",
        "SRE interview @ Globex (round 2) = Globex",
        "Site Reliability Engineer at ByteDance = ByteDance",
        "Manus AI – DevOps Engineer (SRE) = Manus AI",
        "Manus AI onsite = Manus AI",
        "Google L5 SWE onsite = Google",
        "Amazon Bar Raiser round = Amazon",
        "Behavioral round - Stripe = Stripe",
        "Stripe - Behavioral round = Stripe",
        "Bank of America phone screen = Bank of America",
        "Johnson & Johnson final round = Johnson & Johnson",
        "Globex's onsite = Globex",
        "Notes on the Globex onsite = Globex",
        "Kubernetes Deep Dive - Globex onsite = Globex",
        "Globex onsite: Kubernetes deep dive = Globex",
        "Globex Data Engineer interview = Globex",
        "Globex Cloud technical screen = Globex Cloud",
        "3M phone screen = 3M",
        "Initech onsite (part 2) = Initech",
        "Interview with Globex - 2025-03-14 = Globex",
        "2025-03-14 - Globex - Round 1 - Coding = Globex",
        "[Globex] Onsite = Globex",
        "Globex (SRE) 2025-03-14 = Globex",
        "Meta E5 onsite = Meta",
        "Jane Street onsite = Jane Street",
        "J.P. Morgan onsite = J.P. Morgan",
        "Booking.com interview = Booking.com",
        "Two Sigma – Quant dev – 2025-03-14 = Two Sigma",
        "Quant dev – Two Sigma = Two Sigma",
        "Globex SRE – 2025-03-14 = Globex",
        "interview at globex = globex",
        "Recruiter call - Globex = Globex",
        "Globex HM round = Globex",
        "Interview 3 - Globex = Globex",
        "Globex onsite – what went wrong = Globex",
        "Entretien Globex 2025-03-14 = Globex",
    })
    void aTitleThatNamesTheInterviewNamesItsCompany(String title, String company) {
        assertEquals(company, TitleCompany.of(title, false), title);
    }

    /** Generic words, roles, dates, numbers, ids and mocks are no company; nor is prose. */
    @ParameterizedTest
    @ValueSource(strings = {"Interview", "Debrief", "Interview debrief", "Round 2", "Mock", "Mock interview – Round 2",
        "Mock interview with Globex", "Globex practice round", "2025-03-14 onsite", "2025-03-14", "Phone screen with recruiter",
        "System design interview", "Senior SRE – 2025-03-14", "DevOps Engineer (SRE)", "My first interview", "Untitled",
        "Untitled 3", "000_eb979b605e3709af", "Behavior Interview", "Technical screen #2", "Final round – 14 Mar 2025",
        "Interview notes v2", "Kubernetes deep dive", "Kubernetes Deep Dive", "Globex", "What went wrong in the onsite",
        "Notes from the onsite about how we could design the cache", "Day 4 - Block 2: Mock Interview Questions (60-75 min)", "",
        "Interview at a startup", "Onsite debrief", "Debrief - Round 1 - Coding", "Interview Notes – Week 3", "Interview #3",
        "Interview Questions", "SRE Interview Debrief", "面试 2025-11-26", "🎉 Onsite"})
    void aTitleOfGenericWordsOrProseNamesNoCompany(String title) {
        assertNull(TitleCompany.of(title, false), title);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '=', value = {"Globex = Globex", "Globex Corp = Globex Corp", "globex = globex"})
    void aBareNameCountsInAFolderOfInterviews(String title, String company) {
        assertEquals(company, TitleCompany.of(title, true));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Kubernetes deep dive", "Interview notes", "2025-03-14", "Mock onsite", "How I would design the cache"})
    void evenThereProseAndGenericWordsAreNoCompany(String title) {
        assertNull(TitleCompany.of(title, true), title);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '=', value = {
        "Interviews/Globex = Globex",
        "Interviews/2025/Globex = Globex",
        "Interviews/Globex/Onsite = Globex",
        "Interviews/Globex/2025-03 = Globex",
        "Job search/Globex/Round 2 = Globex",
        "Career/Globex interviews = Globex",
        "Debriefs/Initech = Initech",
    })
    void aFolderNamesTheCompany(String folder, String company) {
        assertEquals(company, TitleCompany.ofFolders(folder), folder);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Interviews", "Interviews/2025", "Interviews/Archive", "Interviews/Onsite/Round 2", "Globex",
        "Work/Kubernetes", "Mock interviews", "Mock interviews/2025", "Interviews/Mocks", "Real interviews/2025/March"})
    void aFolderOfDatesGenericWordsOrNoInterviewsNamesNone(String folder) {
        assertNull(TitleCompany.ofFolders(folder), folder);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Interviews", "Work/Interviews/Globex", "Job search", "Job hunting 2025", "Debriefs", "Companies"})
    void foldersThatCollectInterviews(String folder) {
        assertTrue(TitleCompany.inInterviewFolder(folder), folder);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Notes", "Work/Kubernetes", "Jobs"})
    void foldersThatDoNot(String folder) {
        assertFalse(TitleCompany.inInterviewFolder(folder), folder);
    }
}
