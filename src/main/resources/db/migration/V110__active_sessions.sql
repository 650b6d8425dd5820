-- Active sessions (issue 16, ASVS 5.0 V7.5.2; docs/decisions/014-sign-in-sessions-and-headers.md): one row per
-- sign-in, so a person can see where they are signed in and end a session on another device, from any node.
-- id is a random key that never leaves the server as a cookie; the servlet session id is not stored.
-- generation is the account's session_generation at sign-in: a row whose generation is behind the account's
-- belongs to a session that was signed out everywhere (and ends at its next check on whichever node holds it).
create table user_session (
    id           varchar(36)  primary key,
    user_id      bigint       not null references app_user (id),
    generation   bigint       not null,
    signed_in_at timestamp    not null,
    last_seen_at timestamp    not null,
    address      varchar(64)  not null,
    device       varchar(120) not null,
    idle_seconds integer      not null,
    ended_at     timestamp,
    ended_how    varchar(60)
);
create index ix_user_session_user on user_session (user_id, ended_at);
