package io.github.vaultlint.scope;

import io.github.vaultlint.config.ConfigException;
import io.github.vaultlint.config.ConfigLoader;
import io.github.vaultlint.config.FolderConfig;
import io.github.vaultlint.config.LevelSetting;
import io.github.vaultlint.config.NoteTypeSpec;
import io.github.vaultlint.config.RuleLevel;
import io.github.vaultlint.config.VaultlintConfig;
import io.github.vaultlint.rule.RuleRegistry;
import io.github.vaultlint.type.NoteType;
import io.github.vaultlint.type.NoteTypes;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The root config and every sub-folder {@code .vaultlint.yml}, merged once into one {@link Scope} per
 * folder that has a config. A file's scope is its nearest ancestor folder's, found in O(depth) (and
 * cached per folder). Sub-folder configs merge {@code rules} per rule id and {@code noteTypes} per
 * type name (key by key), the deeper file winning. Immutable after loading; thread-safe.
 */
public final class ConfigScopes {
    private final RuleRegistry registry;
    private final Scope root;
    private final Map<String, Scope> byFolder;
    private final Map<String, Scope> nearest = new ConcurrentHashMap<>();
    private final Set<String> enabledAnywhere;
    private final boolean typeRules;

    private ConfigScopes(RuleRegistry registry, Scope root, Map<String, Scope> byFolder) {
        this.registry = registry;
        this.root = root;
        this.byFolder = Map.copyOf(byFolder);
        List<Scope> all = new ArrayList<>(byFolder.values());
        all.add(root);
        boolean anyTypeRules = false;
        Set<String> on = new HashSet<>();
        for (Scope s : all) {
            for (RuleRegistry.Entry e : registry.all()) {
                LevelSetting set = s.rules().get(e.id());
                if (set == null || set.level() != RuleLevel.OFF) { // unset: the default, never off
                    on.add(e.id());
                }
            }
            List<NoteType> types = new ArrayList<>(s.types().all());
            types.add(s.types().fallback());
            for (NoteType t : types) {
                anyTypeRules |= !t.rules().isEmpty();
                t.rules().forEach((id, set) -> {
                    if (set.level() != RuleLevel.OFF) {
                        on.add(id);
                    }
                });
            }
        }
        this.enabledAnywhere = Set.copyOf(on);
        this.typeRules = anyTypeRules;
    }

    /**
     * Loads the {@code .vaultlint.yml} of each of {@code folders} (vault-relative; folders without one
     * are skipped) and merges them over {@code config}, the root config whose types are {@code types}.
     *
     * @throws ConfigException when a folder config is unusable, names the file, line and column
     */
    public static ConfigScopes load(RuleRegistry registry, VaultlintConfig config, NoteTypes types, Path vaultRoot,
                                    Collection<String> folders) throws ConfigException {
        Scope rootScope = rootScope(config, types, vaultRoot);
        ConfigLoader loader = new ConfigLoader(registry);
        List<String> sorted = new ArrayList<>(folders);
        // Parents before children, so a child merges over its finished parent.
        sorted.sort(Comparator.comparingInt(ConfigScopes::depth).thenComparing(Comparator.naturalOrder()));
        Map<String, Scope> byFolder = new LinkedHashMap<>();
        for (String folder : sorted) {
            if (folder.isEmpty()) {
                continue;
            }
            FolderConfig fc = loader.loadFolder(vaultRoot, folder);
            if (fc != null) {
                byFolder.put(folder, merge(nearest(byFolder, rootScope, folder), fc));
            }
        }
        return new ConfigScopes(registry, rootScope, byFolder);
    }

    public Scope root() {
        return root;
    }

    /** Scopes of the folders that have a config of their own, parents first. */
    public Collection<Scope> folders() {
        return byFolder.values();
    }

    public RuleRegistry registry() {
        return registry;
    }

    /** The scope of a vault-relative file path: its nearest ancestor folder with a config, else the root. */
    public Scope scopeOf(String path) {
        int slash = path.lastIndexOf('/');
        String folder = slash < 0 ? "" : path.substring(0, slash);
        if (byFolder.isEmpty() || folder.isEmpty()) {
            return root;
        }
        return nearest.computeIfAbsent(folder, f -> nearest(byFolder, root, f));
    }

    /** True when the rule is on somewhere: at the root, in a folder config or for a note type. */
    public boolean enabledAnywhere(String ruleId) {
        return enabledAnywhere.contains(ruleId);
    }

    /** True when some note type sets rule levels, so a note's type matters for its levels. */
    public boolean typeRules() {
        return typeRules;
    }

    /** {@code folder} itself or its nearest ancestor in {@code byFolder}: O(depth) map lookups. */
    private static Scope nearest(Map<String, Scope> byFolder, Scope root, String folder) {
        String f = folder;
        while (!f.isEmpty()) {
            Scope s = byFolder.get(f);
            if (s != null) {
                return s;
            }
            int slash = f.lastIndexOf('/');
            f = slash < 0 ? "" : f.substring(0, slash);
        }
        return root;
    }

    private static int depth(String folder) {
        int n = 0;
        for (int i = 0; i < folder.length(); i++) {
            if (folder.charAt(i) == '/') {
                n++;
            }
        }
        return n;
    }

    private static Scope rootScope(VaultlintConfig config, NoteTypes types, Path vaultRoot) {
        List<String> files = new ArrayList<>();
        Map<String, LevelSetting> rules = new LinkedHashMap<>();
        if (config.source() != null && Files.isRegularFile(config.source())) {
            String file = display(config.source(), vaultRoot);
            files.add(file);
            config.rules().forEach((id, level) -> rules.put(id, new LevelSetting(level, "root config " + file)));
        }
        return new Scope("", files, config, rules, config.noteTypes(), types);
    }

    /** The root config's file as shown: vault-relative when it is inside the vault. */
    private static String display(Path file, Path vaultRoot) {
        Path abs = file.toAbsolutePath().normalize();
        Path rootAbs = vaultRoot.toAbsolutePath().normalize();
        return abs.startsWith(rootAbs) ? rootAbs.relativize(abs).toString().replace('\\', '/') : file.toString();
    }

    /** {@code parent} with a sub-folder's config on top. */
    private static Scope merge(Scope parent, FolderConfig fc) throws ConfigException {
        // No new VaultlintConfig: a folder config only changes levels (kept here) and note types.
        List<String> files = new ArrayList<>(parent.files());
        files.add(fc.file());
        Map<String, LevelSetting> rules = new LinkedHashMap<>(parent.rules());
        fc.rules().forEach((id, set) -> rules.put(id, new LevelSetting(set.level(), "folder config " + set.where())));
        if (fc.noteTypes().isEmpty()) {
            return new Scope(fc.folder(), files, parent.config(), rules, parent.noteTypes(), parent.types());
        }
        List<NoteTypeSpec> specs = mergeTypes(parent.noteTypes(), fc.noteTypes());
        return new Scope(fc.folder(), files, parent.config(), rules, specs, parent.types().derive(specs));
    }

    /**
     * The folder's entries first, in its file order (an entry named like an inherited one overrides it
     * key by key), then the inherited entries it did not name: deeper types are tried first.
     */
    static List<NoteTypeSpec> mergeTypes(List<NoteTypeSpec> inherited, List<NoteTypeSpec> deeper) {
        Map<String, NoteTypeSpec> byName = new LinkedHashMap<>();
        for (NoteTypeSpec s : inherited) {
            byName.put(s.name().toLowerCase(Locale.ROOT), s);
        }
        List<NoteTypeSpec> out = new ArrayList<>();
        for (NoteTypeSpec d : deeper) {
            NoteTypeSpec same = byName.remove(d.name().toLowerCase(Locale.ROOT));
            out.add(same == null ? d : same.overriddenBy(d));
        }
        out.addAll(byName.values());
        return out;
    }
}
