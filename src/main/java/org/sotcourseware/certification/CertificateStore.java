package org.sotcourseware.certification;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** SQL for certificates. */
@Repository
class CertificateStore {

    private final JdbcClient jdbc;

    CertificateStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Row(long id, String code, long userId, String trackId, String trackTitle, String holderName, String issuer, LocalDate issuedOn,
               @Nullable LocalDate expiresOn, String achievements, long awardedBy, Instant awardedAt, @Nullable Instant revokedAt,
               @Nullable String revokeReason) {
    }

    private static final String COLUMNS = "id, code, user_id, track_id, track_title, holder_name, issuer, issued_on, expires_on, achievements, "
            + "awarded_by, awarded_at, revoked_at, revoke_reason";

    long insert(String code, long userId, String trackId, String trackTitle, String holderName, String issuer, LocalDate issuedOn,
                @Nullable LocalDate expiresOn, String achievements, long awardedBy, Instant at) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("insert into certificate (code, user_id, track_id, track_title, holder_name, issuer, issued_on, expires_on, achievements, "
                        + "awarded_by, awarded_at) values (?,?,?,?,?,?,?,?,?,?,?)")
                .params(code, userId, trackId, trackTitle, holderName, issuer, Date.valueOf(issuedOn), expiresOn == null ? null : Date.valueOf(expiresOn),
                        achievements, awardedBy, Timestamp.from(at))
                .update(keys, "id");
        return Objects.requireNonNull(keys.getKey(), "generated id").longValue();
    }

    /**
     * The interface language the holder picked ({@code app_user.language}), or empty while they follow their browser's:
     * a certificate's PDF is printed in it, whoever downloads it.
     */
    Optional<String> holderLanguage(long userId) {
        return jdbc.sql("select language from app_user where id = ?").param(userId).query(String.class).optional();
    }

    Optional<Row> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from certificate where id = ?").param(id).query(CertificateStore::row).optional();
    }

    Optional<Row> lock(long id) {
        return jdbc.sql("select " + COLUMNS + " from certificate where id = ? for update").param(id).query(CertificateStore::row).optional();
    }

    Optional<Row> byCode(String code) {
        return jdbc.sql("select " + COLUMNS + " from certificate where code = ?").param(code).query(CertificateStore::row).optional();
    }

    List<Row> ofUser(long userId) {
        return jdbc.sql("select " + COLUMNS + " from certificate where user_id = ? order by issued_on desc, id desc").param(userId)
                .query(CertificateStore::row).list();
    }

    List<Row> all() {
        return jdbc.sql("select " + COLUMNS + " from certificate order by id").query(CertificateStore::row).list();
    }

    void revoke(long id, long by, Instant at, String reason) {
        jdbc.sql("update certificate set revoked_at = ?, revoked_by = ?, revoke_reason = ? where id = ? and revoked_at is null")
                .params(Timestamp.from(at), by, reason, id).update();
    }

    private static Row row(ResultSet rs, int i) throws SQLException {
        Date exp = rs.getDate(9);
        Timestamp rev = rs.getTimestamp(13);
        return new Row(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7),
                rs.getDate(8).toLocalDate(), exp == null ? null : exp.toLocalDate(), rs.getString(10), rs.getLong(11),
                rs.getTimestamp(12).toInstant(), rev == null ? null : rev.toInstant(), rs.getString(14));
    }
}
