-- Each publish keeps its "what changed" note beside the publication, so the history shows it (issue 17);
-- before, the note went to the audit log only. Older publications have none.
alter table content_publication add column message varchar(1000);
