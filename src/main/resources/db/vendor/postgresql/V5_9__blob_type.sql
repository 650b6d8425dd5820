-- PostgreSQL only (db/vendor/postgresql; docs/decisions/007-postgresql.md). The shared migrations use the SQL
-- standard's BLOB for binary content, which H2 has and PostgreSQL lacks; on PostgreSQL it is this domain over
-- bytea, so db/migration runs unchanged on both (and existing H2 databases keep their migration checksums).
create domain blob as bytea;
