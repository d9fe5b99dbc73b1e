package io.github.vaultlint.bench;

import io.github.vaultlint.engine.LintOptions;
import io.github.vaultlint.engine.LintResult;
import io.github.vaultlint.engine.Linter;
import io.github.vaultlint.link.LinkResolver;
import io.github.vaultlint.link.Resolution;
import io.github.vaultlint.parse.NoteParser;
import io.github.vaultlint.vault.Note;
import io.github.vaultlint.vault.VaultFile;
import io.github.vaultlint.vault.VaultIndex;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Benchmark (not a test): link resolution on a generated vault, by default 10,000 notes with
 * 100,000 links. Measures what issue 3 asks for, the engine time to resolve every link: building
 * the resolver's indexes plus resolving all links of all notes, in parallel on every core like
 * the linter does. Parsing is done once up front and not timed. With {@code --full} it also times
 * whole linter runs on the same vault written to a temporary folder.
 *
 * <p>Run: {@code bench/link-resolution.sh [notes] [linksPerNote] [rounds] [--broken N] [--full]};
 * {@code --broken N} breaks N random links so the timing includes the did-you-mean searches.
 */
public final class LinkResolutionBench {

    public static void main(String[] args) throws Exception {
        List<String> rest = new ArrayList<>(Arrays.asList(args));
        boolean full = rest.remove("--full");
        int brokenCount = 0;
        int b = rest.indexOf("--broken");
        if (b >= 0) {
            brokenCount = Integer.parseInt(rest.get(b + 1));
            rest.remove(b + 1);
            rest.remove(b);
        }
        int notes = rest.size() > 0 ? Integer.parseInt(rest.get(0)) : 10_000;
        int perNote = rest.size() > 1 ? Integer.parseInt(rest.get(1)) : 10;
        int rounds = rest.size() > 2 ? Integer.parseInt(rest.get(2)) : 15;

        System.out.printf("vault: %,d notes x %d links (seed 1), %d cores, %s%n", notes, perNote,
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
        SyntheticVault generator = new SyntheticVault(1, notes, perNote);
        java.util.Random pick = new java.util.Random(2);
        Set<Integer> broken = new java.util.HashSet<>();
        while (broken.size() < Math.min(brokenCount, generator.linkCount())) {
            broken.add(pick.nextInt(generator.linkCount()));
        }
        if (!broken.isEmpty()) {
            System.out.printf("broken on purpose: %,d links (each gets a did-you-mean search)%n", broken.size());
        }
        SyntheticVault.Result vault = generator.render(broken);
        VaultIndex index = index(vault);
        long links = index.notes().stream().mapToLong(n -> n.links().size()).sum();
        System.out.printf("parsed: %,d notes, %,d files, %,d links%n", index.notes().size(), index.files().size(), links);

        long[] times = new long[rounds];
        long[] cpu = new long[rounds];
        Map<Resolution.Status, AtomicInteger> statuses = null;
        for (int r = 0; r < rounds; r++) {
            long c0 = processCpu();
            long t0 = System.nanoTime();
            LinkResolver resolver = new LinkResolver(index);
            index.notes().parallelStream().forEach(resolver::resolutions);
            times[r] = System.nanoTime() - t0;
            cpu[r] = processCpu() - c0;
            statuses = count(resolver, index);
        }
        System.out.printf("resolve all links (index build + resolution), %d rounds:%n", rounds);
        System.out.printf("  wall: first (cold JVM) %.1f ms, median %.1f ms, best %.1f ms%n",
                times[0] / 1e6, median(times) / 1e6, Arrays.stream(times).min().getAsLong() / 1e6);
        System.out.printf("  CPU (all threads, JIT included): first %.1f ms, median %.1f ms%n", cpu[0] / 1e6, median(cpu) / 1e6);
        System.out.println("outcomes: " + statuses);

        if (full) {
            Path dir = Files.createTempDirectory("vaultlint-bench");
            try {
                vault.writeTo(dir);
                for (int r = 0; r < 3; r++) {
                    long t0 = System.nanoTime();
                    LintResult result = new Linter().run(LintOptions.of(dir));
                    System.out.printf("full lint run %d: %.0f ms wall, phases %s, %d findings%n", r + 1,
                            (System.nanoTime() - t0) / 1e6, result.timings(), result.findings().size());
                }
            } finally {
                delete(dir);
            }
        }
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    /** CPU time of the whole process: unlike wall time, not inflated by other processes on the machine. */
    private static long processCpu() {
        java.lang.management.OperatingSystemMXBean os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : 0;
    }

    private static VaultIndex index(SyntheticVault.Result vault) {
        NoteParser parser = new NoteParser();
        List<VaultFile> files = new ArrayList<>();
        vault.notes().forEach((p, t) -> files.add(new VaultFile(p, Path.of(p), t.length(), true)));
        vault.attachments().forEach(a -> files.add(new VaultFile(a, Path.of(a), 4, true)));
        files.sort((a, b) -> a.path().compareTo(b.path()));
        List<Note> notes = vault.notes().entrySet().parallelStream()
                .map(e -> parser.parse(e.getKey(), true, e.getValue())).toList();
        List<String> folders = files.stream().map(VaultFile::folder).filter(f -> !f.isEmpty()).distinct().sorted().toList();
        return new VaultIndex(Path.of("."), files, notes, folders, List.of());
    }

    private static Map<Resolution.Status, AtomicInteger> count(LinkResolver resolver, VaultIndex index) {
        Map<Resolution.Status, AtomicInteger> out = new EnumMap<>(Resolution.Status.class);
        for (Note n : index.notes()) {
            for (Resolution r : resolver.resolutions(n)) {
                out.computeIfAbsent(r.status(), k -> new AtomicInteger()).incrementAndGet();
            }
        }
        return out;
    }

    private static void delete(Path dir) throws IOException {
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException exc) throws IOException {
                Files.delete(d);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
