package org.sotcourseware.authoring;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.sotcourseware.content.ContentTree;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** SQL for content files, their revisions and publications. */
@Repository
class ContentStore {

    private final JdbcClient jdbc;

    ContentStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A file with what the tree and the editor need to know about its head and published revisions. */
    record FileRow(String path, long head, @Nullable Long published, @Nullable String diskSha, @Nullable Long incoming,
                   Instant updatedAt, @Nullable String headSha, String headOrigin, @Nullable String publishedSha,
                   @Nullable String publishedOrigin, @Nullable String incomingSha) {

        boolean hasDraft() {
            return published == null || head != published;
        }

        boolean headDeleted() {
            return headSha == null;
        }

        boolean publishedLive() {
            return published != null && publishedSha != null;
        }

        /**
         * Nobody has changed it in the app: it still follows content/ at start-up (also after the folder
         * removed it, so a file put back is published again).
         */
        boolean diskManaged() {
            return published != null && head == published && "DISK".equals(publishedOrigin);
        }
    }

    record RevisionRow(long id, String path, byte @Nullable [] body, @Nullable String sha, String origin, @Nullable Long authorId,
                       String authorName, Instant createdAt, @Nullable String message, @Nullable Long parentId) {
    }

    record PublicationRow(long revisionId, String kind, String publisherName, Instant at, @Nullable String message) {
    }

    private static final String FILE_SELECT = "select f.path, f.head_revision, f.published_revision, f.disk_sha, f.incoming_revision, "
            + "f.updated_at, h.sha256, h.origin, p.sha256, p.origin, i.sha256 from content_file f "
            + "join content_revision h on h.id = f.head_revision "
            + "left join content_revision p on p.id = f.published_revision "
            + "left join content_revision i on i.id = f.incoming_revision ";

    List<FileRow> files() {
        return jdbc.sql(FILE_SELECT + "order by f.path").query(ContentStore::fileRow).list();
    }

    Optional<FileRow> file(String path) {
        return jdbc.sql(FILE_SELECT + "where f.path = ?").param(path).query(ContentStore::fileRow).optional();
    }

    /** Locks the file's row until the transaction ends (publishing, saving). */
    Optional<FileRow> lock(String path) {
        List<String> locked = jdbc.sql("select path from content_file where path = ? for update").param(path).query(String.class).list();
        return locked.isEmpty() ? Optional.empty() : file(path);
    }

    long insertRevision(String path, byte @Nullable [] body, String origin, @Nullable Long authorId, String authorName, Instant at,
                        @Nullable String message, @Nullable Long parentId) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("insert into content_revision (path, body, sha256, origin, author_id, author_name, created_at, message, parent_id) "
                        + "values (?,?,?,?,?,?,?,?,?)")
                .params(path, body, body == null ? null : ContentTree.sha256(body), origin, authorId, authorName, Timestamp.from(at),
                        message == null || message.isBlank() ? null : clip(message.strip(), 1000), parentId)
                .update(keys, "id");
        return Objects.requireNonNull(keys.getKey(), "generated id").longValue();
    }

    void insertFile(String path, long head, @Nullable Long published, @Nullable String diskSha, Instant at) {
        jdbc.sql("insert into content_file (path, head_revision, published_revision, disk_sha, updated_at) values (?,?,?,?,?)")
                .params(path, head, published, diskSha, Timestamp.from(at)).update();
    }

    /** Moves the head from {@code expected} to {@code head}; false when someone else moved it first. */
    boolean moveHead(String path, long expected, long head, Instant at) {
        return jdbc.sql("update content_file set head_revision = ?, updated_at = ? where path = ? and head_revision = ?")
                .params(head, Timestamp.from(at), path, expected).update() == 1;
    }

    void setHead(String path, long head, Instant at) {
        jdbc.sql("update content_file set head_revision = ?, updated_at = ? where path = ?").params(head, Timestamp.from(at), path).update();
    }

    void publish(String path, long revision, String kind, @Nullable Long by, String byName, Instant at) {
        publish(path, revision, kind, by, byName, at, null);
    }

    /** As {@link #publish(String, long, String, Long, String, Instant)}, with the publisher's "what changed" note. */
    void publish(String path, long revision, String kind, @Nullable Long by, String byName, Instant at, @Nullable String message) {
        jdbc.sql("update content_file set published_revision = ?, updated_at = ? where path = ?").params(revision, Timestamp.from(at), path).update();
        jdbc.sql("insert into content_publication (path, revision_id, kind, published_by, publisher_name, published_at, message) "
                        + "values (?,?,?,?,?,?,?)")
                .params(path, revision, kind, by, byName, Timestamp.from(at), message == null || message.isBlank() ? null : message.strip()).update();
    }

    void setDiskSha(String path, @Nullable String sha) {
        jdbc.sql("update content_file set disk_sha = ? where path = ?").params(sha, path).update();
    }

    void setIncoming(String path, @Nullable Long revision) {
        jdbc.sql("update content_file set incoming_revision = ? where path = ?").params(revision, path).update();
    }

    Optional<RevisionRow> revision(long id) {
        return jdbc.sql("select id, path, body, sha256, origin, author_id, author_name, created_at, message, parent_id "
                + "from content_revision where id = ?").param(id).query(ContentStore::revisionRow).optional();
    }

    /** A file's revisions, newest first, without bodies. */
    List<RevisionRow> history(String path) {
        return jdbc.sql("select id, path, null, sha256, origin, author_id, author_name, created_at, message, parent_id "
                + "from content_revision where path = ? order by id desc").param(path).query(ContentStore::revisionRow).list();
    }

    List<PublicationRow> publications(String path) {
        return jdbc.sql("select revision_id, kind, publisher_name, published_at, message from content_publication where path = ? order by id desc")
                .param(path).query((rs, i) -> new PublicationRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getTimestamp(4).toInstant(),
                        rs.getString(5)))
                .list();
    }

    /** Every published, not deleted file's body by path. */
    /**
     * A cheap fingerprint of every publication so far (their number and the newest id): it changes with each
     * publish, import, rollback or content-folder sync committed by any node. The count catches a publication
     * whose id is lower than one committed before it.
     */
    String publicationMarker() {
        return jdbc.sql("select count(*), coalesce(max(id), 0) from content_publication")
                .query((rs, n) -> rs.getLong(1) + ":" + rs.getLong(2)).single();
    }

    Map<String, byte[]> publishedBodies() {
        Map<String, byte[]> out = new LinkedHashMap<>();
        jdbc.sql("select f.path, r.body from content_file f join content_revision r on r.id = f.published_revision "
                + "where r.body is not null order by f.path").query(rs -> {
            out.put(rs.getString(1), rs.getBytes(2));
        });
        return out;
    }

    /** The head bodies of files whose head differs from their published revision (null body: deleted in the draft). */
    Map<String, byte @Nullable []> draftBodies() {
        Map<String, byte[]> out = new LinkedHashMap<>();
        jdbc.sql("select f.path, r.body from content_file f join content_revision r on r.id = f.head_revision "
                + "where f.published_revision is null or f.published_revision <> f.head_revision order by f.path").query(rs -> {
            out.put(rs.getString(1), rs.getBytes(2));
        });
        return out;
    }

    boolean isEmpty() {
        return jdbc.sql("select count(*) from content_file").query(Long.class).single() == 0;
    }

    private static FileRow fileRow(ResultSet rs, int i) throws SQLException {
        return new FileRow(rs.getString(1), rs.getLong(2), (Long) rs.getObject(3), rs.getString(4), (Long) rs.getObject(5),
                rs.getTimestamp(6).toInstant(), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10), rs.getString(11));
    }

    private static RevisionRow revisionRow(ResultSet rs, int i) throws SQLException {
        return new RevisionRow(rs.getLong(1), rs.getString(2), rs.getBytes(3), rs.getString(4), rs.getString(5), (Long) rs.getObject(6),
                rs.getString(7), rs.getTimestamp(8).toInstant(), rs.getString(9), (Long) rs.getObject(10));
    }

    private static String clip(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
