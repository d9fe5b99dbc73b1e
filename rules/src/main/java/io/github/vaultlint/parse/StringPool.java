package io.github.vaultlint.parse;

import java.util.concurrent.ConcurrentHashMap;

/**
 * Shares equal short strings between the notes of one run: heading names, link targets, tags and
 * property keys and values repeat across a vault, and a 100,000-note vault would otherwise keep
 * millions of copies of them. Thread-safe; lives as long as its {@link NoteParser}. Long strings
 * (block text) are rarely equal and are passed through, as is everything once the pool is full.
 */
final class StringPool {
    private static final int MAX_LENGTH = 96;
    private static final int MAX_ENTRIES = 1 << 20;

    private final ConcurrentHashMap<String, String> pool = new ConcurrentHashMap<>();

    String get(String s) {
        if (s == null || s.length() > MAX_LENGTH) {
            return s;
        }
        String shared = pool.get(s);
        if (shared != null) {
            return shared;
        }
        if (pool.size() >= MAX_ENTRIES) {
            return s;
        }
        shared = pool.putIfAbsent(s, s);
        return shared == null ? s : shared;
    }
}
