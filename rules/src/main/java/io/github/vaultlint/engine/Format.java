package io.github.vaultlint.engine;

import io.github.vaultlint.config.ConfigException;
import io.github.vaultlint.util.Suggest;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/** The outputs a check can produce ({@code vaultlint.formats}). */
public enum Format {
    CONSOLE, JSON, HTML, SARIF, GITHUB, JUNIT;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Parses a comma-separated list such as {@code console,json,html}; unknown names are config
     * errors, and so is a list that names nothing ({@code -Dvaultlint.formats=}): a check with no output
     * would fail or pass without showing why.
     */
    public static Set<Format> parse(String list) throws ConfigException {
        return parse(list == null ? List.of() : List.of(list));
    }

    /**
     * As {@link #parse(String)}, for a build tool's list parameter: Maven gives
     * {@code <formats><format>json</format><format>html</format></formats>} as two entries and
     * {@code -Dvaultlint.formats=json,html} as one or two; each entry may itself be a comma list.
     */
    public static Set<Format> parse(Collection<String> entries) throws ConfigException {
        Set<Format> out = EnumSet.noneOf(Format.class);
        List<String> known = Arrays.stream(values()).map(Format::id).toList();
        String list = entries == null ? "" : entries.stream().filter(Objects::nonNull).collect(Collectors.joining(","));
        for (String part : list.split(",")) {
            String t = part.trim().toLowerCase(Locale.ROOT);
            if (t.isEmpty()) {
                continue;
            }
            if (!known.contains(t)) {
                throw new ConfigException("vaultlint.formats: unknown format \"" + t + "\"" + Suggest.didYouMean(t, known)
                        + "; use a comma-separated list of " + String.join(", ", known));
            }
            out.add(valueOf(t.toUpperCase(Locale.ROOT)));
        }
        if (out.isEmpty()) {
            throw new ConfigException("vaultlint.formats is empty; name at least one output, e.g. console (the default is "
                    + "console,json,html; the outputs are " + String.join(", ", known) + ")");
        }
        return out;
    }
}
