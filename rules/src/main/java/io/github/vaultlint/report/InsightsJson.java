package io.github.vaultlint.report;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.vaultlint.analysis.Insights;
import io.github.vaultlint.analysis.Interview;
import io.github.vaultlint.analysis.Item;
import io.github.vaultlint.analysis.StoryInsight;
import io.github.vaultlint.analysis.TopicInsight;

import java.io.IOException;
import java.util.List;

/** The {@code insights} object of {@code vaultlint.json}. Field names are a contract: add, never rename. */
final class InsightsJson {
    private InsightsJson() {
    }

    static void write(JsonGenerator g, Insights in) throws IOException {
        g.writeObjectFieldStart("insights");
        g.writeNumberField("interviewCount", in.interviews().size());
        g.writeNumberField("recurringTopics", in.recurring().size());
        g.writeNumberField("openActions", in.openActions());
        g.writeNumberField("doneActions", in.actions().size() - in.openActions());

        g.writeArrayFieldStart("interviews");
        for (Interview iv : in.interviews()) {
            g.writeStartObject();
            g.writeStringField("file", iv.file());
            g.writeStringField("company", iv.meta().company());
            g.writeStringField("role", iv.meta().role());
            g.writeStringField("date", iv.meta().date());
            g.writeBooleanField("draft", iv.meta().draft());
            items(g, "weak", iv.weak(), false);
            items(g, "strengths", iv.strengths(), false);
            items(g, "actions", iv.actions(), true);
            g.writeEndObject();
        }
        g.writeEndArray();

        g.writeArrayFieldStart("topics");
        for (TopicInsight t : in.topics()) {
            g.writeStartObject();
            g.writeStringField("name", t.name());
            g.writeNumberField("weakCount", t.weakCount());
            g.writeNumberField("interviewCount", t.interviewCount());
            g.writeBooleanField("recurring", t.recurring());
            g.writeStringField("firstSeen", t.firstSeen());
            g.writeStringField("lastSeen", t.lastSeen());
            g.writeArrayFieldStart("interviews");
            for (int i = 0; i < t.interviews().size(); i++) {
                Interview iv = t.interviews().get(i);
                g.writeStartObject();
                g.writeStringField("file", iv.file());
                g.writeStringField("company", iv.meta().company());
                g.writeStringField("date", iv.meta().date());
                g.writeNumberField("weakCount", t.weakByInterview().get(i));
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeNumberField("openActions", t.openActions());
            g.writeArrayFieldStart("actions");
            for (Item a : t.actions()) {
                g.writeStartObject();
                g.writeStringField("file", a.file());
                g.writeNumberField("line", a.line());
                g.writeStringField("section", a.section());
                g.writeStringField("text", a.text());
                g.writeBooleanField("done", Boolean.TRUE.equals(a.done()));
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();

        g.writeArrayFieldStart("stories");
        for (StoryInsight s : in.stories()) {
            g.writeStartObject();
            g.writeStringField("file", s.file());
            g.writeStringField("title", s.title());
            g.writeNumberField("line", s.line());
            g.writeObjectFieldStart("parts");
            g.writeBooleanField("situation", s.situation());
            g.writeBooleanField("task", s.task());
            g.writeBooleanField("action", s.action());
            g.writeBooleanField("result", s.result());
            g.writeEndObject();
            g.writeBooleanField("complete", s.complete());
            g.writeBooleanField("measurableResult", s.measurableResult());
            g.writeEndObject();
        }
        g.writeEndArray();

        g.writeArrayFieldStart("drafts");
        for (Interview iv : in.drafts()) {
            g.writeString(iv.file());
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void items(JsonGenerator g, String name, List<Item> items, boolean actions) throws IOException {
        g.writeArrayFieldStart(name);
        for (Item i : items) {
            g.writeStartObject();
            g.writeStringField("text", i.text());
            g.writeNumberField("line", i.line());
            g.writeStringField("section", i.section());
            g.writeArrayFieldStart("topics");
            for (String t : i.topics()) {
                g.writeString(t);
            }
            g.writeEndArray();
            if (!i.keyPhrases().isEmpty()) {
                g.writeArrayFieldStart("keyPhrases");
                for (String k : i.keyPhrases()) {
                    g.writeString(k);
                }
                g.writeEndArray();
            }
            if (!i.details().isEmpty()) {
                g.writeArrayFieldStart("details");
                for (String d : i.details()) {
                    g.writeString(d);
                }
                g.writeEndArray();
            }
            if (actions) {
                g.writeBooleanField("done", Boolean.TRUE.equals(i.done()));
            }
            g.writeEndObject();
        }
        g.writeEndArray();
    }
}
