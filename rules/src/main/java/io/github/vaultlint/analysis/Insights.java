package io.github.vaultlint.analysis;

import java.util.List;

/**
 * The analysis of the whole vault. {@code topics} is the ranked action plan: recurring topics
 * first, then by weak count, then by recency. {@code actions} are every improvement action in the
 * vault: those written under the debrief parts and every task ({@code - [ ]}/{@code - [x]}) anywhere,
 * each counted once and classified into topics.
 */
public record Insights(List<Interview> interviews, List<TopicInsight> topics, List<StoryInsight> stories,
                       List<Item> actions) {

    public static final Insights EMPTY = new Insights(List.of(), List.of(), List.of(), List.of());

    public Insights {
        interviews = List.copyOf(interviews);
        topics = List.copyOf(topics);
        stories = List.copyOf(stories);
        actions = List.copyOf(actions);
    }

    public List<TopicInsight> recurring() {
        return topics.stream().filter(TopicInsight::recurring).toList();
    }

    public List<Interview> drafts() {
        return interviews.stream().filter(i -> i.meta().draft()).toList();
    }

    /** Actions not yet done: unchecked tasks and written actions (which have no checkbox). */
    public long openActions() {
        return Item.countOpen(actions);
    }
}
