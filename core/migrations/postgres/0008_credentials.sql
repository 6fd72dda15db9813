CREATE TABLE issuer_key (
    id          BIGINT PRIMARY KEY CHECK (id = 1),
    private_pem TEXT   NOT NULL,
    created_at  BIGINT NOT NULL
);

CREATE TABLE credentials (
    id            TEXT   PRIMARY KEY,
    user_id       BIGINT NOT NULL REFERENCES users (id),
    track_id      TEXT   NOT NULL,
    program_id    BIGINT REFERENCES programs (id) ON DELETE SET NULL,
    cohort_id     BIGINT REFERENCES cohorts (id) ON DELETE SET NULL,
    issued_at     BIGINT NOT NULL,
    issued_by     BIGINT REFERENCES users (id),
    issue_reason  TEXT   NOT NULL DEFAULT '',
    revoked_at    BIGINT,
    revoked_by    BIGINT REFERENCES users (id),
    revoke_reason TEXT   NOT NULL DEFAULT '',
    jwt           TEXT   NOT NULL,
    UNIQUE (user_id, track_id)
);
CREATE INDEX credentials_by_program ON credentials (program_id);
