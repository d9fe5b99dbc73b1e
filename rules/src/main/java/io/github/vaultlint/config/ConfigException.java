package io.github.vaultlint.config;

/** The configuration cannot be used. The message names the file, position and what to fix. */
public class ConfigException extends Exception {
    public ConfigException(String message) {
        super(message);
    }

    public ConfigException(String message, Throwable cause) {
        super(message, cause);
    }
}
