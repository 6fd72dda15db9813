CREATE TABLE import_drafts (
    cohort_id  BIGINT NOT NULL REFERENCES cohorts (id) ON DELETE CASCADE,
    user_id    BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    csv        TEXT   NOT NULL,
    created_at BIGINT NOT NULL,
    PRIMARY KEY (cohort_id, user_id)
);

UPDATE users SET username = lower(username);
