package io.github.vaultlint.util;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/**
 * What went wrong with a file, in words: Java's file exceptions carry only the path as their
 * message, so "cannot write reports (/notes/target/x)" said where but not what.
 */
public final class IoProblem {
    private IoProblem() {
    }

    public static String describe(IOException e) {
        if (e instanceof FileAlreadyExistsException f) {
            return f.getFile() + " is in the way: a file, where a folder was to be made or written into";
        }
        if (e instanceof NotDirectoryException f) {
            return f.getFile() + " is a file, not a folder";
        }
        if (e instanceof DirectoryNotEmptyException f) {
            return f.getFile() + " is a folder, where a file was to be written";
        }
        if (e instanceof AccessDeniedException f) {
            return f.getFile() + ": permission denied";
        }
        if (e instanceof NoSuchFileException f) {
            return f.getFile() + " does not exist";
        }
        if (e instanceof FileSystemException f && f.getFile() != null) {
            return f.getFile() + (f.getReason() == null ? "" : ": " + f.getReason());
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
