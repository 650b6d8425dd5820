-- When an account was erased (GDPR article 17): the row stays, without personal data, so learning records
-- keep counting in statistics and certificates stay verifiable.
alter table app_user add column erased_at timestamp;
