-- One-time links for people whose account an organiser created (CSV enrolment): they choose their own
-- password. Only a SHA-256 of the token is stored.
create table password_setup (
    token_hash varchar(64) primary key,
    user_id    bigint      not null references app_user (id) on delete cascade,
    created_at timestamp   not null,
    expires_at timestamp   not null,
    used_at    timestamp
);
create index ix_password_setup_user on password_setup (user_id);
