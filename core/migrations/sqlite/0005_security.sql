-- A session remembers the generation of its account's sessions when it was made. Ending every
-- session of a person (a reset password, a disabled account) starts a new generation, so older
-- sessions stop working on every server at once, wherever they are stored or cached.
ALTER TABLE users ADD COLUMN session_generation INTEGER NOT NULL DEFAULT 0;
