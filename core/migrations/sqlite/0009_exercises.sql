-- Exercises (facilitated tabletop drills) and timed exams. Every moment is Unix seconds of the
-- server's clock, so a restarted server goes on where it was.

-- A run of one exercise for one cohort. Its running time is (paused_at, or now) - started_at -
-- paused_seconds: pauses do not count.
CREATE TABLE exercise_runs (
    id             INTEGER PRIMARY KEY,
    cohort_id      INTEGER NOT NULL REFERENCES cohorts (id) ON DELETE CASCADE,
    exercise_id    TEXT    NOT NULL,
    created_by     INTEGER REFERENCES users (id),
    created_at     INTEGER NOT NULL,
    started_at     INTEGER,
    paused_at      INTEGER,
    paused_seconds INTEGER NOT NULL DEFAULT 0,
    closed_at      INTEGER
);
CREATE INDEX exercise_runs_by_cohort ON exercise_runs (cohort_id);

CREATE TABLE exercise_teams (
    id     INTEGER PRIMARY KEY,
    run_id INTEGER NOT NULL REFERENCES exercise_runs (id) ON DELETE CASCADE,
    name   TEXT    NOT NULL,
    UNIQUE (run_id, name)
);

-- A trainee is in one team of a run, in one of the exercise's roles (or none yet).
CREATE TABLE exercise_members (
    run_id  INTEGER NOT NULL REFERENCES exercise_runs (id) ON DELETE CASCADE,
    team_id INTEGER NOT NULL REFERENCES exercise_teams (id) ON DELETE CASCADE,
    user_id INTEGER NOT NULL REFERENCES users (id),
    role_id TEXT    NOT NULL DEFAULT '',
    PRIMARY KEY (run_id, user_id)
);

-- What the facilitator did to an inject: released it (on schedule or by hand) or held it.
CREATE TABLE exercise_releases (
    run_id      INTEGER NOT NULL REFERENCES exercise_runs (id) ON DELETE CASCADE,
    inject_id   TEXT    NOT NULL,
    released_at INTEGER,
    by_hand     INTEGER NOT NULL DEFAULT FALSE,
    held        INTEGER NOT NULL DEFAULT FALSE,
    PRIMARY KEY (run_id, inject_id)
);

-- Every answer a team sent; the last one of each question counts.
CREATE TABLE exercise_answers (
    id          INTEGER PRIMARY KEY,
    run_id      INTEGER NOT NULL REFERENCES exercise_runs (id) ON DELETE CASCADE,
    team_id     INTEGER NOT NULL REFERENCES exercise_teams (id) ON DELETE CASCADE,
    inject_id   TEXT    NOT NULL,
    question_id TEXT    NOT NULL,
    user_id     INTEGER REFERENCES users (id),
    answer      TEXT    NOT NULL,
    correct     INTEGER,
    points      REAL,
    scored_by   INTEGER REFERENCES users (id),
    answered_at INTEGER NOT NULL
);
CREATE INDEX exercise_answers_by_team ON exercise_answers (run_id, team_id, inject_id, question_id);

CREATE TABLE exercise_notes (
    id         INTEGER PRIMARY KEY,
    run_id     INTEGER NOT NULL REFERENCES exercise_runs (id) ON DELETE CASCADE,
    inject_id  TEXT    NOT NULL DEFAULT '',
    author_id  INTEGER REFERENCES users (id),
    body       TEXT    NOT NULL,
    written_at INTEGER NOT NULL
);

-- When a cohort may start a timed exam.
CREATE TABLE exam_windows (
    cohort_id INTEGER NOT NULL REFERENCES cohorts (id) ON DELETE CASCADE,
    item_id   TEXT    NOT NULL,
    opens_at  INTEGER NOT NULL,
    closes_at INTEGER NOT NULL,
    PRIMARY KEY (cohort_id, item_id)
);

-- One attempt per trainee and exam; its deadline is fixed when it starts.
CREATE TABLE exam_attempts (
    user_id    INTEGER NOT NULL REFERENCES users (id),
    item_id    TEXT    NOT NULL,
    started_at INTEGER NOT NULL,
    deadline   INTEGER NOT NULL,
    -- When the window of the attempt closes: explanations are shown after it.
    closes_at  INTEGER NOT NULL,
    PRIMARY KEY (user_id, item_id)
);
