package org.sotcourseware.handbook;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.sotcourseware.base.Locales;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * SQL for the handbook cache: one PDF per module, content version and interface language, in the database every node
 * shares. The English handbook is stored under the content version itself; one in another language under a key made
 * from the version and the language ({@link #key}), so the table keeps its shape.
 */
@Repository
class HandbookStore {

    /** A stored handbook without its bytes. */
    record Meta(int pages, long bytes, long buildMillis, Instant builtAt) {
    }

    private final JdbcClient jdbc;

    HandbookStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Meta> meta(String moduleId, String version) {
        return jdbc.sql("select pages, size_bytes, build_ms, built_at from handbook_pdf where module_id = ? and content_version = ?")
                .params(moduleId, version)
                .query((rs, i) -> new Meta(rs.getInt(1), rs.getLong(2), rs.getLong(3), rs.getTimestamp(4).toInstant()))
                .optional();
    }

    Optional<byte[]> pdf(String moduleId, String version) {
        return jdbc.sql("select pdf from handbook_pdf where module_id = ? and content_version = ?")
                .params(moduleId, version)
                .query((rs, i) -> rs.getBytes(1))
                .optional();
    }

    /** The stored key of the handbook of {@code version} in {@code language}: the version itself for English. */
    static String key(String version, Locale language) {
        Locale l = Locales.closest(language);
        if (l.getLanguage().equals(Locale.ENGLISH.getLanguage())) {
            return version;
        }
        try {
            byte[] hash = MessageDigest.getInstance("SHA-1").digest((version + "/" + l.toLanguageTag()).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is part of every Java runtime", e);
        }
    }

    /**
     * Keeps a freshly built handbook and drops the module's handbooks of older versions. False when another
     * node (or thread) stored this version first: its copy is kept, the same content rendered the same way.
     */
    boolean save(String moduleId, String version, byte[] pdf, int pages, long buildMillis, Instant at) {
        return save(moduleId, version, Locale.ENGLISH, pdf, pages, buildMillis, at);
    }

    /** {@link #save(String, String, byte[], int, long, Instant)} for the handbook in {@code language}; other languages' copies of the version stay. */
    boolean save(String moduleId, String version, Locale language, byte[] pdf, int pages, long buildMillis, Instant at) {
        try {
            jdbc.sql("insert into handbook_pdf (module_id, content_version, pdf, pages, size_bytes, build_ms, built_at) values (?,?,?,?,?,?,?)")
                    .params(moduleId, key(version, language), pdf, pages, (long) pdf.length, buildMillis, Timestamp.from(at)).update();
        } catch (DuplicateKeyException e) {
            return false;
        }
        List<String> current = Locales.SUPPORTED.stream().map(l -> key(version, l)).distinct().toList();
        jdbc.sql("delete from handbook_pdf where module_id = :module and content_version not in (:current)")
                .param("module", moduleId).param("current", current).update();
        return true;
    }
}
