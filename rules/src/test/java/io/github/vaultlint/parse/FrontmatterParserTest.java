package io.github.vaultlint.parse;

import io.github.vaultlint.vault.Frontmatter;
import io.github.vaultlint.vault.Link;
import io.github.vaultlint.vault.Note;
import io.github.vaultlint.vault.Problem;
import io.github.vaultlint.vault.YamlNode;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Frontmatter through the note parser: YAML 1.2 values, positions in note coordinates, errors, limits. */
class FrontmatterParserTest {
    private static final NoteParser PARSER = new NoteParser();

    private static Note parse(String... yamlLines) {
        return PARSER.parse("Interviews/Acme.md", true, "---\n" + String.join("\n", yamlLines) + "\n---\n## Body\n");
    }

    private static Problem onlyProblem(Note n) {
        assertEquals(1, n.problems().size(), "problems: " + n.problems());
        Problem p = n.problems().get(0);
        assertEquals("frontmatter-syntax", p.ruleId());
        return p;
    }

    // ---- YAML 1.2 values -------------------------------------------------------------------------

    @Test
    void scalarsFollowYaml12CoreSchema() {
        Note n = parse(
                "title: Acme onsite",
                "date: 2025-11-17",
                "draft: yes",
                "answered: no",
                "remote: true",
                "round: 2",
                "score: 3.5",
                "time: 12:30",
                "zip: \"02139\"",
                "nothing: ~",
                "empty:");
        Frontmatter fm = n.frontmatter();
        assertTrue(n.problems().isEmpty(), n.problems().toString());
        assertEquals("Acme onsite", fm.get("title").value());
        assertEquals("2025-11-17", fm.get("date").value(), "dates stay text, as Obsidian shows them");
        assertEquals("yes", fm.get("draft").value(), "yes/no are not booleans in YAML 1.2");
        assertEquals("no", fm.get("answered").value());
        assertEquals(Boolean.TRUE, fm.get("remote").value());
        assertEquals(2L, fm.get("round").value());
        assertEquals(3.5, fm.get("score").value());
        assertEquals("12:30", fm.get("time").value(), "no YAML 1.1 base-60 numbers");
        assertEquals("02139", fm.get("zip").value());
        assertTrue(fm.get("zip").quoted());
        assertTrue(fm.get("nothing").isNull());
        assertTrue(fm.get("empty").isNull());
        assertEquals("empty", fm.get("empty").typeName());
    }

    @Test
    void resolvePlainDirectly() {
        assertEquals("2025-11-17", FrontmatterParser.resolvePlain("2025-11-17"));
        assertEquals("on", FrontmatterParser.resolvePlain("on"));
        assertEquals(Boolean.FALSE, FrontmatterParser.resolvePlain("false"));
        assertEquals(-7L, FrontmatterParser.resolvePlain("-7"));
        assertEquals(Double.POSITIVE_INFINITY, FrontmatterParser.resolvePlain(".inf"));
        // The YAML 1.2 core schema writes infinity and not-a-number in three cases, as it does true and null.
        assertEquals(Double.POSITIVE_INFINITY, FrontmatterParser.resolvePlain(".INF"));
        assertEquals(Double.POSITIVE_INFINITY, FrontmatterParser.resolvePlain("+.INF"));
        assertEquals(Double.NEGATIVE_INFINITY, FrontmatterParser.resolvePlain("-.INF"));
        assertEquals(Double.NaN, FrontmatterParser.resolvePlain(".NAN"));
        assertEquals(".Nan", FrontmatterParser.resolvePlain(".Nan"), "only the three spellings the schema lists");
        assertEquals("+.nan", FrontmatterParser.resolvePlain("+.nan"), "not-a-number has no sign");
        assertEquals(new java.math.BigInteger("99999999999999999999"), FrontmatterParser.resolvePlain("99999999999999999999"),
                "too large for a long: still an integer, as YAML 1.2 and Obsidian read it");
        assertEquals(new java.math.BigInteger("-12345678901234567890123"), FrontmatterParser.resolvePlain("-12345678901234567890123"));
        assertEquals(31L, FrontmatterParser.resolvePlain("0x1F"), "YAML 1.2 core schema hex");
        assertEquals(15L, FrontmatterParser.resolvePlain("0o17"), "YAML 1.2 core schema octal");
        assertEquals(new java.math.BigInteger("ffffffffffffffffff", 16), FrontmatterParser.resolvePlain("0xffffffffffffffffff"));
        assertEquals("0x", FrontmatterParser.resolvePlain("0x"));
        assertEquals("0xG1", FrontmatterParser.resolvePlain("0xG1"));
        assertEquals("0o19", FrontmatterParser.resolvePlain("0o19"));
        assertEquals("-0x1F", FrontmatterParser.resolvePlain("-0x1F"), "no sign on hex in YAML 1.2");
        assertEquals("0b101", FrontmatterParser.resolvePlain("0b101"), "binary is YAML 1.1, not 1.2");
        assertEquals(17L, FrontmatterParser.resolvePlain("017"), "a leading zero is decimal in YAML 1.2");
        assertNull(FrontmatterParser.resolvePlain("null"));
    }

    @Test
    void nestedValuesAndPlainConversion() {
        Note n = parse("tags:", "  - \"#real-interview\"", "  - sre", "company:", "  name: Acme", "  size: 200");
        YamlNode tags = n.frontmatter().get("tags");
        assertEquals(YamlNode.Kind.SEQUENCE, tags.kind());
        assertEquals(List.of("#real-interview", "sre"), tags.toPlain());
        assertEquals(Map.of("name", "Acme", "size", 200L), n.frontmatter().get("company").toPlain());
    }

    // ---- positions -------------------------------------------------------------------------------

    @Test
    void keysAndValuesArePositionedInNoteCoordinates() {
        Note n = parse("title:", "tags:", "  - \"#real-interview\"", "date: 2025-11-17");
        Frontmatter fm = n.frontmatter();
        assertEquals(1, fm.startLine());
        assertEquals(6, fm.endLine());
        YamlNode.Entry title = fm.entry("title");
        assertEquals(2, title.line());
        assertEquals(1, title.column());
        YamlNode item = fm.get("tags").items().get(0);
        assertEquals(4, item.line());
        assertEquals(5, item.column());
        YamlNode date = fm.get("date");
        assertEquals(5, date.line());
        assertEquals(7, date.column());
        assertEquals(5, date.endLine());
        assertEquals(17, date.endColumn());
    }

    @Test
    void frontmatterLinksArePositioned() {
        Note n = parse("title: Acme", "related: \"[[Globex Debrief]]\"", "people:", "  - \"[[Jane Doe|Jane]]\"");
        List<Link> links = n.links();
        assertEquals(List.of(
                new Link(Link.Kind.FRONTMATTER, false, "[[Globex Debrief]]", "Globex Debrief", null, null, 3, 11, 3, 29),
                new Link(Link.Kind.FRONTMATTER, false, "[[Jane Doe|Jane]]", "Jane Doe", null, "Jane", 5, 6, 5, 23)), links);
    }

    @Test
    void linksInMultiLineValuesArePositionedWhereTheyAreWritten() {
        Note n = parse("block: |", "  first line", "  [[MissLit]]", "folded: >", "  a", "    [[MissFold]] b",
                "quoted: \"x \\\" y", "  z [[MissQuoted]]\"", "list:", "- |", "  [[InList]] [[Second]]",
                "split: \"[[Two", "  Lines]]\"", "escaped: \"\\t[[Tab]]\"");
        List<String> at = n.links().stream()
                .map(l -> l.target() + "@" + l.line() + ":" + l.column() + "-" + l.endLine() + ":" + l.endColumn()).toList();
        assertEquals(List.of("MissLit@4:3-4:14", "MissFold@7:5-7:17", "MissQuoted@9:5-9:19", "InList@12:3-12:13",
                "Second@12:14-12:24", "Two Lines@13:9-14:10", "Tab@15:13-15:20"), at);
    }

    @Test
    void aLinkWithAnEscapeInsideIsPositionedAtItsBrackets() {
        Note n = parse("a: '[[It''s Gone]] and [[Gone One]]'", "b: \"[[Caf\\u00e9 Gone]] and [[Gone Two]]\"",
                "c: \"x ![[Say \\\"hi\\\".png]]\"");
        List<String> at = n.links().stream()
                .map(l -> l.target() + "@" + l.line() + ":" + l.column() + "-" + l.endLine() + ":" + l.endColumn()).toList();
        assertEquals(List.of("It's Gone@2:5-2:19", "Gone One@2:24-2:36", "Caf\u00e9 Gone@3:5-3:23", "Gone Two@3:28-3:40",
                "Say \"hi\".png@4:7-4:26"), at);
    }

    // ---- errors ----------------------------------------------------------------------------------

    @Test
    void syntaxErrorAtTheExactLineAndColumn() {
        Problem p = onlyProblem(parse("title: Initech", "company: Initech: Platform SRE"));
        assertEquals(3, p.line());
        assertEquals(17, p.column(), "the second ':' on the line");
        assertEquals("YAML does not parse: \": \" inside an unquoted value starts another property; quote the value: "
                + "company: \"Initech: Platform SRE\"", p.message());
        Problem other = onlyProblem(parse("summary: first", "  second: line"));
        assertFalse(other.message().contains("inside an unquoted value"), "a ': ' not in a value is no quoting problem: "
                + other.message());
    }

    /**
     * Indentation and a missing ':' are the YAML mistakes people make most; SnakeYAML's words for them
     * ("mapping values are not allowed here", "expected <block end>, but found '<block mapping start>'",
     * "could not find expected ':'") say neither which line is wrong nor what to write.
     */
    @Test
    void layoutMistakesSayWhichLineAndWhatToWrite() {
        Problem deeper = onlyProblem(parse("title: Mock", "  date: 2025-11-17"));
        assertEquals(List.of(3, 3), List.of(deeper.line(), deeper.column()));
        assertEquals("YAML does not parse: \"date:\" is indented deeper than \"title:\" on line 2, which already has a value, so "
                + "YAML reads it as more of that value, where ': ' is not allowed; start it at the line's beginning, as \"title\" does; "
                + "or, if it continues the text, write \"title: >-\" with the whole text indented on the lines below it (or put the "
                + "whole value in quotes)", deeper.message());
        Problem between = onlyProblem(parse("meta:", "    company: Acme", "  role: SRE"));
        assertEquals(List.of(4, 3), List.of(between.line(), between.column()));
        assertEquals("YAML does not parse: line 4 is indented by 2 spaces, which lines up with no property above it; indent it by "
                + "4 spaces, as \"company\" is, or start it at the line's beginning, as \"meta\" does", between.message());
        Problem inList = onlyProblem(parse("tags:", "  - interview", "  role: SRE"));
        assertEquals(List.of(4, 3), List.of(inList.line(), inList.column()));
        assertEquals("YAML does not parse: line 4 is a property at the indentation of the list that starts on line 3, where only "
                + "'- ' items may be; make it an item (\"- role: SRE\") or, to end the list, start it at the line's beginning, "
                + "as \"tags\" does", inList.message());
        Problem noColon = onlyProblem(parse("title: Mock", "date 2025-11-17", "draft: true"));
        assertEquals(List.of(3, 1), List.of(noColon.line(), noColon.column()));
        assertEquals("YAML does not parse: \"date 2025-11-17\" is neither a property nor a list item; a property needs ':' after "
                + "its name: \"date: 2025-11-17\"", noColon.message());
        Problem noColonLast = onlyProblem(parse("title: Mock", "draft true"));
        assertEquals(List.of(3, 1), List.of(noColonLast.line(), noColonLast.column()), noColonLast.message());
        assertTrue(noColonLast.message().endsWith("\"draft: true\""), noColonLast.message());
    }

    /** A long value wrapped onto more lines, one of them with ': ' in it: the fix is a folded block scalar (>-). */
    @Test
    void aWrappedValueWithAColonSuggestsAFoldedScalar() {
        String fix = "to continue the text, write \"summary: >-\" with the whole text indented on the lines below it (or put the "
                + "whole value in quotes); to make it a property of its own, start it at the line's beginning, as \"summary\" does";
        Problem second = onlyProblem(parse("summary: Walked through the pipeline", "  and then the interviewer asked: why Kafka?"));
        assertEquals(List.of(3, 3), List.of(second.line(), second.column()));
        assertEquals("YAML does not parse: \"and then the interviewer asked:\" is indented deeper than \"summary:\" on line 2, which "
                + "already has a value, so YAML reads it as more of that value, where ': ' is not allowed; " + fix, second.message());
        // The ': ' two lines down: SnakeYAML's bare "mapping values are not allowed here" said nothing of the value it belongs to.
        Problem third = onlyProblem(parse("title: Mock", "summary: first line", "  continued here", "  then the question: why", "draft: true"));
        assertEquals(List.of(5, 3), List.of(third.line(), third.column()));
        assertEquals("YAML does not parse: \"then the question:\" is indented deeper than \"summary:\" on line 3, which "
                + "already has a value, so YAML reads it as more of that value, where ': ' is not allowed; " + fix, third.message());
    }

    /** A trailing comma before the end: SnakeYAML said "expected the node content, but found '<stream end>'" on the closing ---. */
    @Test
    void anUnclosedFlowListWithATrailingCommaIsReportedWhereItStarts() {
        Problem list = onlyProblem(parse("title: don't", "tags: [a, b,"));
        assertEquals(List.of(3, 7), List.of(list.line(), list.column()));
        assertEquals("YAML does not parse: the list opened with '[' on line 3 is never closed; add ']' after its last item "
                + "(or quote the value if the '[' is part of the text)", list.message());
        Problem map = onlyProblem(parse("meta: {a: \"x]\", b: [1, 2],", "date: 2025-11-17"));
        assertEquals(List.of(2, 7), List.of(map.line(), map.column()), map.message());
        assertTrue(map.message().startsWith("YAML does not parse: the set of properties opened with '{' on line 2 is never closed"),
                map.message());
    }

    @Test
    void unclosedFlowListIsReportedWhereItStarts() {
        Problem p = onlyProblem(parse("title: Mock", "tags: [interview, k8s", "date: 2025-11-17"));
        assertEquals(3, p.line(), "on the '[' that is never closed, not on the next property where YAML gives up");
        assertEquals(7, p.column());
        assertEquals("YAML does not parse: the list opened with '[' on line 3 is never closed; add ']' after its last item "
                + "(or quote the value if the '[' is part of the text)", p.message());
        Problem last = onlyProblem(parse("title: Mock", "round: {stage: onsite"));
        assertEquals(3, last.line());
        assertEquals(8, last.column());
        assertTrue(last.message().contains("the set of properties opened with '{' on line 3 is never closed; add '}'"), last.message());
    }

    /**
     * A note saved with classic-Mac line endings (CR only): YAML and the note's lines break on a lone
     * CR, and so must the hints, which read the same lines. They split on LF only, so an unclosed
     * list got YAML's own words at a column past the end of the line.
     */
    @Test
    void hintsReadTheSameLinesWithCarriageReturnsOnly() {
        for (String eol : new String[] {"\r", "\r\n"}) {
            Note n = PARSER.parse("Interviews/Acme.md", true, String.join(eol, "---", "title: Mock", "tags: [interview, k8s",
                    "date: 2025-11-17", "---", "## Body", ""));
            Problem p = onlyProblem(n);
            assertEquals(3, p.line(), p.toString());
            assertEquals(7, p.column(), p.toString());
            assertEquals("YAML does not parse: the list opened with '[' on line 3 is never closed; add ']' after its last item "
                    + "(or quote the value if the '[' is part of the text)", p.message());
            Problem q = onlyProblem(PARSER.parse("Acme.md", true, String.join(eol, "---", "date: 2025-11-28",
                    "title: \"Behavioral round", "draft: true", "---", "")));
            assertEquals(3, q.line(), q.toString());
            assertEquals(8, q.column(), q.toString());
            assertTrue(q.message().startsWith("YAML does not parse: the value opened with \" here is never closed"), q.message());
            // Any broken frontmatter: the same problems, at the same places, whatever the line ending.
            String[][] broken = {{"related: [[Kafka]] and more: x"}, {"title: a: b"}, {"tags: [a, {b: c}"}, {"a: 'x", "b: y"},
                {"list:", "  - [[Kafka]] notes"}, {"k: v", " bad indent: x"}};
            for (String[] yaml : broken) {
                String lf = "---\n" + String.join("\n", yaml) + "\n---\n# Body\n";
                assertEquals(PARSER.parse("Acme.md", true, lf).problems(), PARSER.parse("Acme.md", true, lf.replace("\n", eol)).problems(),
                        String.join(" / ", yaml));
            }
        }
    }

    @Test
    void unterminatedQuoteIsReportedWhereTheQuoteOpens() {
        Problem p = onlyProblem(parse("date: 2025-11-28", "title: \"Behavioral round", "draft: true"));
        assertEquals(3, p.line(), "not on the closing --- where YAML runs out of input");
        assertEquals(8, p.column());
        assertEquals("YAML does not parse: the value opened with \" here is never closed, so it runs to the end of the "
                + "frontmatter; add the closing \" at the end of the value", p.message());
    }

    @Test
    void columnsCountUtf16UnitsLikeTheRestOfTheModel() {
        Problem p = onlyProblem(parse("title: \uD83D\uDE80 Launch: x"));
        assertEquals(2, p.line());
        assertEquals(17, p.column(), "the emoji before the error is two UTF-16 units");
        Problem item = onlyProblem(parse("tags:", "  - \uD83D\uDE80: \"a\" b"));
        assertEquals(9, item.column(), "on the value after the emoji key (two UTF-16 units)");
    }

    @Test
    void aNestedDuplicateKeyIsNamedByItsPath() {
        Problem p = onlyProblem(parse("title: Offer", "company:", "  name: Acme", "  name: Acme Corp"));
        assertEquals(5, p.line());
        assertEquals(3, p.column());
        assertTrue(p.message().contains("duplicate key \"company.name\" (first defined on line 4)"), p.message());
        Problem item = onlyProblem(parse("people:", "  - name: Ana", "  - name: Bo", "    role: lead", "    name: Bob"));
        assertEquals(6, item.line());
        assertTrue(item.message().contains("duplicate key \"people[1].name\" (first defined on line 4)"), item.message());
    }

    @Test
    void aVeryLongPlainListIsNotCalledAnAliasOrNestingProblem() {
        StringBuilder tags = new StringBuilder("tags: [");
        for (int i = 0; i < 20_500; i++) {
            tags.append(i == 0 ? "" : ", ").append('t').append(i);
        }
        Problem p = onlyProblem(parse(tags.append(']').toString()));
        assertEquals(2, p.line());
        assertEquals("frontmatter holds more than 20,000 values (counting what its aliases repeat), more than vaultlint reads "
                + "safely; shorten the list here, or move the data into the note body", p.message());
    }

    @Test
    void duplicateKeysAreEachReported() {
        Note n = parse("title: Hooli round 1", "date: 2025-11-26", "title: Hooli round 2", "title: Hooli round 3");
        assertEquals(2, n.problems().size());
        Problem first = n.problems().get(0);
        assertEquals(4, first.line());
        assertEquals(1, first.column());
        assertTrue(first.message().contains("duplicate key \"title\" (first defined on line 2)"), first.message());
        assertEquals(5, n.problems().get(1).line());
        assertNotNull(n.frontmatter().root(), "the properties are still read");
    }

    // ---- YAML merge keys: applied as js-yaml (Obsidian) applies them -------------------------------

    private static List<String> keys(Note n) {
        return n.frontmatter().entries().stream().map(YamlNode.Entry::key).toList();
    }

    @Test
    void aMergeKeyJoinsTheMergedPropertiesAndIsNoPropertyItself() {
        // It was a property named "<<", which a schema then called "not allowed"; Obsidian shows company and role.
        Note n = parse("defaults: &d", "  company: Acme", "  role: SRE", "<<: *d", "role: Lead", "date: 2025-03-04");
        assertEquals(List.of(), n.problems());
        assertEquals(List.of("defaults", "company", "role", "date"), keys(n));
        assertEquals("Acme", n.frontmatter().get("company").value());
        assertEquals("Lead", n.frontmatter().get("role").value(), "the note's own key wins, though written after the merge");
        YamlNode.Entry company = n.frontmatter().entry("company");
        assertEquals(3, company.line(), "a merged property is placed where it is written");
        assertEquals(3, company.column());
    }

    @Test
    void mergedMappingsOfAListAndOfSeveralKeysGiveTheEarlierTheirKeys() {
        Note n = parse("a: &a {company: Acme, stage: phone}", "b: &b {stage: onsite, round: 2}", "<<: [*a, *b]",
                "<<: {round: 3, tags: [real-interview]}", "stage: offer");
        assertEquals(List.of(), n.problems());
        assertEquals(Map.of("a", Map.of("company", "Acme", "stage", "phone"), "b", Map.of("stage", "onsite", "round", 2L),
                "company", "Acme", "round", 2L, "tags", List.of("real-interview"), "stage", "offer"), n.frontmatter().root().toPlain());
        assertEquals(List.of("real-interview"), n.tags().stream().map(io.github.vaultlint.vault.Tag::name).toList(),
                "merged tags are the note's tags");
    }

    @Test
    void aMergeKeyThatNamesNoMappingLosesTheFrontmatterAsInObsidian() {
        // js-yaml throws "cannot merge mappings", so Obsidian shows no property at all.
        Problem p = onlyProblem(parse("company: Acme", "<<: 5"));
        assertEquals(3, p.line());
        assertEquals(5, p.column());
        assertEquals("the merge key << takes a mapping (<<: *defaults) or a list of them, but its value is the single value "
                + "\"5\", which Obsidian cannot read, so every property of this note is lost; point it at a mapping's anchor, "
                + "or write the keys out", p.message());
        Problem alias = onlyProblem(parse("who: &w Acme", "<<: *w"));
        assertEquals(3, alias.line(), "reached through an alias: reported at the <<, not at the anchor");
        assertEquals(1, alias.column());
        Problem item = onlyProblem(parse("a: &a {x: 1}", "<<: [*a, plain]"));
        assertEquals(3, item.line());
        assertEquals(10, item.column());
        assertTrue(item.message().startsWith("the merge key << takes mappings, but this item of its list is the single value \"plain\""),
                item.message());
        Problem self = onlyProblem(parse("a: &a", "  x: 1", "  <<: *a"));
        assertEquals(4, self.line(), "a mapping merged into itself: at its <<");
        assertEquals(3, self.column());
        assertTrue(self.message().startsWith("a mapping is merged into itself"), self.message());
    }

    @Test
    void aQuotedMergeKeyIsAnOrdinaryProperty() {
        Note n = parse("\"<<\": {a: 1}", "title: x");
        assertEquals(List.of(), n.problems());
        assertEquals(List.of("<<", "title"), keys(n));
    }

    @Test
    void aKeyTwiceInAMergedMappingIsStillADuplicate() {
        Problem p = onlyProblem(parse("<<: {company: Acme, company: Globex}"));
        assertTrue(p.message().startsWith("duplicate key \"company\""), p.message());
        assertEquals(2, p.line());
    }

    @Test
    void tabIndentationIsOneProblemOnItsLine() {
        Problem p = onlyProblem(parse("title: Tabbed", "tags:", "\t- interview"));
        assertEquals(4, p.line());
        assertEquals(1, p.column());
        assertTrue(p.message().contains("tab"), p.message());
    }

    @Test
    void aDocumentThatIsNotAMappingIsReported() {
        Problem list = onlyProblem(parse("- interview", "- star"));
        assertEquals(2, list.line());
        assertTrue(list.message().contains("but is a list"), list.message());
        Problem scalar = onlyProblem(parse("just some text"));
        assertTrue(scalar.message().contains("but is a single value"), scalar.message());
        assertNull(parse("- a").frontmatter().root());
    }

    @Test
    void unquotedWikilinkIsReportedWithTheFix() {
        Problem p = onlyProblem(parse("company: [[Globex]]"));
        assertEquals(2, p.line());
        assertEquals(10, p.column());
        assertTrue(p.message().contains("company: \"[[Globex]]\""), p.message());
    }

    @Test
    void crlfFrontmatterKeepsLines() {
        Note n = PARSER.parse("a.md", true, "---\r\ntitle: a\r\ndate: 1\r\ntitle: b\r\n---\r\n# Body\r\n");
        Problem p = onlyProblem(n);
        assertEquals(4, p.line());
        assertEquals("Body", n.headings().get(0).text());
        assertEquals(6, n.headings().get(0).line());
    }

    // ---- hostile input: one finding, quickly -----------------------------------------------------

    @Test
    void aliasBombIsRejectedWithOneProblem() {
        Note n = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> parse(
                "a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]",
                "b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]",
                "c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]",
                "d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]",
                "e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]",
                "f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]",
                "g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]",
                "h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]",
                "i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]"), "hang guard, not a benchmark");
        Problem p = onlyProblem(n);
        assertTrue(p.message().contains("aliases"), p.message());
        assertNull(n.frontmatter().root());
    }

    @Test
    void aliasesWithinLimitsStillWork() {
        Note n = parse("base: &base [a, b]", "copy: *base");
        assertTrue(n.problems().isEmpty(), n.problems().toString());
        assertEquals(List.of("a", "b"), n.frontmatter().get("copy").toPlain());
    }

    @Test
    void deeplyNestedValueIsRejectedWithOneProblem() {
        String deep = "key: " + "[".repeat(10_000) + "]".repeat(10_000);
        Note n = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> parse(deep), "hang guard, not a benchmark");
        Problem p = onlyProblem(n);
        assertTrue(p.message().contains("simplify it"), p.message());
    }

    @Test
    void hugeFrontmatterIsReportedWithoutParsing() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; sb.length() < 5 * 1024 * 1024; i++) {
            sb.append("key").append(i).append(": value number ").append(i).append('\n');
        }
        String yaml = sb.toString();
        Note n = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> parse(yaml), "hang guard, not a benchmark");
        Problem p = onlyProblem(n);
        assertEquals(1, p.line());
        assertTrue(p.message().contains("above the 256 KB limit"), p.message());
    }

    @Test
    void aTabAfterTheColonSeparatesLikeASpace() {
        Note n = parse("title:\tAcme onsite", "round:\t2", "tags:", "  -\treal-interview", "quote: \"a\tb\"");
        assertTrue(n.problems().isEmpty(), () -> String.valueOf(n.problems()));
        assertEquals("Acme onsite", n.frontmatter().get("title").value());
        assertEquals(2L, n.frontmatter().get("round").value());
        assertEquals("real-interview", n.frontmatter().get("tags").items().get(0).value());
        assertEquals("a\tb", n.frontmatter().get("quote").value(), "a tab inside quotes is kept");
        assertEquals(8, n.frontmatter().get("title").column(), "positions are those of the text as written");
    }

    @Test
    void aValueStartingWithABacktickOrAtSaysToQuoteIt() {
        Problem p = onlyProblem(parse("x: `code`"));
        assertEquals("YAML does not parse: a value cannot start with '`' unquoted (YAML reserves it); quote the value: x: \"`code`\"",
                p.message());
        assertTrue(onlyProblem(parse("who: @me")).message().endsWith("quote the value: who: \"@me\""));
    }

    @Test
    void aValueThatYamlReadsAsSyntaxSaysToQuoteTheWholeValue() {
        String[][] cases = {
                {"title: [Draft] Acme onsite # old", "8", "the value starts with '[', so YAML reads [Draft] as a list and the text after "
                        + "it does not fit; quote the whole value: title: \"[Draft] Acme onsite\""},
                {"title: \"Acme\" onsite", "8", "the value starts with a quote, so YAML ends it at the closing quote and the text "
                        + "after it does not fit; quote the whole value: title: '\"Acme\" onsite'"},
                {"title: 'It''s' done", "8", "quote the whole value: title: \"'It''s' done\""},
                {"title: 'It's done'", "8", "the ' inside the single-quoted value ends it early; write the value in the other "
                        + "quotes: title: \"It's done\""},
                {"title: \"Say \"hi\" twice\"", "8", "the \" inside the double-quoted value ends it early; write the value in the "
                        + "other quotes: title: 'Say \"hi\" twice'"},
                {"mood: *great* day", "7", "a value cannot start with '*' unquoted (YAML reads it as an alias of an anchor); "
                        + "quote the value: mood: \"*great* day\""},
                {"title: !!! urgent", "8", "a value cannot start with '!' unquoted (YAML reads it as a type tag); quote the value: "
                        + "title: \"!!! urgent\""},
                {"note: & more", "7", "a value cannot start with '&' unquoted (YAML reads it as an anchor); quote the value: note: \"& more\""},
                {"progress: %50 done", "11", "a value cannot start with '%' unquoted (YAML reserves it); quote the value: progress: \"%50 done\""},
                {"round: {stage: 2} later", "8", "YAML reads {stage: 2} as a set of properties and the text after it does not fit"},
        };
        for (String[] c : cases) {
            Problem p = onlyProblem(parse(c[0]));
            assertEquals(Integer.parseInt(c[1]), p.column(), c[0]);
            assertTrue(p.message().startsWith("YAML does not parse: ") && p.message().contains(c[2]), c[0] + " -> " + p.message());
        }
        Problem verbatim = onlyProblem(parse("x: !<foo> bar"));
        assertEquals("YAML reads !<foo> as a type tag, which Obsidian does not know, so it cannot read this frontmatter and every "
                + "property is lost; quote the value: \"!<foo> bar\"", verbatim.message());
        Problem longValue = onlyProblem(parse("summary: [Draft] " + "word ".repeat(20_000)));
        assertTrue(longValue.message().length() < 400 && longValue.message().endsWith("\u2026\""), "a long value is cut in the fix");
        Problem item = onlyProblem(parse("tags:", "  - [wip] prep"));
        assertEquals(5, item.column());
        assertTrue(item.message().endsWith("quote the whole value: - \"[wip] prep\""), item.message());
    }

    @Test
    void anUnquotedHashTagIsACommentReportedForFrontmatterTags() {
        Note n = parse("tags: #interview");
        assertEquals(1, n.problems().size(), "problems: " + n.problems());
        Problem p = n.problems().get(0);
        assertEquals("frontmatter-tags", p.ruleId());
        assertTrue(p.message().endsWith("write tags: [interview]"), p.message());
        Problem item = parse("tags:", "  - #a #b # old").problems().get(0);
        assertTrue(item.message().contains("YAML reads #a #b as a comment") && item.message().endsWith("write - a and - b as separate items"),
                item.message());
    }

    @Test
    void tabsInsideBlockScalarsAndMultiLineQuotedValuesAreKept() {
        Note n = parse("description: |", "  run it:", "  cmd:\targ", "", "  -\titem", "folded: >-", "  a:\tb",
                "quoted: \"first line", "  x:\ty\"", "single: 'it''s", "  k:\tv'", "tags: [\"a:\tb\", c]", "after:\tdone");
        assertTrue(n.problems().isEmpty(), () -> String.valueOf(n.problems()));
        assertEquals("run it:\ncmd:\targ\n\n-\titem\n", n.frontmatter().get("description").value());
        assertEquals("a:\tb", n.frontmatter().get("folded").value());
        assertEquals("first line x:\ty", n.frontmatter().get("quoted").value());
        assertEquals("it's k:\tv", n.frontmatter().get("single").value());
        assertEquals("a:\tb", n.frontmatter().get("tags").items().get(0).value());
        assertEquals("done", n.frontmatter().get("after").value(), "a tab after a key past the block still separates");
    }

    @Test
    void aTabSeparatingFlowItemsIsNotIndentation() {
        Note n = parse("tags: [sre,\tk8s]", "m: {a: 1,\tb:\t2}", "q: [x,\t\"y\tz\"]", "w: [one\ttwo]");
        assertTrue(n.problems().isEmpty(), () -> String.valueOf(n.problems()));
        assertEquals("k8s", n.frontmatter().get("tags").items().get(1).value());
        assertEquals(2L, n.frontmatter().get("m").entries().get(1).value().value());
        assertEquals("y\tz", n.frontmatter().get("q").items().get(1).value(), "a tab inside quotes stays");
        assertEquals("one\ttwo", n.frontmatter().get("w").items().get(0).value(), "a tab inside a plain item stays");
    }

    @Test
    void separatingTabsAreRewrittenOnlyOutsideValues() {
        String yaml = "a: |\n  k:\tv\nb:\tc\n- |+\n   x:\ty\n# c:\td\ne: \"q\n r:\ts\"\n";
        assertEquals("a: |\n  k:\tv\nb: c\n- |+\n   x:\ty\n# c:\td\ne: \"q\n r:\ts\"\n", FrontmatterParser.separatingTabsToSpaces(yaml));
    }

    @Test
    void syntaxProblemsOnTextAreAtLeastOneCharacterWide() {
        // sample-vault "Lumen Games.md": an unclosed flow list; was reported at column 8 to column 8.
        String[][] cases = {
                {"title: Lumen Games", "tags: [real-interview", "company: Lumen Games"},
                {"a: 1", "a: 2"},
                {"link: [[Unquoted]]"},
                {"a:", "\tb: 1"},
        };
        for (String[] yaml : cases) {
            Note n = parse(yaml);
            List<Problem> ps = n.problems("frontmatter-syntax");
            assertTrue(!ps.isEmpty(), String.join("|", yaml));
            for (Problem p : ps) {
                assertTrue(p.endLine() > p.line() || p.endColumn() > p.column(), "zero-width: " + p + " in " + String.join("|", yaml));
            }
        }
    }
}
