package io.github.vaultlint.section;

import io.github.vaultlint.config.ConfigException;
import io.github.vaultlint.util.Suggest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The section templates of a run: the built-in ones (from {@code templates.yml} on the classpath,
 * a file users can copy into {@code .vaultlint.yml}) with the user's {@code templates:} on top. A
 * user template replaces the built-in one of the same name.
 */
public final class TemplateSet {
    /** Classpath resource holding the built-in templates. */
    public static final String RESOURCE = "/io/github/vaultlint/section/templates.yml";

    private static final class Builtin {
        static final TemplateSet INSTANCE = load();

        private static TemplateSet load() {
            try (InputStream in = TemplateSet.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("built-in templates " + RESOURCE + " missing from the classpath");
                }
                String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                return new TemplateSet(TemplateReader.readDocument("built-in " + RESOURCE, text));
            } catch (IOException | ConfigException e) {
                throw new IllegalStateException("built-in templates are invalid: " + e.getMessage(), e);
            }
        }
    }

    private final Map<String, Template> byName;

    private TemplateSet(Map<String, Template> byName) {
        this.byName = Collections.unmodifiableMap(new LinkedHashMap<>(byName));
    }

    public static TemplateSet builtin() {
        return Builtin.INSTANCE;
    }

    /** This set with {@code user} templates added, replacing built-ins of the same name. */
    public TemplateSet with(Map<String, Template> user) {
        if (user.isEmpty()) {
            return this;
        }
        Map<String, Template> m = new LinkedHashMap<>(byName);
        m.putAll(user);
        return new TemplateSet(m);
    }

    /** The template called {@code name}, or null. */
    public Template find(String name) {
        return name == null ? null : byName.get(name);
    }

    public Set<String> names() {
        return byName.keySet();
    }

    /**
     * Checks a template reference such as a note type's {@code sections: <name>}; {@code where} is
     * the file:line:col of the reference.
     */
    public Template require(String name, String where) throws ConfigException {
        Template t = find(name);
        if (t == null) {
            throw new ConfigException(where + ": unknown section template \"" + name + "\""
                    + Suggest.didYouMean(name, names()) + "; known templates are " + String.join(", ", names())
                    + " (define it under templates:)");
        }
        return t;
    }
}
