package io.github.vaultlint.util;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SharedAppendTest {

    /** A summary of {@code size} bytes from writer {@code who}: its own first and last line, its letter between. */
    private static String summary(char who, int round, int size) {
        String head = "## vaultlint " + who + " " + round + "\n";
        String tail = "end " + who + " " + round + "\n";
        StringBuilder sb = new StringBuilder(size).append(head);
        while (sb.length() < size - tail.length()) {
            sb.append(sb.length() % 80 == 79 ? '\n' : who);
        }
        return sb.append(tail).toString();
    }

    /**
     * Two modules of {@code mvn -T 2} appending large summaries (9 to 90 KB, over the 8 KB a stream
     * writes at once) at the same moment: the file is their summaries one after the other, each whole.
     */
    @Test
    void twoConcurrentLargeAppendsNeverInterleave(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("step-summary.md");
        int rounds = 200;
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> done = new ArrayList<>();
        for (char who : new char[] {'a', 'b'}) {
            done.add(pool.submit(() -> {
                start.await();
                for (int r = 0; r < rounds; r++) {
                    SharedAppend.append(file, summary(who, r, 9_000 + (r * 3_517) % 81_000).getBytes(StandardCharsets.UTF_8));
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> f : done) {
            f.get();
        }
        pool.shutdown();

        String text = Files.readString(file);
        Set<String> seen = new HashSet<>();
        int at = 0;
        while (at < text.length()) {
            int nl = text.indexOf('\n', at);
            String[] head = text.substring(at, nl).split(" ");
            assertEquals("##", head[0], "a summary starts at offset " + at);
            char who = head[2].charAt(0);
            int round = Integer.parseInt(head[3]);
            String expected = summary(who, round, 9_000 + (round * 3_517) % 81_000);
            assertTrue(text.startsWith(expected, at), "summary " + who + " " + round + " is whole at offset " + at);
            assertTrue(seen.add(who + " " + round), "summary " + who + " " + round + " is written once");
            at += expected.length();
        }
        assertEquals(2 * rounds, seen.size());
    }

    /**
     * Another process holding a lock on the summary file (here a lock on another channel, which this
     * JVM reports as an overlapping lock): the append waits for it and writes nothing before.
     */
    @Test
    void waitsWhileAnotherHolderLocksTheFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("step-summary.md");
        Files.writeString(file, "other\n");
        String mine = summary('m', 0, 20_000);
        Thread writer;
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
             FileLock held = ch.lock()) {
            writer = new Thread(() -> {
                try {
                    SharedAppend.append(file, mine.getBytes(StandardCharsets.UTF_8));
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            writer.start();
            writer.join(300);
            assertTrue(writer.isAlive(), "the append waits for the lock");
            assertEquals("other\n", Files.readString(file), "nothing is written while another holds the lock");
            ch.write(java.nio.ByteBuffer.wrap("more\n".getBytes(StandardCharsets.UTF_8)));
            held.release();
        }
        writer.join(10_000);
        assertEquals("other\nmore\n" + mine, Files.readString(file));
    }

    @Test
    void createsAMissingFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("summary.md");
        SharedAppend.append(file, "# one\n".getBytes(StandardCharsets.UTF_8));
        SharedAppend.append(file, "# two\n".getBytes(StandardCharsets.UTF_8));
        assertEquals("# one\n# two\n", Files.readString(file));
    }
}
