package io.github.vaultlint.analysis;

import java.util.List;

/**
 * A topic across all interviews: how often it was weak, where, and what the notes say to do about
 * it. {@code recurring} when weak in two or more interviews. {@code weakByInterview} holds the
 * weak count per interview, aligned with {@code interviews}.
 */
public record TopicInsight(String name, int weakCount, List<Interview> interviews, List<Integer> weakByInterview,
                           boolean recurring, String firstSeen, String lastSeen, List<Item> weak, List<Item> actions) {

    public TopicInsight {
        interviews = List.copyOf(interviews);
        weakByInterview = List.copyOf(weakByInterview);
        weak = List.copyOf(weak);
        actions = List.copyOf(actions);
    }

    public int interviewCount() {
        return interviews.size();
    }

    public long openActions() {
        return Item.countOpen(actions);
    }
}
