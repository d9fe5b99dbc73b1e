package io.github.vaultlint.rule;

import io.github.vaultlint.rule.builtin.AmbiguousLinkRule;
import io.github.vaultlint.rule.builtin.BrokenAnchorRule;
import io.github.vaultlint.rule.builtin.BrokenLinkRule;
import io.github.vaultlint.rule.builtin.DeprecatedPropertyRule;
import io.github.vaultlint.rule.builtin.EmptySectionRule;
import io.github.vaultlint.rule.builtin.EmptyHeadingRule;
import io.github.vaultlint.rule.builtin.EmptyNoteRule;
import io.github.vaultlint.rule.builtin.EmptyTitleRule;
import io.github.vaultlint.rule.builtin.FrontmatterMissingRule;
import io.github.vaultlint.rule.builtin.FrontmatterSchemaRule;
import io.github.vaultlint.rule.builtin.FrontmatterSyntaxRule;
import io.github.vaultlint.rule.builtin.FrontmatterTagsRule;
import io.github.vaultlint.rule.builtin.HeadingSyntaxRule;
import io.github.vaultlint.rule.builtin.InvalidEncodingRule;
import io.github.vaultlint.rule.builtin.InvalidSuppressionRule;
import io.github.vaultlint.rule.builtin.LinkOutsideVaultRule;
import io.github.vaultlint.rule.builtin.ObsidianConfigRule;
import io.github.vaultlint.rule.builtin.PropertyTypeRule;
import io.github.vaultlint.rule.builtin.RequiredSectionRule;
import io.github.vaultlint.rule.builtin.SectionOrderRule;
import io.github.vaultlint.rule.builtin.StarResultMeasurableRule;
import io.github.vaultlint.rule.builtin.UnreadableFileRule;
import io.github.vaultlint.rule.builtin.UnusedIgnoreRule;
import io.github.vaultlint.rule.builtin.UnusedSuppressionRule;

import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The one place that knows which rules exist. Everything else looks rules up here by id. */
public final class RuleRegistry {

    /** A registered rule: its declared metadata and how to create it. */
    public record Entry(RuleInfo info, Class<? extends Rule> type) {
        public String id() {
            return info.id();
        }

        public Rule create() {
            try {
                return type.getDeclaredConstructor().newInstance();
            } catch (InstantiationException | IllegalAccessException | NoSuchMethodException | InvocationTargetException e) {
                throw new IllegalStateException("rule " + info.id() + " cannot be created", e);
            }
        }
    }

    private static final List<Class<? extends Rule>> BUILTIN = List.of(
            FrontmatterSyntaxRule.class,
            FrontmatterSchemaRule.class,
            FrontmatterMissingRule.class,
            FrontmatterTagsRule.class,
            PropertyTypeRule.class,
            DeprecatedPropertyRule.class,
            EmptyTitleRule.class,
            EmptyHeadingRule.class,
            EmptyNoteRule.class,
            HeadingSyntaxRule.class,
            BrokenLinkRule.class,
            BrokenAnchorRule.class,
            AmbiguousLinkRule.class,
            LinkOutsideVaultRule.class,
            UnreadableFileRule.class,
            InvalidEncodingRule.class,
            ObsidianConfigRule.class,
            UnusedIgnoreRule.class,
            UnusedSuppressionRule.class,
            InvalidSuppressionRule.class,
            RequiredSectionRule.class,
            EmptySectionRule.class,
            SectionOrderRule.class,
            StarResultMeasurableRule.class);

    private final Map<String, Entry> byId;

    public RuleRegistry(List<Class<? extends Rule>> types) {
        Map<String, Entry> m = new LinkedHashMap<>();
        for (Class<? extends Rule> t : types) {
            RuleInfo info = t.getAnnotation(RuleInfo.class);
            if (info == null) {
                throw new IllegalStateException(t.getName() + " lacks @RuleInfo");
            }
            if (m.put(info.id(), new Entry(info, t)) != null) {
                throw new IllegalStateException("duplicate rule id " + info.id());
            }
        }
        this.byId = Collections.unmodifiableMap(m);
    }

    public static RuleRegistry builtin() {
        return new RuleRegistry(BUILTIN);
    }

    public Entry find(String id) {
        return byId.get(id);
    }

    public Set<String> ids() {
        return byId.keySet();
    }

    /** All rules, in registration order. */
    public List<Entry> all() {
        return new ArrayList<>(byId.values());
    }
}
