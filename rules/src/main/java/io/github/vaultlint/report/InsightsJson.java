package io.github.vaultlint.report;

import io.github.vaultlint.analysis.Insights;
import io.github.vaultlint.analysis.Interview;
import io.github.vaultlint.analysis.Item;
import io.github.vaultlint.analysis.StoryInsight;
import io.github.vaultlint.analysis.TopicInsight;
import io.github.vaultlint.vault.Task;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/** The {@code insights} object of {@code vaultlint.json}. Field names are a contract: add, never rename. */
final class InsightsJson {
    private InsightsJson() {
    }

    /**
     * With {@code spill} set, the fields after {@code interviews} (topics, stories, drafts: about half
     * of a large report) are written on a second thread into that file meanwhile, then copied in.
     */
    static void write(JsonWriter g, Insights in, Path spill) throws IOException {
        g.objectField("insights");
        g.field("interviewCount", in.interviews().size());
        g.field("recurringTopics", in.recurring().size());
        g.field("openActions", in.openActions());
        g.field("doneActions", in.actions().stream().filter(a -> Boolean.TRUE.equals(a.done())).count()); // cancelled ones are neither
        if (spill == null) {
            interviews(g, in);
            rest(g, in);
        } else {
            JsonWriter tail = g.forkAfter(1, Files.newOutputStream(spill));
            FutureTask<Void> writing = new FutureTask<>(() -> {
                try (tail) {
                    rest(tail, in);
                }
                return null;
            });
            Thread t = new Thread(writing, "vaultlint-json");
            t.setDaemon(true);
            t.start();
            try {
                interviews(g, in);
            } finally {
                awaitFork(writing); // before the file may go, even when this side failed
            }
            g.append(tail, spill);
        }
        g.endObject();
    }

    private static void awaitFork(FutureTask<Void> writing) throws IOException {
        try {
            writing.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    private static void interviews(JsonWriter g, Insights in) throws IOException {
        g.arrayField("interviews");
        for (Interview iv : in.interviews()) {
            g.startObject();
            g.field("file", iv.file());
            g.field("company", iv.meta().company());
            g.field("role", iv.meta().role());
            g.field("date", iv.meta().date());
            g.field("draft", iv.meta().draft());
            items(g, "weak", iv.weak(), false);
            items(g, "strengths", iv.strengths(), false);
            items(g, "actions", iv.actions(), true);
            g.endObject();
        }
        g.endArray();
    }

    private static void rest(JsonWriter g, Insights in) throws IOException {
        g.arrayField("topics");
        for (TopicInsight t : in.topics()) {
            g.startObject();
            g.field("name", t.name());
            g.field("weakCount", t.weakCount());
            g.field("interviewCount", t.interviewCount());
            g.field("recurring", t.recurring());
            g.field("firstSeen", t.firstSeen());
            g.field("lastSeen", t.lastSeen());
            g.arrayField("interviews");
            for (int i = 0; i < t.interviews().size(); i++) {
                Interview iv = t.interviews().get(i);
                g.startObject();
                g.field("file", iv.file());
                g.field("company", iv.meta().company());
                g.field("date", iv.meta().date());
                g.field("weakCount", t.weakByInterview().get(i));
                g.endObject();
            }
            g.endArray();
            g.field("openActions", t.openActions());
            g.arrayField("actions");
            for (Item a : t.actions()) {
                g.startObject();
                g.field("file", a.file());
                g.field("line", a.line());
                g.field("section", a.section());
                g.field("text", a.text());
                g.field("done", Boolean.TRUE.equals(a.done()));
                actionStatus(g, a);
                g.endObject();
            }
            g.endArray();
            g.endObject();
        }
        g.endArray();

        g.arrayField("stories");
        for (StoryInsight s : in.stories()) {
            g.startObject();
            g.field("file", s.file());
            g.field("title", s.title());
            g.field("line", s.line());
            g.objectField("parts");
            g.field("situation", s.situation());
            g.field("task", s.task());
            g.field("action", s.action());
            g.field("result", s.result());
            g.endObject();
            g.field("complete", s.complete());
            g.field("measurableResult", s.measurableResult());
            g.arrayField("emptyParts"); // present but with no content, as empty-section reports them
            for (String id : s.emptyParts()) {
                g.value(id);
            }
            g.endArray();
            g.endObject();
        }
        g.endArray();

        g.arrayField("drafts");
        for (Interview iv : in.drafts()) {
            g.value(iv.file());
        }
        g.endArray();
    }

    private static void items(JsonWriter g, String name, List<Item> items, boolean actions) throws IOException {
        g.arrayField(name);
        for (Item i : items) {
            g.startObject();
            g.field("text", i.text());
            g.field("line", i.line());
            g.field("section", i.section());
            g.arrayField("topics");
            for (String t : i.topics()) {
                g.value(t);
            }
            g.endArray();
            if (!i.keyPhrases().isEmpty()) {
                g.arrayField("keyPhrases");
                for (String k : i.keyPhrases()) {
                    g.value(k);
                }
                g.endArray();
            }
            if (!i.details().isEmpty()) {
                g.arrayField("details");
                for (String d : i.details()) {
                    g.value(d);
                }
                g.endArray();
            }
            if (actions) {
                g.field("done", Boolean.TRUE.equals(i.done()));
                actionStatus(g, i);
            }
            g.endObject();
        }
        g.endArray();
    }

    /**
     * Added next to {@code done}: "open", "in-progress", "done" or "cancelled" ({@code - [/]},
     * {@code - [-]}; a cancelled action is not done, and not open either), and {@code due} when the
     * action names a date.
     */
    private static void actionStatus(JsonWriter g, Item a) throws IOException {
        g.field("status", (a.status() == null ? Task.Status.OPEN : a.status()).id());
        if (a.due() != null) {
            g.field("due", a.due());
        }
    }
}
