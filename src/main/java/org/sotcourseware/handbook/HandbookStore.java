package org.sotcourseware.handbook;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for the handbook cache: one PDF per module and content version, in the database every node shares. */
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

    /**
     * Keeps a freshly built handbook and drops the module's handbooks of older versions. False when another
     * node (or thread) stored this version first: its copy is kept, the same content rendered the same way.
     */
    boolean save(String moduleId, String version, byte[] pdf, int pages, long buildMillis, Instant at) {
        try {
            jdbc.sql("insert into handbook_pdf (module_id, content_version, pdf, pages, size_bytes, build_ms, built_at) values (?,?,?,?,?,?,?)")
                    .params(moduleId, version, pdf, pages, (long) pdf.length, buildMillis, Timestamp.from(at)).update();
        } catch (DuplicateKeyException e) {
            return false;
        }
        jdbc.sql("delete from handbook_pdf where module_id = ? and content_version <> ?").params(moduleId, version).update();
        return true;
    }
}
