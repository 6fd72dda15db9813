-- Answering questions: knowledge checks in lessons and the questions of labs.

-- The seed of a learner's variant of a lab: the only per-learner lab data kept. The files and the
-- answer key are generated again from it whenever they are needed, and never stored.
CREATE TABLE lab_seeds (
    user_id    INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    item_id    TEXT    NOT NULL,
    seed       BLOB    NOT NULL CHECK (length(seed) = 32),
    created_at INTEGER NOT NULL,
    PRIMARY KEY (user_id, item_id)
) WITHOUT ROWID;

-- Where a learner stands on one question. `attempts` only grows, and the UPDATE that counts an
-- attempt also checks the limit, so parallel submissions can never exceed it.
CREATE TABLE question_states (
    user_id      INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    item_id      TEXT    NOT NULL,
    question_id  TEXT    NOT NULL,
    attempts     INTEGER NOT NULL DEFAULT 0,
    hints        INTEGER NOT NULL DEFAULT 0,
    last_answer  TEXT,
    -- 1 right, 0 wrong, NULL not answered yet or waiting for an instructor's review.
    last_correct INTEGER,
    solved_at    INTEGER,
    PRIMARY KEY (user_id, item_id, question_id)
) WITHOUT ROWID;

-- Every submission, kept for instructors: who, which question, when, and the verdict.
CREATE TABLE submissions (
    id           INTEGER PRIMARY KEY,
    user_id      INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    item_id      TEXT    NOT NULL,
    question_id  TEXT    NOT NULL,
    answer       TEXT    NOT NULL,
    verdict      TEXT    NOT NULL CHECK (verdict IN ('correct', 'wrong', 'review')),
    submitted_at INTEGER NOT NULL
);
CREATE INDEX submissions_by_learner ON submissions (user_id, item_id, submitted_at);

-- A lab's score (0 to 1) when it is finished; NULL for lessons.
ALTER TABLE progress ADD COLUMN score REAL;
