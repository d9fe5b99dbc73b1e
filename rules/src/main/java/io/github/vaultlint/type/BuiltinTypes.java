package io.github.vaultlint.type;

import io.github.vaultlint.config.ConfigException;
import io.github.vaultlint.config.ConfigLoader;
import io.github.vaultlint.config.NoteTypeSpec;
import io.github.vaultlint.rule.RuleRegistry;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * The built-in note types, read from {@code io/github/vaultlint/types/vaultlint.yml}: a plain
 * .vaultlint.yml that users can copy, with its schemas in {@code schemas/} next to it.
 */
public final class BuiltinTypes {
    /** Classpath folder holding vaultlint.yml and schemas/. */
    public static final String FOLDER = "io/github/vaultlint/types/";
    public static final String CONFIG = FOLDER + "vaultlint.yml";

    private static volatile List<NoteTypeSpec> specs;

    private BuiltinTypes() {
    }

    /** The built-in type entries, schema paths relative to the built-in folder. */
    public static List<NoteTypeSpec> specs() {
        List<NoteTypeSpec> s = specs;
        if (s == null) {
            s = load();
            specs = s;
        }
        return s;
    }

    /** The text of the built-in config, for users and tests. */
    public static String configText() {
        try (InputStream in = BuiltinTypes.class.getClassLoader().getResourceAsStream(CONFIG)) {
            if (in == null) {
                throw new IllegalStateException(CONFIG + " is missing from the vaultlint jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<NoteTypeSpec> load() {
        try {
            List<NoteTypeSpec> raw = new ConfigLoader(RuleRegistry.builtin())
                    .parse(Path.of("built-in", "vaultlint.yml"), configText()).noteTypes();
            return raw.stream().map(t -> t.withBase(SchemaStore.BUILTIN_PREFIX)).toList();
        } catch (ConfigException e) {
            throw new IllegalStateException("built-in note types are broken: " + e.getMessage(), e);
        }
    }
}
