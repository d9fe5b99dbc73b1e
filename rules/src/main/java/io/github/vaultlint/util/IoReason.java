package io.github.vaultlint.util;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;

/**
 * Why a file could not be read, in words for a finding: Java's file exceptions carry the absolute
 * path as their message, and a finding names the vault-relative path already, without the
 * machine's folders or a Java class name.
 */
public final class IoReason {
    private IoReason() {
    }

    public static String of(Exception e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "it no longer exists";
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        if (e instanceof IOException && e.getMessage() != null && !e.getMessage().isBlank()) {
            return OneLine.regexSpaces(e.getMessage().strip());
        }
        return e.getClass().getSimpleName();
    }
}
