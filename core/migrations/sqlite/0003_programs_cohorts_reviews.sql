-- Programmes, cohort details, trainee profiles and reviews of free-text answers.

-- A programme (for example a regional cybercrime programme) groups cohorts; its managers see
-- its numbers and nobody else's.
CREATE TABLE programs (
    id         INTEGER PRIMARY KEY,
    name       TEXT    NOT NULL UNIQUE,
    created_at INTEGER NOT NULL
);

CREATE TABLE program_managers (
    program_id INTEGER NOT NULL REFERENCES programs (id) ON DELETE CASCADE,
    user_id    INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    PRIMARY KEY (program_id, user_id)
) WITHOUT ROWID;

ALTER TABLE cohorts ADD COLUMN program_id INTEGER REFERENCES programs (id) ON DELETE SET NULL;
ALTER TABLE cohorts ADD COLUMN starts_on TEXT;
ALTER TABLE cohorts ADD COLUMN ends_on TEXT;
CREATE INDEX cohorts_by_program ON cohorts (program_id);

-- The part of the curriculum a cohort follows, as track or module ids; none means all of it.
CREATE TABLE cohort_content (
    cohort_id  INTEGER NOT NULL REFERENCES cohorts (id) ON DELETE CASCADE,
    content_id TEXT    NOT NULL,
    PRIMARY KEY (cohort_id, content_id)
) WITHOUT ROWID;

-- The trainee profile. Empty text means "not given" (gender is optional by design).
ALTER TABLE users ADD COLUMN organisation TEXT NOT NULL DEFAULT '';
ALTER TABLE users ADD COLUMN country TEXT NOT NULL DEFAULT '';
ALTER TABLE users ADD COLUMN job TEXT NOT NULL DEFAULT '';
ALTER TABLE users ADD COLUMN gender TEXT NOT NULL DEFAULT '';
-- Last completion or answer, for "active in the last 14 days".
ALTER TABLE users ADD COLUMN last_active_at INTEGER;

-- Free-text answers wait for an instructor, who accepts them or returns them with a comment.
ALTER TABLE question_states ADD COLUMN review TEXT CHECK (review IN ('pending', 'accepted', 'returned'));
ALTER TABLE question_states ADD COLUMN review_comment TEXT;
ALTER TABLE question_states ADD COLUMN reviewed_by INTEGER REFERENCES users (id);
ALTER TABLE question_states ADD COLUMN reviewed_at INTEGER;
CREATE INDEX question_states_to_review ON question_states (review) WHERE review = 'pending';

-- Dashboards read a programme's completions by learner; this keeps that read an index walk.
CREATE INDEX cohort_members_trainees ON cohort_members (cohort_id, role, user_id);
