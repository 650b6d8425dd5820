-- One row per scheduled backup run: with several app nodes on one PostgreSQL, the node whose insert succeeds takes
-- the backup and the others skip it (ops.BackupService; decision 012).
create table backup_claim (
    slot       varchar(40)  not null primary key,
    node       varchar(200) not null,
    claimed_at timestamp    not null
);
