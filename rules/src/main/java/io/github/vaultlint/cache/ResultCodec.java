package io.github.vaultlint.cache;

import io.github.vaultlint.analysis.Analyzer;
import io.github.vaultlint.analysis.Interview;
import io.github.vaultlint.analysis.InterviewMeta;
import io.github.vaultlint.analysis.Item;
import io.github.vaultlint.analysis.StoryInsight;
import io.github.vaultlint.rule.Finding;
import io.github.vaultlint.rule.Severity;
import io.github.vaultlint.vault.Task;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The binary form of one note's cached results ({@link ResultCache.Entry}), on the primitives and
 * shared string table of {@link NoteCodec}. Every component of every record is written and the
 * canonical constructors are called, so adding a component breaks the build here: the reminder to
 * extend the format and bump {@link ResultCache#FORMAT}.
 */
final class ResultCodec {
    private ResultCodec() {
    }

    static void write(NoteCodec.Writer w, ResultCache.Entry e) {
        findings(w, e.findings());
        Analyzer.PerNote p = e.analysis();
        Interview iv = p.interview();
        w.bool(iv != null);
        int own = 0;
        if (iv != null) {
            w.string(iv.file());
            InterviewMeta m = iv.meta();
            w.string(m.company());
            w.string(m.role());
            w.string(m.date());
            w.bool(m.draft());
            items(w, iv.weak());
            items(w, iv.strengths());
            items(w, iv.actions());
            own = iv.actions().size();
        }
        // The interview's actions lead the note's actions as the same objects: only the rest is written.
        items(w, p.actions().subList(own, p.actions().size()));
        w.varint(p.stories().size());
        for (StoryInsight s : p.stories()) {
            w.string(s.file());
            w.string(s.title());
            w.varint(s.line());
            w.bool(s.situation());
            w.bool(s.task());
            w.bool(s.action());
            w.bool(s.result());
            w.bool(s.complete());
            w.bool(s.measurableResult());
            strings(w, s.emptyParts());
        }
    }

    static ResultCache.Entry read(NoteCodec.Reader r) {
        List<Finding> findings = findings(r);
        int n;
        Interview iv = null;
        if (r.bool()) {
            String file = r.string();
            InterviewMeta meta = new InterviewMeta(r.string(), r.string(), r.string(), r.bool());
            iv = new Interview(file, meta, items(r), items(r), items(r));
        }
        List<Item> actions = new ArrayList<>();
        if (iv != null) {
            actions.addAll(iv.actions());
        }
        actions.addAll(items(r));
        n = r.count();
        List<StoryInsight> stories = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            stories.add(new StoryInsight(r.string(), r.string(), r.varint(), r.bool(), r.bool(), r.bool(), r.bool(),
                    r.bool(), r.bool(), strings(r)));
        }
        return new ResultCache.Entry(List.copyOf(findings), new Analyzer.PerNote(iv, actions, stories));
    }

    /** The link rules' part of an entry: what their findings were computed from, and the findings. */
    static void write(NoteCodec.Writer w, ResultCache.Links l) {
        w.bytes(l.names().bytes());
        w.varint(l.consulted().size());
        for (Map.Entry<String, ContentKey> c : l.consulted().entrySet()) {
            w.string(c.getKey());
            w.bytes(c.getValue().bytes());
        }
        findings(w, l.findings());
    }

    static ResultCache.Links readLinks(NoteCodec.Reader r) {
        ContentKey names = key(r);
        int n = r.count();
        Map<String, ContentKey> consulted = new HashMap<>(n * 2);
        for (int i = 0; i < n; i++) {
            consulted.put(r.string(), key(r));
        }
        return new ResultCache.Links(names, consulted, findings(r));
    }

    private static ContentKey key(NoteCodec.Reader r) {
        byte[] b = new byte[ContentKey.BYTES];
        r.bytes(b);
        return ContentKey.of16(b);
    }

    private static void findings(NoteCodec.Writer w, List<Finding> findings) {
        w.varint(findings.size());
        for (Finding f : findings) {
            w.string(f.ruleId());
            w.varint(f.severity().ordinal());
            w.string(f.file());
            w.varint(f.line());
            w.varint(f.column());
            w.varint(f.endLine());
            w.varint(f.endColumn());
            w.string(f.message());
        }
    }

    private static List<Finding> findings(NoteCodec.Reader r) {
        int n = r.count();
        List<Finding> findings = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            findings.add(new Finding(r.string(), Severity.values()[r.varint()], r.string(), r.varint(), r.varint(),
                    r.varint(), r.varint(), r.string()));
        }
        return List.copyOf(findings);
    }

    private static void items(NoteCodec.Writer w, List<Item> items) {
        w.varint(items.size());
        for (Item i : items) {
            w.varint(i.kind().ordinal());
            w.string(i.file());
            w.varint(i.line());
            w.string(i.section());
            w.string(i.text());
            strings(w, i.details());
            strings(w, i.keyPhrases());
            strings(w, i.topics());
            w.varint(i.status() == null ? 0 : i.status().ordinal() + 1);
            w.string(i.due());
        }
    }

    private static List<Item> items(NoteCodec.Reader r) {
        int n = r.count();
        List<Item> out = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            Item.Kind kind = Item.Kind.values()[r.varint()];
            String file = r.string();
            int line = r.varint();
            String section = r.string();
            String text = r.string();
            List<String> details = strings(r);
            List<String> phrases = strings(r);
            List<String> topics = strings(r);
            int status = r.varint();
            out.add(new Item(kind, file, line, section, text, details, phrases, topics,
                    status == 0 ? null : Task.Status.values()[status - 1], r.string()));
        }
        return out;
    }

    private static void strings(NoteCodec.Writer w, List<String> s) {
        w.varint(s.size());
        for (String x : s) {
            w.string(x);
        }
    }

    private static List<String> strings(NoteCodec.Reader r) {
        int n = r.count();
        List<String> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(r.string());
        }
        return out;
    }
}
