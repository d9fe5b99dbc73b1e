package io.github.vaultlint.engine;

import io.github.vaultlint.cache.NoteCache;
import io.github.vaultlint.cache.ResultCache;

import java.util.ArrayList;
import java.util.List;

/**
 * The cache files a run left being written on background threads. They are written to temporary
 * files and moved into place, so an interrupted write loses only the cache; still, a build waits for
 * them (after its reports) so that the next run finds them.
 */
public final class CacheWrites {
    private final List<NoteCache> notes = new ArrayList<>();
    private final List<ResultCache> results = new ArrayList<>();

    synchronized void add(NoteCache n, ResultCache r) {
        if (n != null) {
            notes.add(n);
        }
        if (r != null) {
            results.add(r);
        }
    }

    /** Waits until every write has finished (or failed: a failed write is only logged). */
    public synchronized void await() throws InterruptedException {
        for (NoteCache n : notes) {
            n.awaitSaved();
        }
        for (ResultCache r : results) {
            r.awaitSaved();
        }
        notes.clear();
        results.clear();
    }

    /** {@link #await()}, keeping the interrupt for the caller. */
    public void awaitQuietly() {
        try {
            await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
