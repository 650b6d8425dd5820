-- Sign-in security (issue 16, docs/decisions/014-sign-in-sessions-and-headers.md).
-- session_generation: raised to sign a person out everywhere (their own request, an administrator's, a
-- password or role change); a session remembers the generation it signed in with and ends when it differs.
alter table app_user add column session_generation bigint default 0 not null;

-- Failed sign-ins, per account name typed ('account:<name>', whether or not such an account exists) and per
-- source address ('address:<ip>'). Kept in the database so every node sees the same counts and locks.
create table sign_in_throttle (
    throttle_key varchar(320) primary key,
    failures     integer      not null,
    window_start timestamp    not null,
    last_failure timestamp    not null,
    locked_until timestamp
);
create index ix_sign_in_throttle_locked on sign_in_throttle (locked_until);
