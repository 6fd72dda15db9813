-- Running a programme day to day: account life, cohort membership over time, schedules,
-- prerequisites overridden by instructors, and an append-only audit log.

-- A reset password is temporary: it must be changed at the next sign-in. When and by whom it was
-- reset lets the staff see it while it is still unused (it is derived, never stored: see
-- accounts::temporary_password). `language` is the person's choice of interface language.
-- An erased account keeps its id (so figures stay whole) and loses everything that names it.
ALTER TABLE users ADD COLUMN must_change_password INTEGER NOT NULL DEFAULT 0 CHECK (must_change_password IN (0, 1));
ALTER TABLE users ADD COLUMN password_reset_at INTEGER;
ALTER TABLE users ADD COLUMN language TEXT NOT NULL DEFAULT '';
ALTER TABLE users ADD COLUMN erased_at INTEGER;

-- A trainee who left: their work stays, they no longer count as enrolled.
ALTER TABLE cohort_members ADD COLUMN withdrawn_at INTEGER;

-- Archived cohorts and programmes are read-only, and still counted in dashboards.
ALTER TABLE cohorts ADD COLUMN archived_at INTEGER;
ALTER TABLE programs ADD COLUMN archived_at INTEGER;

-- A revoked invite code can no longer be used.
ALTER TABLE invites ADD COLUMN revoked_at INTEGER;

-- The day a module opens to a cohort's trainees (YYYY-MM-DD); no row: open from the start.
CREATE TABLE cohort_schedule (
    cohort_id INTEGER NOT NULL REFERENCES cohorts (id) ON DELETE CASCADE,
    module_id TEXT    NOT NULL,
    opens_on  TEXT    NOT NULL,
    PRIMARY KEY (cohort_id, module_id)
) WITHOUT ROWID;

-- An instructor let a trainee take an item before its prerequisites were done.
CREATE TABLE prerequisite_overrides (
    user_id    INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    item_id    TEXT    NOT NULL,
    granted_by INTEGER NOT NULL REFERENCES users (id),
    granted_at INTEGER NOT NULL,
    PRIMARY KEY (user_id, item_id)
) WITHOUT ROWID;

-- Who did what, when, to what: one row per action, never changed (only purged after the
-- retention period). `actor` and `object` are text as they were at the time. `program_id`
-- lets programme managers read their programmes' part. Never a password, token or answer key.
CREATE TABLE audit_log (
    id         INTEGER PRIMARY KEY,
    at         INTEGER NOT NULL,
    actor_id   INTEGER REFERENCES users (id) ON DELETE SET NULL,
    actor      TEXT    NOT NULL,
    action     TEXT    NOT NULL,
    object     TEXT    NOT NULL,
    program_id INTEGER REFERENCES programs (id) ON DELETE SET NULL,
    detail     TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX audit_log_by_time ON audit_log (at);
CREATE INDEX audit_log_by_program ON audit_log (program_id, at);
