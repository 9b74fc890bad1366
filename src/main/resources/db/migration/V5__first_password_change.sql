-- A generated first password must be replaced at the first sign-in (issue 11).
ALTER TABLE account ADD COLUMN IF NOT EXISTS must_change_password BOOLEAN DEFAULT FALSE NOT NULL;
