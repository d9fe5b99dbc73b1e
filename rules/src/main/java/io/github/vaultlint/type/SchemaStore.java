package io.github.vaultlint.type;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.AbsoluteIri;
import com.networknt.schema.JsonMetaSchema;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import com.networknt.schema.resource.InputStreamSource;
import io.github.vaultlint.config.ConfigException;
import io.github.vaultlint.parse.YamlReader;
import io.github.vaultlint.util.FileKind;
import io.github.vaultlint.util.JsonErrors;
import io.github.vaultlint.util.Suggest;
import io.github.vaultlint.util.Utf8;
import io.github.vaultlint.vault.Problem;
import io.github.vaultlint.vault.YamlNode;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Loads JSON Schemas (draft 2020-12, written in YAML or JSON) once per run and compiles them with
 * the networknt validator. Schema files are read here, not by the validator: YAML gets the same
 * YAML 1.2 scalars as frontmatter, every document is checked against the 2020-12 meta-schema and
 * every {@code $ref} is followed up front, so a broken schema stops the run with file, position,
 * pointer and reason instead of failing on the first note. Only local files and the built-in types
 * are read; remote {@code $ref}s are refused.
 */
final class SchemaStore {
    static final String META_SCHEMA = "https://json-schema.org/draft/2020-12/schema";
    static final String BUILTIN_PREFIX = "classpath:io/github/vaultlint/types/";
    /** Jackson, and with it the validator, loads only once a schema is compiled: about 150 ms in a fresh JVM. */
    static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper();
    }

    /** A {@code $ref} split at '#': the document ("" for this one) and the fragment after it ("" for none). */
    private record Ref(String resource, String fragment) {
        static Ref of(String ref) {
            int hash = ref.indexOf('#');
            return hash < 0 ? new Ref(ref, "") : new Ref(ref.substring(0, hash), ref.substring(hash + 1));
        }
    }

    /** A schema document as read from disk or the classpath; {@code plain} is the tree as plain data. */
    record Doc(String iri, String display, YamlNode tree, Object plain) {
        /** The document for Jackson and the full validator. */
        JsonNode json() {
            return Json.MAPPER.valueToTree(plain);
        }
    }

    private final Path vaultRoot;
    private final Map<String, Doc> docs = new HashMap<>();
    private final Map<String, TypeSchema> compiled = new HashMap<>();
    /** Every schema a note type names, compiled or not, in the order named. */
    private final Set<String> named = java.util.concurrent.ConcurrentHashMap.newKeySet(); // read without the store's lock
    /** Created by the first compile (see {@link #factory()}); the store is used under its own lock. */
    private JsonSchemaFactory factory;
    private SchemaValidatorsConfig validatorConfig;
    private JsonSchema metaSchema;

    SchemaStore(Path vaultRoot) {
        this.vaultRoot = vaultRoot.toAbsolutePath().normalize();
    }

    /**
     * The validator, created on first use: a run whose per-note results all come from the cache never
     * compiles a schema, so it never pays for Jackson and the validator.
     */
    private JsonSchemaFactory factory() {
        if (factory == null) {
            // date-time as Obsidian's Date & time property writes it (no seconds, no zone), see DateTimeFormat
            JsonMetaSchema meta = JsonMetaSchema.builder(JsonMetaSchema.getV202012()).format(new DateTimeFormat()).build();
            factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012, b -> b
                    .metaSchema(meta)
                    .jsonMapper(Json.MAPPER)
                    .yamlMapper(Json.MAPPER) // every document is served as JSON, see serve()
                    .schemaLoaders(l -> l.add(this::serve)));
            validatorConfig = SchemaValidatorsConfig.builder()
                    .formatAssertionsEnabled(true)
                    .pathType(PathType.JSON_POINTER)
                    .locale(Locale.ENGLISH)
                    .typeLoose(false)
                    .build();
        }
        return factory;
    }

    /** The IRI of a schema path: relative to the vault root, or to the built-in types folder. */
    String iriOf(String path, String base) {
        if (base != null) {
            return AbsoluteIri.resolve(base, path);
        }
        if (path.matches("[A-Za-z][A-Za-z0-9+.-]+://.*")) {
            return path; // an address such as https://...: refused when read, never resolved as a file name
        }
        return vaultRoot.resolve(path).normalize().toUri().toString();
    }

    /**
     * The compiled schema at {@code iri}, loading it (and everything it references) on first use.
     *
     * @param usedBy who names the schema ("note type \"debrief\" (.vaultlint.yml:4:13)"), for messages
     */
    TypeSchema load(String iri, String usedBy) throws ConfigException {
        TypeSchema cached = compiled.get(iri);
        if (cached != null) {
            return cached;
        }
        Doc doc = document(iri, usedBy);
        checkTree(doc, new ArrayList<>());
        checkCycles(doc);
        try {
            return compile(iri, doc, usedBy);
        } catch (StackOverflowError e) {
            // Cycles are refused above; a schema can still nest (through $refs) deeper than a thread's stack.
            throw new ConfigException(doc.display() + ": invalid JSON Schema: it nests too deeply to compile (a chain of "
                    + "$ref, allOf or nested subschemas thousands of levels deep); flatten it (used by " + usedBy + ")");
        }
    }

    private TypeSchema compile(String iri, Doc doc, String usedBy) throws ConfigException {
        SubsetSchema subset = SubsetSchema.compile(iri, doc.plain(), this::target);
        TypeSchema ts;
        if (subset != null) {
            // The full validator compiles only if a note needs it; the schema is known to be sound by now.
            ts = new TypeSchema(doc.display(), iri, doc.plain(), this::target, subset, () -> {
                synchronized (this) { // NoteTypes uses the store under this lock, rules call in from many threads
                    try {
                        return full(doc, usedBy);
                    } catch (ConfigException e) {
                        throw new IllegalStateException(e.getMessage(), e);
                    }
                }
            });
        } else {
            JsonSchema schema = full(doc, usedBy);
            ts = new TypeSchema(doc.display(), iri, doc.plain(), this::target, null, () -> schema);
        }
        compiled.put(iri, ts);
        return ts;
    }

    private JsonSchema full(Doc doc, String usedBy) throws ConfigException {
        try {
            JsonSchema schema = factory().getSchema(SchemaLocation.of(doc.iri()), validatorConfig);
            schema.initializeValidators();
            return schema;
        } catch (RuntimeException e) {
            throw new ConfigException(doc.display() + ": invalid JSON Schema: " + rootCause(e)
                    + "; fix the schema (used by " + usedBy + ")", e);
        } catch (StackOverflowError e) {
            throw new ConfigException(doc.display() + ": invalid JSON Schema: it nests too deeply to compile; flatten it "
                    + "(used by " + usedBy + ")");
        }
    }

    /** A {@code $ref} from the document at {@code base} as the subset validator needs it; null when it leaves the loaded documents. */
    private SubsetSchema.Target target(String base, String ref) {
        Ref r = Ref.of(ref);
        String resource = r.resource();
        String fragment = r.fragment();
        if (!fragment.isEmpty() && !fragment.startsWith("/")) {
            return null; // an anchor
        }
        String iri;
        try {
            iri = resource.isEmpty() ? base : AbsoluteIri.resolve(base, resource);
        } catch (RuntimeException e) {
            return null;
        }
        Doc doc = docs.get(iri);
        if (doc == null) {
            return null;
        }
        String pointer = Pointers.decodeUri(fragment);
        YamlNode at = pointer.isEmpty() ? doc.tree() : Pointers.find(doc.tree(), pointer);
        return at == null ? null : new SubsetSchema.Target(iri, pointer, at.toPlain());
    }

    /** Records that a note type names the schema at {@code iri}, so {@link #files()} lists it before it is loaded. */
    void name(String iri) {
        named.add(iri);
    }

    /**
     * The schema files the named schemas are and reference, for the result cache's key: found by
     * reading each file's YAML and following its {@code $ref}s as {@link #load} does, without the
     * validator (so without its cost, and without the lock a compile holds). A file that is missing or does not parse is
     * listed and not followed: loading it fails the run anyway. Lists more rather than fewer.
     */
    List<Path> files() {
        java.util.TreeSet<Path> out = new java.util.TreeSet<>();
        java.util.ArrayDeque<String> pending = new java.util.ArrayDeque<>(named);
        java.util.Set<String> seen = new java.util.HashSet<>();
        while (!pending.isEmpty()) {
            String iri = pending.pop();
            if (!iri.startsWith("file:") || !seen.add(iri)) {
                continue; // built-in schemas ship in the jar, whose build is part of the key
            }
            Path p;
            try {
                p = Path.of(URI.create(iri));
            } catch (RuntimeException e) {
                continue;
            }
            if (!insideVault(p)) {
                continue; // never read: loading it fails the run
            }
            out.add(p);
            YamlNode tree;
            try {
                String text = Files.readString(p, StandardCharsets.UTF_8);
                tree = YamlReader.read(iri.toLowerCase(Locale.ROOT).endsWith(".json") ? leadingTabsToSpaces(text) : text).root();
            } catch (IOException | RuntimeException e) {
                tree = null;
            }
            if (tree != null) {
                List<String> refs = new ArrayList<>();
                refs(tree, refs);
                for (String ref : refs) {
                    String resource = Ref.of(ref).resource();
                    if (!resource.isEmpty()) {
                        try {
                            pending.push(AbsoluteIri.resolve(iri, resource));
                        } catch (RuntimeException e) {
                            // not a relative path: loading reports it
                        }
                    }
                }
            }
        }
        return new ArrayList<>(out);
    }

    /** The values of every {@code $ref} and {@code $dynamicRef} outside literal keywords, as {@link #collect} finds them. */
    private static void refs(YamlNode n, List<String> out) {
        if (n == null) {
            return;
        }
        if (n.entries() != null) {
            for (YamlNode.Entry e : n.entries()) {
                String k = e.key();
                if ((k.equals("$ref") || k.equals("$dynamicRef")) && e.value() != null && e.value().value() instanceof String s) {
                    out.add(s);
                } else if (!isLiteralKeyword(k)) {
                    refs(e.value(), out);
                }
            }
        }
        if (n.items() != null) {
            for (YamlNode i : n.items()) {
                refs(i, out);
            }
        }
    }

    /** Reads and meta-validates one document, once. */
    private Doc document(String iri, String usedBy) throws ConfigException {
        Doc doc = docs.get(iri);
        if (doc != null) {
            return doc;
        }
        String display = display(iri);
        String text = readText(iri, display, usedBy);
        boolean json = iri.toLowerCase(Locale.ROOT).endsWith(".json");
        // JSON may be indented with tabs, which YAML rejects: a tab becomes one space, columns stay.
        YamlReader.Parsed parsed = YamlReader.read(json ? leadingTabsToSpaces(text) : text);
        if (parsed.root() == null) {
            if (json) {
                jsonSyntax(text, display); // a .json file's error in JSON's words, where JSON sees it
            }
            Problem p = parsed.problems().get(0);
            throw new ConfigException(display + ":" + p.line() + ":" + p.column() + ": schema file does not parse: "
                    + p.message());
        }
        YamlNode tree = parsed.root();
        doc = new Doc(iri, display, tree, tree.toPlain());
        if (!iri.startsWith(BUILTIN_PREFIX)) { // the jar's own are meta-validated by BuiltinSchemasTest
            metaValidate(doc);
        }
        docs.put(iri, doc);
        return doc;
    }

    /**
     * Throws the JSON parser's error for a .json schema that YAML could not read: "YAML does not
     * parse" about a file written as JSON sent its author to the wrong syntax. Returns when JSON
     * reads it (the YAML message stands then).
     */
    private static void jsonSyntax(String text, String display) throws ConfigException {
        try {
            Json.MAPPER.readTree(text);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new ConfigException(display + ":" + JsonErrors.line(e) + ":" + JsonErrors.column(e)
                    + ": schema file is not valid JSON (" + JsonErrors.reason(e) + "); fix the JSON syntax at this position");
        }
    }

    private String readText(String iri, String display, String usedBy) throws ConfigException {
        if (iri.startsWith("classpath:")) {
            String name = iri.substring("classpath:".length());
            try (InputStream in = SchemaStore.class.getClassLoader().getResourceAsStream(name)) {
                if (in == null) {
                    throw new ConfigException(display + ": built-in schema is missing from the vaultlint jar (used by " + usedBy + ")");
                }
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new ConfigException(display + ": cannot read built-in schema: " + e.getMessage(), e);
            }
        }
        if (!iri.startsWith("file:")) {
            throw new ConfigException("schema " + iri + " (used by " + usedBy + ") is not a local file; vaultlint does not "
                    + "download schemas: copy it into the vault and refer to it by a relative path");
        }
        Path p = Path.of(URI.create(iri));
        if (!insideVault(p)) {
            throw new ConfigException("schema file " + display + " (used by " + usedBy + ") is outside the vault " + vaultRoot
                    + "; vaultlint reads schemas only from inside the vault: move the file into it and give its path "
                    + "relative to the vault root");
        }
        if (Files.isDirectory(p)) {
            throw new ConfigException("schema file " + display + " (used by " + usedBy + ") is a folder, not a file"
                    + filesIn(p) + "; name the schema file itself (schema paths are relative to the vault root)");
        }
        FileKind kind = FileKind.of(p);
        if (kind == FileKind.SPECIAL || kind == FileKind.DANGLING_LINK) {
            // There, but no file: "does not exist (did you mean" the same name) misled, and a pipe would hang.
            throw new ConfigException("schema file " + display + (kind == FileKind.SPECIAL
                    ? " is not a regular file (a named pipe, socket or device) (used by " + usedBy + "); replace it with the schema file"
                    : " is a symbolic link to " + FileKind.linkTarget(p) + ", which does not exist (used by " + usedBy + "); "
                    + "point the link at the schema file or fix the path"));
        }
        if (!Files.isRegularFile(p)) {
            throw new ConfigException("schema file " + display + " does not exist (used by " + usedBy + "; looked for " + p + ")"
                    + nearby(p) + "; create it or fix the path (schema paths are relative to the vault root)");
        }
        try {
            return Utf8.read(p);
        } catch (Utf8.MalformedException e) {
            throw new ConfigException(display + ":" + e.line() + ":" + e.column() + ": schema file is not valid UTF-8 (" + e.where()
                    + "); save it as UTF-8");
        } catch (IOException e) {
            throw new ConfigException(display + ": cannot read schema file (" + e.getMessage() + ")", e);
        }
    }

    /**
     * Whether {@code p} is in the vault, also after following symbolic links: a schema path or
     * {@code $ref} to {@code /etc/passwd} or {@code ../../secret} is never read (its text would
     * end up in the error message, and in the build log).
     */
    private boolean insideVault(Path p) {
        Path n = p.toAbsolutePath().normalize();
        if (!n.startsWith(vaultRoot)) {
            return false;
        }
        try {
            return !Files.exists(n) || n.toRealPath().startsWith(vaultRoot.toRealPath());
        } catch (IOException e) {
            return false;
        }
    }

    /** " (it holds a.yaml, b.json)": the schema files in a folder named where a file was expected. */
    private static String filesIn(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            List<String> names = s.map(f -> f.getFileName().toString())
                    .filter(n -> n.toLowerCase(Locale.ROOT).matches(".*\\.(ya?ml|json)")).sorted().limit(5).toList();
            return names.isEmpty() ? "" : " (it holds " + String.join(", ", names) + ")";
        } catch (IOException e) {
            return "";
        }
    }

    /** " (did you mean ...)" from the schema files next to the missing one. */
    private static String nearby(Path p) {
        Path dir = p.getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            return "";
        }
        try (Stream<Path> s = Files.list(dir)) {
            List<String> names = s.map(f -> f.getFileName().toString()).toList();
            return Suggest.didYouMean(p.getFileName().toString(), names);
        } catch (IOException e) {
            return "";
        }
    }

    private void metaValidate(Doc doc) throws ConfigException {
        JsonNode json = doc.json();
        JsonNode declared = json.get("$schema");
        if (declared != null && !(declared.isTextual() && declared.asText().replaceAll("#$", "").equals(META_SCHEMA))) {
            YamlNode at = Pointers.find(doc.tree(), "/$schema");
            throw new ConfigException(doc.display() + pos(at) + ": invalid JSON Schema at /$schema: "
                    + declared + " is not supported; vaultlint reads JSON Schema draft 2020-12, so set $schema: "
                    + META_SCHEMA + " or remove it");
        }
        if (metaSchema == null) {
            metaSchema = factory().getSchema(SchemaLocation.of(META_SCHEMA), validatorConfig);
        }
        List<ValidationMessage> errors = new ArrayList<>(metaSchema.validate(json));
        if (errors.isEmpty()) {
            SchemaKeywords.Unknown u = SchemaKeywords.firstUnknown(json);
            if (u != null) {
                // Positioned on the key itself: the value may be a whole block.
                List<String> segs = Pointers.segments(u.pointer());
                YamlNode.Entry e = Pointers.entry(doc.tree(), segs);
                String at = e == null ? "" : ":" + e.line() + ":" + e.column();
                throw new ConfigException(doc.display() + at + ": invalid JSON Schema at " + u.pointer() + ": " + u.message());
            }
            return;
        }
        // One problem per location; where anyOf alternatives disagree, the value-level one (enum, ...) reads best.
        errors.sort(Comparator.comparing((ValidationMessage m) -> m.getInstanceLocation().toString())
                .thenComparing(m -> "type".equals(m.getType()))
                .thenComparing(ValidationMessage::getMessage));
        ValidationMessage first = errors.get(0);
        String pointer = first.getInstanceLocation().toString();
        long others = errors.stream().map(m -> m.getInstanceLocation().toString()).distinct().count() - 1;
        YamlNode at = Pointers.find(doc.tree(), pointer);
        throw new ConfigException(doc.display() + pos(at) + ": invalid JSON Schema at " + (pointer.isEmpty() ? "/" : pointer)
                + ": " + SchemaMessages.reason(ValidatorFailures.of(first), null,
                        TypeSchema.written(doc.tree(), Pointers.segments(pointer)))
                + (others > 0 ? " (and " + others + " more problem(s) elsewhere in the file)" : "")
                + "; fix the schema (draft 2020-12)");
    }

    /** Follows every {@code $ref} and rejects {@code $id}, so all referenced files are loaded and checked now. */
    private void checkTree(Doc doc, List<String> visiting) throws ConfigException {
        if (visiting.contains(doc.iri())) {
            return;
        }
        visiting.add(doc.iri());
        List<String[]> refs = new ArrayList<>(); // {pointer of the $ref, value}
        collect(doc.plain(), "", refs, doc);
        for (String[] ref : refs) {
            checkRef(doc, ref[0], ref[1], visiting);
        }
    }

    /** Keywords whose subschemas apply to the same value as the schema holding them (no step into the data). */
    private static final Set<String> IN_PLACE_LISTS = Set.of("allOf", "anyOf", "oneOf");
    private static final Set<String> IN_PLACE_ONE = Set.of("not", "if", "then", "else");

    /** A schema location: document, JSON pointer in it, and the schema there (plain data). */
    private record Loc(String iri, String pointer, Object schema) {
        String key() {
            return iri + "#" + pointer;
        }
    }

    /**
     * Refuses a {@code $ref} cycle that never steps into the data: {@code loop: {$ref: "#/$defs/loop"}}, or
     * a.yaml -> b.yaml -> a.yaml, also through allOf, anyOf, oneOf, not, if/then/else and
     * dependentSchemas. A validator following such a cycle recurses until its stack overflows, so it
     * is a schema error, found here before anything compiles. Recursion through properties or items
     * (a tree of nested values) is fine: each step checks a deeper value. An explicit stack, not
     * recursion, so a long chain of $refs cannot overflow this check either.
     */
    private void checkCycles(Doc doc) throws ConfigException {
        Map<String, Boolean> state = new HashMap<>(); // false: on the current path, true: done
        List<Loc> starts = new ArrayList<>();
        schemaLocations(doc.iri(), "", doc.plain(), starts);
        for (Loc start : starts) {
            if (state.containsKey(start.key())) {
                continue;
            }
            // Frames of an iterative depth-first walk: the location, its in-place edges and the next edge to take.
            List<Loc> path = new ArrayList<>();
            List<List<String[]>> edgesOf = new ArrayList<>(); // {target iri, target pointer, pointer of the $ref or null}
            List<Integer> next = new ArrayList<>();
            path.add(start);
            edgesOf.add(inPlaceEdges(start));
            next.add(0);
            state.put(start.key(), false);
            while (!path.isEmpty()) {
                int top = path.size() - 1;
                List<String[]> edges = edgesOf.get(top);
                int i = next.get(top);
                if (i >= edges.size()) {
                    state.put(path.get(top).key(), true);
                    path.remove(top);
                    edgesOf.remove(top);
                    next.remove(top);
                    continue;
                }
                next.set(top, i + 1);
                String[] edge = edges.get(i);
                Loc target = location(edge[0], edge[1]);
                if (target == null) {
                    continue; // an anchor, a meta-schema or a missing pointer: checked elsewhere
                }
                Boolean s = state.get(target.key());
                if (s == null) {
                    state.put(target.key(), false);
                    path.add(target);
                    edgesOf.add(inPlaceEdges(target));
                    next.add(0);
                } else if (!s) {
                    throw cycle(path, target, path.get(top), edge[2]);
                }
            }
        }
    }

    private ConfigException cycle(List<Loc> path, Loc target, Loc from, String refPointer) {
        int first = 0;
        while (!path.get(first).key().equals(target.key())) {
            first++;
        }
        boolean oneDoc = true;
        for (int k = first; k < path.size(); k++) {
            oneDoc &= path.get(k).iri().equals(from.iri());
        }
        String here = oneDoc ? from.iri() : null; // across files every step names its file
        List<String> chain = new ArrayList<>();
        for (int k = first; k < path.size(); k++) {
            chain.add(shortName(path.get(k), here));
        }
        chain.add(shortName(target, here));
        Doc d = docs.get(from.iri());
        String pointer = refPointer != null ? refPointer : from.pointer();
        String at = d == null ? display(from.iri()) : d.display() + pos(Pointers.find(d.tree(), pointer));
        return new ConfigException(at + ": invalid JSON Schema at " + (pointer.isEmpty() ? "/" : pointer)
                + ": $ref cycle " + String.join(" -> ", chain) + " never reaches a schema that checks a value, so a "
                + "validator would follow it forever; point one of these $refs at a real schema (type, properties, ...) "
                + "or remove it");
    }

    /** "/$defs/loop", or "b.yaml#/$defs/x" for a location in another document than {@code here}. */
    private String shortName(Loc l, String here) {
        String p = l.pointer().isEmpty() ? "#" : l.pointer();
        if (l.iri().equals(here)) {
            return p;
        }
        String d = display(l.iri());
        int slash = d.lastIndexOf('/');
        return (slash >= 0 ? d.substring(slash + 1) : d) + (l.pointer().isEmpty() ? "" : "#" + l.pointer());
    }

    /** Every mapping of a document outside literal keywords: each may be a schema someone $refs. */
    private static void schemaLocations(String iri, String pointer, Object n, List<Loc> out) {
        if (n instanceof Map<?, ?> m) {
            out.add(new Loc(iri, pointer, n));
            for (Map.Entry<?, ?> e : m.entrySet()) {
                String key = String.valueOf(e.getKey());
                if (!isLiteralKeyword(key)) {
                    schemaLocations(iri, pointer + "/" + Pointers.escape(key), e.getValue(), out);
                }
            }
        } else if (n instanceof List<?> l) {
            for (int i = 0; i < l.size(); i++) {
                schemaLocations(iri, pointer + "/" + i, l.get(i), out);
            }
        }
    }

    /** The schemas {@code l} applies to the same value it is given: its $ref and in-place applicators. */
    private List<String[]> inPlaceEdges(Loc l) {
        List<String[]> out = new ArrayList<>();
        if (!(l.schema() instanceof Map<?, ?> m)) {
            return out;
        }
        for (Map.Entry<?, ?> e : m.entrySet()) {
            String k = String.valueOf(e.getKey());
            String at = l.pointer() + "/" + Pointers.escape(k);
            Object v = e.getValue();
            if ((k.equals("$ref") || k.equals("$dynamicRef")) && v instanceof String ref) {
                Ref r = Ref.of(ref);
                if (!r.fragment().isEmpty() && !r.fragment().startsWith("/")) {
                    continue; // an anchor
                }
                String iri;
                try {
                    iri = r.resource().isEmpty() ? l.iri() : AbsoluteIri.resolve(l.iri(), r.resource());
                } catch (RuntimeException ex) {
                    continue;
                }
                out.add(new String[] {iri, Pointers.decodeUri(r.fragment()), at});
            } else if (IN_PLACE_LISTS.contains(k) && v instanceof List<?> items) {
                for (int i = 0; i < items.size(); i++) {
                    out.add(new String[] {l.iri(), at + "/" + i, null});
                }
            } else if (IN_PLACE_ONE.contains(k)) {
                out.add(new String[] {l.iri(), at, null});
            } else if (k.equals("dependentSchemas") && v instanceof Map<?, ?> deps) {
                for (Object name : deps.keySet()) {
                    out.add(new String[] {l.iri(), at + "/" + Pointers.escape(String.valueOf(name)), null});
                }
            }
        }
        return out;
    }

    /** The schema at {@code pointer} of a loaded document, or null. */
    private Loc location(String iri, String pointer) {
        Doc d = docs.get(iri);
        if (d == null) {
            return null;
        }
        Object at = d.plain();
        if (!pointer.isEmpty()) {
            YamlNode n = Pointers.find(d.tree(), pointer);
            if (n == null) {
                return null;
            }
            at = n.toPlain();
        }
        return new Loc(iri, pointer, at);
    }

    private void collect(Object n, String pointer, List<String[]> refs, Doc doc) throws ConfigException {
        if (n instanceof Map<?, ?> m) {
            for (Map.Entry<?, ?> e : m.entrySet()) {
                String key = String.valueOf(e.getKey());
                String p = pointer + "/" + Pointers.escape(key);
                if ((key.equals("$ref") || key.equals("$dynamicRef")) && e.getValue() instanceof String ref) {
                    refs.add(new String[] {p, ref});
                } else if (key.equals("$id") && e.getValue() instanceof String id && !id.startsWith("#")) {
                    throw new ConfigException(doc.display() + pos(Pointers.find(doc.tree(), p)) + ": invalid JSON Schema at " + p
                            + ": $id changes the base that relative $refs resolve against; remove it (vaultlint resolves "
                            + "$ref relative to the schema file)");
                }
                if (!isLiteralKeyword(key)) {
                    collect(e.getValue(), p, refs, doc);
                }
            }
        } else if (n instanceof List<?> l) {
            for (int i = 0; i < l.size(); i++) {
                collect(l.get(i), pointer + "/" + i, refs, doc);
            }
        }
    }

    /** Keywords whose values are data, not subschemas. */
    private static final Set<String> LITERAL_KEYWORDS = Set.of("enum", "const", "default", "examples", "required",
            "dependentRequired");

    private static boolean isLiteralKeyword(String key) {
        return LITERAL_KEYWORDS.contains(key);
    }

    private void checkRef(Doc doc, String refPointer, String ref, List<String> visiting) throws ConfigException {
        String where = doc.display() + pos(Pointers.find(doc.tree(), refPointer));
        Ref r = Ref.of(ref);
        String resource = r.resource();
        String fragment = r.fragment();
        Doc target;
        if (resource.isEmpty()) {
            target = doc;
        } else {
            String iri = AbsoluteIri.resolve(doc.iri(), resource);
            if (iri.startsWith("https://json-schema.org/") || iri.startsWith("http://json-schema.org/")) {
                return; // the meta-schemas ship inside the validator
            }
            if (!iri.startsWith("file:") && !iri.startsWith("classpath:")) {
                throw new ConfigException(where + ": $ref \"" + ref + "\" at " + refPointer + " points outside the local files; "
                        + "vaultlint does not download schemas: copy it into the vault and $ref it by a relative path");
            }
            if (iri.startsWith("file:") && !insideVault(Path.of(URI.create(iri)))) {
                throw new ConfigException(where + ": $ref \"" + ref + "\" at " + refPointer + " points outside the vault ("
                        + Path.of(URI.create(iri)).normalize() + "); vaultlint reads schemas only from inside the vault: "
                        + "move the file into it and $ref it by a relative path");
            }
            if (iri.startsWith("file:") && !Files.isRegularFile(Path.of(URI.create(iri)))) {
                Path missing = Path.of(URI.create(iri));
                throw new ConfigException(where + ": $ref \"" + ref + "\" at " + refPointer + " names a file that does not exist ("
                        + missing + ")" + nearby(missing) + "; $ref paths are relative to the schema file that contains them");
            }
            target = document(iri, doc.display());
            checkTree(target, visiting);
        }
        if (fragment.startsWith("/") && Pointers.find(target.tree(), Pointers.decodeUri(fragment)) == null) {
            throw new ConfigException(where + ": $ref \"" + ref + "\" at " + refPointer + ": " + target.display()
                    + " has nothing at " + fragment + Pointers.suggest(target.tree(), Pointers.decodeUri(fragment))
                    + "; fix the pointer after '#'");
        }
    }

    /** Serves a document to the validator: ours as JSON, meta-schemas from its jar, nothing remote. */
    private InputStreamSource serve(AbsoluteIri absoluteIri) {
        String iri = absoluteIri.toString();
        Doc doc = docs.get(iri);
        if (doc != null) {
            return () -> new ByteArrayInputStream(Json.MAPPER.writeValueAsBytes(doc.json()));
        }
        if (iri.startsWith("classpath:")) {
            String name = iri.substring("classpath:".length());
            return () -> {
                InputStream in = JsonSchemaFactory.class.getClassLoader().getResourceAsStream(name);
                if (in == null) {
                    throw new IOException("no such schema " + iri);
                }
                return in;
            };
        }
        return () -> {
            throw new IOException("vaultlint does not load " + iri + "; only schema files in the vault are read");
        };
    }

    String display(String iri) {
        if (iri.startsWith(BUILTIN_PREFIX)) {
            return "built-in " + iri.substring(BUILTIN_PREFIX.length());
        }
        if (iri.startsWith("file:")) {
            Path p = Path.of(URI.create(iri)).normalize();
            return p.startsWith(vaultRoot) ? vaultRoot.relativize(p).toString().replace('\\', '/') : p.toString();
        }
        return iri;
    }

    private static String pos(YamlNode n) {
        return n == null ? "" : ":" + n.line() + ":" + n.column();
    }

    private static String leadingTabsToSpaces(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        boolean lineStart = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                lineStart = true;
            } else if (c == '\t' && lineStart) {
                c = ' ';
            } else if (c != ' ' && c != '\r') {
                lineStart = false;
            }
            sb.append(c);
        }
        return sb.toString();
    }

    private static String rootCause(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String m = t.getMessage();
        return m == null ? t.getClass().getSimpleName() : m;
    }
}
