-- WordPress allows display names of 250 characters: an author's name, and the newsroom account
-- made for an imported writer, hold them whole. SQLite ignores VARCHAR lengths, so only
-- PostgreSQL alters its columns: the placeholder that starts each statement is empty there and
-- turns the line into a comment on SQLite, which cannot alter a column's type.
${postgresql_only}ALTER TABLE authors ALTER COLUMN name TYPE VARCHAR(250);
${postgresql_only}ALTER TABLE accounts ALTER COLUMN name TYPE VARCHAR(250);
