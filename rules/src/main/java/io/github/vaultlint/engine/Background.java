package io.github.vaultlint.engine;

import io.github.vaultlint.config.ConfigException;

import java.io.IOException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/** Waits for the steps a check runs on threads of their own (config, types, the HTML report). */
final class Background {
    private Background() {
    }

    /**
     * The step's value, with what it threw rethrown as itself: a ConfigException still stops the
     * run with its message, an IOException stays one, and a bug is not disguised.
     */
    static <T> T await(Future<T> step) throws ConfigException, IOException {
        try {
            return step.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof ConfigException c) {
                throw c;
            }
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException("vaultlint failed unexpectedly: " + cause, cause);
        }
    }
}
