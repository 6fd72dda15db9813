-- The core keeps an instructor's checked-but-not-imported CSV here instead of in their session:
-- the core knows nothing of sessions, and the draft survives a new sign-in. Passwords are never
-- stored with it (first passwords are sent once, in the reply to the import).
CREATE TABLE import_drafts (
    cohort_id  INTEGER NOT NULL REFERENCES cohorts (id) ON DELETE CASCADE,
    user_id    INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    csv        TEXT    NOT NULL,
    created_at INTEGER NOT NULL,
    PRIMARY KEY (cohort_id, user_id)
) WITHOUT ROWID;

-- Usernames are matched without regard to case by comparing lowercase text, which every
-- database engine does the same way; stored names become lowercase (the unique index, which
-- ignores case, guarantees no two collide).
UPDATE users SET username = lower(username);
