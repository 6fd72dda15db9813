-- Accounts, cohorts with invite codes, and learning progress: what the first vertical slice needs.
-- Times are Unix seconds (UTC). Content is referred to by the stable ids from front matter, never
-- by file path or title, and without foreign keys: content lives in files, and a lesson removed
-- from the curriculum keeps its learners' history.

-- Roles are checked here so that no other value can ever be stored.
CREATE TABLE users (
    id            INTEGER PRIMARY KEY,
    username      TEXT    NOT NULL UNIQUE COLLATE NOCASE,
    display_name  TEXT    NOT NULL,
    email         TEXT,
    role          TEXT    NOT NULL CHECK (role IN ('trainee', 'instructor', 'manager', 'admin')),
    password_hash TEXT    NOT NULL,
    created_at    INTEGER NOT NULL,
    disabled      INTEGER NOT NULL DEFAULT 0 CHECK (disabled IN (0, 1))
);

CREATE TABLE cohorts (
    id         INTEGER PRIMARY KEY,
    name       TEXT    NOT NULL UNIQUE,
    created_at INTEGER NOT NULL
);

-- Who teaches and who learns in a cohort.
CREATE TABLE cohort_members (
    cohort_id INTEGER NOT NULL REFERENCES cohorts (id) ON DELETE CASCADE,
    user_id   INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    role      TEXT    NOT NULL CHECK (role IN ('trainee', 'instructor')),
    PRIMARY KEY (cohort_id, user_id)
);
CREATE INDEX cohort_members_by_user ON cohort_members (user_id);

-- Invite codes let trainees create their own account in a cohort. `uses` only grows, and never
-- past `max_uses` (enforced in the same UPDATE that counts a use).
CREATE TABLE invites (
    code       TEXT    PRIMARY KEY,
    cohort_id  INTEGER NOT NULL REFERENCES cohorts (id) ON DELETE CASCADE,
    created_by INTEGER NOT NULL REFERENCES users (id),
    created_at INTEGER NOT NULL,
    expires_at INTEGER NOT NULL,
    max_uses   INTEGER NOT NULL CHECK (max_uses > 0),
    uses       INTEGER NOT NULL DEFAULT 0 CHECK (uses <= max_uses)
);

-- One row per finished lesson or lab; the first completion time is kept.
CREATE TABLE progress (
    user_id      INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    item_id      TEXT    NOT NULL,
    completed_at INTEGER NOT NULL,
    PRIMARY KEY (user_id, item_id)
) WITHOUT ROWID;
