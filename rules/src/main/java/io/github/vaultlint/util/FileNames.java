package io.github.vaultlint.util;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * File names as UTF-8 text whatever locale the JVM started in. On Linux a name is bytes and Java
 * decodes them with the locale's charset ({@code sun.jnu.encoding}): with {@code LANG} unset or
 * {@code C} (a bare CI container) that is ASCII, so {@code Café.md} came out as {@code Caf??.md}
 * (no link reached it) and a vault path with an accent could not be turned back into a file at all.
 * Obsidian names files in UTF-8, and so does vaultlint: a name the locale cannot decode is read
 * from the path's raw bytes, which {@link Path#toUri()} gives percent-encoded, and a vault path
 * goes back to a file the same way.
 */
public final class FileNames {
    private FileNames() {
    }

    /** Whether the platform's own decoding of names is already right: UTF-8 names, or Windows' UTF-16 ones. */
    static final boolean NATIVE_UTF8 = File.separatorChar == '\\' || nativeCharsetIsUtf8(System.getProperty("sun.jnu.encoding"));

    static boolean nativeCharsetIsUtf8(String name) {
        if (name == null) {
            return true;
        }
        try {
            return Charset.forName(name).equals(StandardCharsets.UTF_8);
        } catch (RuntimeException e) {
            return false;
        }
    }

    /**
     * The last name of {@code path} as text. {@code utf8} is false when its bytes are not UTF-8 (a
     * name written in Latin-1 by an old tool): {@code text} then has U+FFFD for each bad byte, and
     * {@code badByte} is the first one (with the text before it in {@code before}).
     */
    public record Name(String text, boolean utf8, int badByte, String before) {
    }

    /** The last name of {@code path} (a file or folder the walk met). */
    public static Name name(Path path) {
        String shown = path.getFileName() == null ? "" : path.getFileName().toString();
        boolean lossy = shown.indexOf('\uFFFD') >= 0;
        if (!lossy && (NATIVE_UTF8 || isAscii(shown))) {
            return new Name(shown, true, -1, null);
        }
        byte[] raw = rawName(path);
        if (raw == null) {
            return new Name(shown, !lossy, -1, null);
        }
        return decode(raw);
    }

    /** Strict UTF-8 of a name's bytes, or the lossy text with where the first bad byte is. */
    static Name decode(byte[] raw) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(raw)).toString();
            return new Name(text, true, -1, null);
        } catch (CharacterCodingException e) {
            ByteBuffer in = ByteBuffer.wrap(raw);
            java.nio.CharBuffer out = java.nio.CharBuffer.allocate(raw.length + 1);
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(in, out, true);
            int bad = in.position();
            out.flip();
            return new Name(new String(raw, StandardCharsets.UTF_8), false, raw[Math.min(bad, raw.length - 1)] & 0xff, out.toString());
        }
    }

    /** The bytes of {@code path}'s last name, from its {@code file:} URI (which encodes them), or null. */
    private static byte[] rawName(Path path) {
        try {
            String uri = path.toUri().getRawPath();
            if (uri == null) {
                return null;
            }
            int end = uri.endsWith("/") ? uri.length() - 1 : uri.length(); // a folder's URI ends in '/'
            int start = uri.lastIndexOf('/', end - 1) + 1;
            return percentDecode(uri.substring(start, end));
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static byte[] percentDecode(String s) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '%' && i + 3 <= s.length()) {
                out.write(Integer.parseInt(s.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                byte[] b = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                out.write(b, 0, b.length);
            }
        }
        return out.toByteArray();
    }

    /**
     * The file at vault path {@code rel} ('/' separators) under {@code dir}, named by the UTF-8 bytes
     * of {@code rel}: what {@link #name} read back, whatever the locale.
     */
    public static Path resolve(Path dir, String rel) {
        if (NATIVE_UTF8 || isAscii(rel)) {
            return dir.resolve(rel);
        }
        return byBytes(dir, rel.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The file at vault path {@code rel} under {@code root} as the walk met it: {@link #resolve}, but
     * a name that is not UTF-8 on disk (U+FFFD in {@code rel}) is reached through its own bytes
     * ({@link #rawPath}), so its lines can be read again (to quote them, to fingerprint a finding).
     */
    public static Path onDisk(Path root, String rel) {
        return rel.indexOf('\uFFFD') < 0 ? resolve(root, rel) : byBytes(root, rawPath(root, rel));
    }

    /** The file named by the path bytes {@code rel} under {@code dir}, through a {@code file:} URI that encodes them. */
    private static Path byBytes(Path dir, byte[] rel) {
        String base = dir.toAbsolutePath().toUri().toString();
        StringBuilder sb = new StringBuilder(base);
        if (!base.endsWith("/")) {
            sb.append('/');
        }
        for (byte b : rel) {
            int v = b & 0xff;
            if ((v >= 'a' && v <= 'z') || (v >= 'A' && v <= 'Z') || (v >= '0' && v <= '9') || "/-._~".indexOf(v) >= 0) {
                sb.append((char) v);
            } else {
                sb.append('%').append(Character.toUpperCase(Character.forDigit(v >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(v & 15, 16)));
            }
        }
        return Path.of(URI.create(sb.toString()));
    }

    /**
     * The bytes that name vault path {@code rel} under {@code root}: its UTF-8, except for a name that
     * is not UTF-8 on disk (which {@link #name} gave as text with U+FFFD for each bad byte): that name's
     * own bytes, found by listing its folder. A URI built from these reaches the file; one built from
     * the text names "Caf\uFFFD.md", which does not exist. A name that is not found keeps its UTF-8.
     */
    public static byte[] rawPath(Path root, String rel) {
        if (rel.indexOf('\uFFFD') < 0) {
            return rel.getBytes(StandardCharsets.UTF_8);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(rel.length() + 8);
        Path dir = root;
        String[] segments = rel.split("/", -1);
        for (int i = 0; i < segments.length; i++) {
            String segment = segments[i];
            byte[] raw = null;
            Path entry = null;
            if (segment.indexOf('\uFFFD') >= 0 && dir != null) {
                try (java.util.stream.Stream<Path> list = java.nio.file.Files.list(dir)) {
                    entry = list.filter(p -> name(p).text().equals(segment)).findFirst().orElse(null);
                } catch (java.io.IOException | RuntimeException e) {
                    entry = null;
                }
                raw = entry == null ? null : rawName(entry);
            }
            if (i > 0) {
                out.write('/');
            }
            byte[] b = raw != null ? raw : segment.getBytes(StandardCharsets.UTF_8);
            out.write(b, 0, b.length);
            dir = dir == null ? null : entry != null ? entry : segment.indexOf('\uFFFD') >= 0 ? null : resolve(dir, segment);
        }
        return out.toByteArray();
    }

    /**
     * {@code rel} as a relative path (for messages that name a vault file): {@link Path#of} would
     * refuse a name the locale cannot encode.
     */
    public static Path relative(String rel) {
        if (NATIVE_UTF8 || isAscii(rel)) {
            return Path.of(rel);
        }
        Path here = Path.of("").toAbsolutePath();
        return here.relativize(resolve(here, rel));
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }
}
