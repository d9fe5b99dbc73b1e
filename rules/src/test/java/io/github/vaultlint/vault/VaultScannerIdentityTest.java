package io.github.vaultlint.vault;

import org.junit.jupiter.api.Test;

import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** The stat shortcut tells files apart by file key, or by creation time where there is none (Windows). */
class VaultScannerIdentityTest {
    private static BasicFileAttributes attrs(Object key, long created) {
        return new BasicFileAttributes() {
            @Override
            public FileTime lastModifiedTime() {
                return FileTime.fromMillis(1_000);
            }

            @Override
            public FileTime lastAccessTime() {
                return FileTime.fromMillis(1_000);
            }

            @Override
            public FileTime creationTime() {
                return FileTime.fromMillis(created);
            }

            @Override
            public boolean isRegularFile() {
                return true;
            }

            @Override
            public boolean isDirectory() {
                return false;
            }

            @Override
            public boolean isSymbolicLink() {
                return false;
            }

            @Override
            public boolean isOther() {
                return false;
            }

            @Override
            public long size() {
                return 10;
            }

            @Override
            public Object fileKey() {
                return key;
            }
        };
    }

    @Test
    void theFileKeyWhereThereIsOne() {
        assertEquals("(dev=1,ino=2)", VaultScanner.identity(attrs("(dev=1,ino=2)", 5)));
    }

    @Test
    void theCreationTimeWhereThereIsNoFileKey() {
        assertEquals(FileTime.fromMillis(5), VaultScanner.identity(attrs(null, 5)));
        // a note replaced by another file of the same size and time is a different file
        assertNotEquals(VaultScanner.identity(attrs(null, 5)), VaultScanner.identity(attrs(null, 6)));
    }
}
