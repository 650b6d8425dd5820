-- The interface language a person picked in the user menu ("en", "de"); null: follow the browser.
alter table app_user add column language varchar(10);
