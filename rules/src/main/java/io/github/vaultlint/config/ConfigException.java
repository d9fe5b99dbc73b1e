package io.github.vaultlint.config;

import io.github.vaultlint.util.SafeText;

/**
 * The configuration cannot be used. The message names the file, position and what to fix. It may
 * quote the config or a note (a key, a rule id, a path), so control characters in it are written
 * out ({@link SafeText}): it reaches the terminal as a build error.
 */
public class ConfigException extends Exception {
    public ConfigException(String message) {
        super(SafeText.visible(message));
    }

    public ConfigException(String message, Throwable cause) {
        super(SafeText.visible(message), cause);
    }
}
