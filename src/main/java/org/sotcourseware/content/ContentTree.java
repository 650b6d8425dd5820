package org.sotcourseware.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.sotcourseware.content.internal.ContentLoader;

/**
 * A content folder as an immutable, in-memory snapshot: relative paths ({@code /}-separated, e.g.
 * {@code category-one/lessons/01-intro.md}) to their bytes. The loader, the checker, the authoring
 * editor's validation (a published tree with one file replaced) and zip import all read content through
 * it, so they cannot disagree about what a folder holds.
 */
public final class ContentTree {

    private final TreeMap<String, byte[]> files;
    private final String origin;
    private volatile @Nullable String version;

    private ContentTree(TreeMap<String, byte[]> files, String origin) {
        this.files = files;
        this.origin = origin;
    }

    /** Reads every regular file under {@code folder}, skipping hidden files and folders (names starting with a dot). */
    public static ContentTree read(Path folder) {
        Path base = folder.toAbsolutePath().normalize();
        TreeMap<String, byte[]> files = new TreeMap<>();
        if (Files.isDirectory(base)) {
            try (Stream<Path> walk = Files.walk(base)) {
                for (Path f : walk.filter(Files::isRegularFile).toList()) {
                    String rel = base.relativize(f).toString().replace('\\', '/');
                    if (hidden(rel)) {
                        continue;
                    }
                    files.put(rel, Files.readAllBytes(f));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new ContentTree(files, base.toString());
    }

    /** A tree from file contents by relative path. */
    public static ContentTree of(Map<String, byte[]> files, String origin) {
        TreeMap<String, byte[]> copy = new TreeMap<>();
        files.forEach((path, body) -> copy.put(normalise(path), body.clone()));
        return new ContentTree(copy, origin);
    }

    /** This tree with one file replaced, added ({@code body} non-null) or removed ({@code body} null). */
    public ContentTree with(String path, byte @Nullable [] body) {
        TreeMap<String, byte[]> copy = new TreeMap<>(files);
        if (body == null) {
            copy.remove(normalise(path));
        } else {
            copy.put(normalise(path), body.clone());
        }
        return new ContentTree(copy, origin);
    }

    /** This tree with several files replaced (non-null) or removed (null). */
    public ContentTree with(Map<String, byte @Nullable []> changes) {
        TreeMap<String, byte[]> copy = new TreeMap<>(files);
        changes.forEach((path, body) -> {
            if (body == null) {
                copy.remove(normalise(path));
            } else {
                copy.put(normalise(path), body.clone());
            }
        });
        return new ContentTree(copy, origin);
    }

    /** Where the tree came from, for messages (a folder, "database", an uploaded zip). */
    public String origin() {
        return origin;
    }

    /** Every file's relative path, sorted. */
    public List<String> paths() {
        return List.copyOf(files.keySet());
    }

    public boolean isEmpty() {
        return files.isEmpty();
    }

    public boolean isFile(String path) {
        return files.containsKey(normalise(path));
    }

    /** Whether any file lies under {@code dir}. */
    public boolean isDirectory(String dir) {
        String prefix = normalise(dir) + "/";
        String next = files.ceilingKey(prefix);
        return next != null && next.startsWith(prefix);
    }

    /** The names of the files directly inside {@code dir} (not in sub-folders), sorted. */
    public List<String> filesIn(String dir) {
        String prefix = dir.isEmpty() ? "" : normalise(dir) + "/";
        return files.subMap(prefix, prefix + Character.MAX_VALUE).keySet().stream()
                .map(p -> p.substring(prefix.length()))
                .filter(n -> !n.contains("/"))
                .toList();
    }

    /** The names of the folders directly inside the root, sorted. */
    public List<String> topFolders() {
        return files.keySet().stream().filter(p -> p.contains("/")).map(p -> p.substring(0, p.indexOf('/'))).distinct().toList();
    }

    public Optional<byte[]> read(String path) {
        byte[] b = files.get(normalise(path));
        return b == null ? Optional.empty() : Optional.of(b.clone());
    }

    /** The files as a read-only map (the arrays must not be changed). */
    public Map<String, byte[]> asMap() {
        return Collections.unmodifiableMap(files);
    }

    private final ConcurrentHashMap<String, String> imageSets = new ConcurrentHashMap<>();

    /**
     * A hash over the paths of the image files under {@code folder}: two trees with the same value resolve
     * the same image references the same way (for render caches).
     */
    public String imageSet(String folder) {
        return imageSets.computeIfAbsent(folder, f -> {
            StringBuilder sb = new StringBuilder();
            String prefix = f + "/";
            files.subMap(prefix, prefix + Character.MAX_VALUE).keySet().stream()
                    .filter(ContentLoader::isImage).forEach(p -> sb.append(p).append('\n'));
            return sha256(sb.toString().getBytes(StandardCharsets.UTF_8)).substring(0, 16);
        });
    }

    private final ConcurrentHashMap<String, Object> derived = new ConcurrentHashMap<>();

    /**
     * A value computed from this (immutable) tree once and kept with it, by name: for facts several readers
     * need, such as the ids of the files that links point at.
     */
    @SuppressWarnings("unchecked")
    public <T> T derived(String name, Function<ContentTree, T> compute) {
        return (T) derived.computeIfAbsent(name, k -> compute.apply(this));
    }

    /** A hash over every file's path and bytes: equal hashes mean equal content. */
    public String version() {
        String v = version;
        if (v == null) {
            try {
                MessageDigest md = MessageDigest.getInstance("SHA-256");
                for (var e : files.entrySet()) {
                    md.update(e.getKey().getBytes(StandardCharsets.UTF_8));
                    md.update((byte) 0);
                    md.update(e.getValue());
                }
                v = HexFormat.of().formatHex(md.digest()).substring(0, 16);
                version = v;
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
        return v;
    }

    /** The SHA-256 of some bytes, as 64 hex digits. */
    public static String sha256(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A safe relative path: forward slashes, no leading slash, no empty, "." or ".." segments, no
     * backslashes or control characters. Throws IllegalArgumentException otherwise.
     */
    public static String normalise(String path) {
        String p = path.replace('\\', '/');
        while (p.startsWith("./")) {
            p = p.substring(2);
        }
        if (p.isEmpty() || p.startsWith("/") || p.endsWith("/") || p.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            throw new IllegalArgumentException("'" + path + "' is not a relative file path");
        }
        for (String seg : p.split("/")) {
            if (seg.isEmpty() || seg.equals(".") || seg.equals("..")) {
                throw new IllegalArgumentException("'" + path + "' is not a relative file path");
            }
        }
        return p;
    }

    static boolean hidden(String rel) {
        for (String seg : rel.split("/")) {
            if (seg.startsWith(".")) {
                return true;
            }
        }
        return false;
    }
}
