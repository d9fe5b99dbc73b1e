package io.github.vaultlint.section;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class LabelsTest {

    @Test
    void normaliseIgnoresCaseColonEmphasisAndComments() {
        assertEquals("what was asked", Labels.normalize("**What was asked:**"));
        assertEquals("what was asked", Labels.normalize("  _What  was   asked_ : "));
        assertEquals("situation", Labels.normalize("***Situation***"));
        assertEquals("result", Labels.normalize("Result %% expect: something %%"));
        assertEquals("resource utilization", Labels.normalize("## Resource Utilization"));
        assertEquals("what went well", Labels.normalize("✅ What went well?"));
        assertEquals("situation", Labels.normalize("1. Situation"));
        assertEquals("don't know", Labels.normalize("Don’t know"));
    }

    @Test
    void trailingEmojiExclamationAndRemarksInParenthesesAreIgnored() {
        assertEquals("situation", Labels.normalize("Situation 📌"));
        assertEquals("result", Labels.normalize("**Result** ✅"));
        assertEquals("what was weak", Labels.normalize("What was weak ⚠️:"));
        assertEquals("task", Labels.normalize("Task!"));
        assertEquals("task", Labels.normalize("Task (my role)"));
        assertEquals("action", Labels.normalize("Action(s)"));
        assertEquals("result", Labels.normalize("Result(s) 🎯"));
        assertEquals("(situation)", Labels.normalize("(Situation)"), "nothing before the parenthesis: kept");
        assertEquals("sla (p99", Labels.normalize("SLA (p99"), "an unclosed parenthesis is no remark");
        assertEquals("c++ 🚀 tips", Labels.normalize("C++ 🚀 tips"), "an emoji inside the label stays");
    }

    @Test
    void boldLabelWithColonInsideOrOutside() {
        Labels.LineLabel in = Labels.atLineStart("**What was asked:**");
        assertEquals(Labels.Form.BOLD, in.form());
        assertEquals("what was asked", in.normalized());
        Labels.LineLabel out = Labels.atLineStart("**Situation**: Our pipeline dropped data");
        assertEquals("situation", out.normalized());
        assertEquals("Our pipeline dropped data", "**Situation**: Our pipeline dropped data".substring(out.restStart()));
        assertEquals("result", Labels.atLineStart("__Result__ — shipped").normalized());
        assertEquals("action", Labels.atLineStart("**Action**").normalized());
    }

    @Test
    void boldLabelMayEndWithADashInsideTheBold() {
        String line = "**What I was asked —** how to alert on an SLO";
        Labels.LineLabel dash = Labels.atLineStart(line);
        assertEquals(Labels.Form.BOLD, dash.form());
        assertEquals("What I was asked", dash.text());
        assertEquals("how to alert on an SLO", line.substring(dash.restStart()));
        assertEquals("task", Labels.atLineStart("**Task -** make it redundant").normalized());
        assertEquals("follow-up", Labels.atLineStart("**Follow-up**").normalized(), "a hyphen inside a word stays");
        assertNull(Labels.atLineStart("*Task —* make it redundant"), "single emphasis still needs its colon");
    }

    @Test
    void quotedAnswersMayOpenWithAQuotationMark() {
        Labels.LineLabel l = Labels.atLineStart("\"**Situation**: Users saw errors");
        assertEquals("situation", l.normalized());
        assertEquals(1, l.column());
        assertEquals("result", Labels.atLineStart("“**Result**: fixed").normalized());
    }

    @Test
    void aLeadingEmojiBeforeALabelIsSkipped() {
        Labels.LineLabel bold = Labels.atLineStart("🟦 **Situation**: Old monitoring");
        assertEquals(Labels.Form.BOLD, bold.form());
        assertEquals("situation", bold.normalized());
        assertEquals(3, bold.column(), "the label starts after the emoji (two UTF-16 units) and its space");
        assertEquals(Labels.Form.PLAIN, Labels.atLineStart("📌 Result: 3 releases stopped").form());
        assertEquals("A", Labels.atLineStart("✅ A: rolled back").text());
        assertEquals("what was weak", Labels.atLineStart("⚠️ **What was weak:** log matching").normalized());
        assertNull(Labels.atLineStart("🚀 shipped it on Friday"));
        assertNull(Labels.atLineStart("🚀"));
    }

    @Test
    void aBoldQuestionIsALabelAsWithAColon() {
        Labels.LineLabel q = Labels.atLineStart("**What did they ask?** How to retry safely");
        assertEquals(Labels.Form.BOLD, q.form());
        assertEquals("what did they ask", q.normalized());
        assertEquals(23, q.restStart());
        assertNull(Labels.atLineStart("*Why?* because"), "single emphasis still needs its colon");
    }

    @Test
    void boldTextInsideASentenceIsNotALabel() {
        assertNull(Labels.atLineStart("**Result** was that we shipped late"));
        assertNull(Labels.atLineStart("We **reduced** cost"));
        assertNull(Labels.atLineStart("** not bold"));
    }

    @Test
    void shortLabelsAreOneCapitalLetterAndAColon() {
        Labels.LineLabel s = Labels.atLineStart("S: too direct on support");
        assertEquals(Labels.Form.SHORT, s.form());
        assertEquals("S", s.text());
        assertEquals(3, s.restStart());
        assertEquals("R", Labels.atLineStart("R:").text());
        assertNull(Labels.atLineStart("s: lower case"));
        assertEquals(Labels.Form.PLAIN, Labels.atLineStart("SA: two letters").form(), "not a short label");
        assertNull(Labels.atLineStart("A:B no space"));
    }

    @Test
    void plainLabelsAreWordsAndAColon() {
        Labels.LineLabel l = Labels.atLineStart("Situation: the queue was full");
        assertEquals(Labels.Form.PLAIN, l.form());
        assertEquals("situation", l.normalized());
        assertEquals("What was weak", Labels.atLineStart("What was weak:").text());
        assertNull(Labels.atLineStart("See https://example.com"));
        assertNull(Labels.atLineStart("https://example.com: a link"));
        assertNull(Labels.atLineStart("Meet at 10:30"));
        assertNull(Labels.atLineStart("This sentence is far too long to be a label before its colon: text"));
    }

    @Test
    void plainLabelsMayJoinTwoPartNames() {
        assertEquals("Situation/Task", Labels.atLineStart("Situation/Task: no alerting, I owned it").text());
        assertEquals("Situation & Task", Labels.atLineStart("Situation & Task: no alerting").text());
        assertEquals("Action + Result", Labels.atLineStart("Action + Result - shipped, 3x faster").text());
    }

    @Test
    void plainLabelsMayEndWithADash() {
        Labels.LineLabel l = Labels.atLineStart("Situation - the queue was full");
        assertEquals(Labels.Form.PLAIN, l.form());
        assertEquals("Situation", l.text());
        assertEquals("the queue was full", "Situation - the queue was full".substring(l.restStart()));
        assertEquals("What was weak", Labels.atLineStart("What was weak — no numbers").text());
        assertEquals("Result", Labels.atLineStart("Result–shipped").text());
        assertEquals("Follow-up", Labels.atLineStart("Follow-up - none").text(), "a hyphen inside a word is no dash");
        assertEquals("Situation", Labels.atLineStart("Situation - old stack: VMs").text(), "the dash comes first");
        assertNull(Labels.atLineStart("Follow-up questions were fine"));
        assertNull(Labels.atLineStart("We shipped 3 things - all late"), "not words before the dash");
        assertNull(Labels.atLineStart("- item"));
    }

    @Test
    void aBoldFirstLetterGluedToItsWordIsTheWholeWord() {
        Labels.LineLabel l = Labels.atLineStart("**S**ituation: the deploy tool was flaky");
        assertEquals(Labels.Form.BOLD, l.form());
        assertEquals("Situation", l.text());
        assertEquals("the deploy tool was flaky", "**S**ituation: the deploy tool was flaky".substring(l.restStart()));
        assertEquals("What I did", Labels.atLineStart("**W**hat I did: rewrote it").text());
        assertNull(Labels.atLineStart("**S**ituation was bad"), "no colon: a sentence");
        assertNull(Labels.atLineStart("__S__ituation: x"), "'_' does not emphasise inside a word");
        assertEquals("What was asked:", Labels.atLineStart("**What was asked:**How to shard").text());
    }

    @Test
    void theFirstCellOfATwoColumnRowIsItsLabelAndTheSecondItsContent() {
        String row = "| **Situation** | Our release train slipped |";
        Labels.LineLabel l = Labels.tableRow(row, 0, row.length(), true);
        assertEquals(Labels.Form.TABLE, l.form());
        assertEquals("**Situation**", l.text());
        assertEquals(2, l.column());
        assertEquals("Our release train slipped |", row.substring(l.restStart()));
        assertEquals(row.indexOf(" |", l.restStart()), Labels.cellEnd(row, l.restStart(), row.length()) - 1);
        String open = "Result | Deploy time fell";
        assertEquals("Deploy time fell", open.substring(Labels.tableRow(open, 0, open.length(), true).restStart()),
                "the pipes at either end are optional");
        String escaped = "| Action | Used [[Runbook\\|the runbook]] |";
        assertEquals("Action", Labels.tableRow(escaped, 0, escaped.length(), true).text(), "an escaped pipe splits no cell");
        String three = "| **S**ituation | Set the context | \"On our team...\" |";
        assertNull(Labels.tableRow(three, 0, three.length(), true), "three cells and no delimiter row: no pair");
        assertEquals("**S**ituation", Labels.tableRow(three, 0, three.length(), false).text(),
                "under a two-column delimiter GFM drops the extra cell");
        assertNull(Labels.tableRow("|---|---|", 0, 9, true));
        assertNull(Labels.tableRow("| | text |", 0, 10, true), "an empty first cell names nothing");
        assertNull(Labels.tableRow("| Situation only |", 0, 18, true), "one cell");
        assertEquals("Task", Labels.tableRow("| Task |", 0, 8, false).text(), "under a delimiter row: a row with an empty cell");
        assertEquals("situation", Labels.normalizeCell("**S**ituation", null));
        assertEquals("background", Labels.normalizeCell("**Background:**", null));
    }

    @Test
    void delimiterRowsCountTheirCells() {
        assertEquals(2, Labels.delimiterCells("|---|:--:|", 0, 10));
        assertEquals(2, Labels.delimiterCells("--- | ---", 0, 9));
        assertEquals(3, Labels.delimiterCells("|-----------|-------------|---------|", 0, 37));
        assertEquals(-1, Labels.delimiterCells("| Task | Cut it |", 0, 17));
        assertEquals(-1, Labels.delimiterCells("|", 0, 1));
    }

    @Test
    void aLineOfAFewBareWordsIsAPlainLabel() {
        Labels.LineLabel l = Labels.bare("  Situation", 0, 11);
        assertEquals(Labels.Form.PLAIN, l.form());
        assertEquals("Situation", l.text());
        assertEquals(2, l.column());
        assertEquals("What did they ask", Labels.bare("What did they ask?", 0, 18).text());
        assertNull(Labels.bare("Result: shipped", 0, 15), "a colon: plain() reads it");
        assertNull(Labels.bare("We shipped it on time.", 0, 22), "a sentence");
        assertNull(Labels.bare("one two three four five six seven", 0, 33), "more than six words");
        assertNull(Labels.bare("S", 0, 1), "a lone letter");
        assertNull(Labels.bare("2024 plan", 0, 9));
    }

    @Test
    void calloutTitles() {
        assertEquals("Suggested Improved Answer", Labels.callout("[!info]- Suggested Improved Answer").text());
        assertEquals("Suggested Improved Answer", Labels.callout("[!info] Suggested Improved Answer").text());
        assertEquals(Labels.Form.CALLOUT, Labels.callout("[!tip]+ How to improve").form());
        assertEquals("result", Labels.callout("[!result]").text().toLowerCase());
        assertEquals("How to improve", Labels.callout("[!tip] How to improve %% note %%").text());
        assertNull(Labels.callout("[link](target)"));
        assertNull(Labels.callout("Suggested Improved Answer"));
    }

    @Test
    void displayTitleDropsStrayMarkersAndQuotes() {
        assertEquals("Resource Utilization", Labels.displayTitle("## Resource Utilization"));
        assertEquals("Tell me about a failure", Labels.displayTitle("\"Tell me about a failure\""));
    }
}
