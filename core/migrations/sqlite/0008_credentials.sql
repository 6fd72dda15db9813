-- Credentials: a signed Open Badges 3.0 credential for each completed track.

-- The issuer's signing key (RSA, PKCS#8 PEM), created at the first start and kept with the
-- install secret, so that every node signs with it and a copy of the database keeps it.
CREATE TABLE issuer_key (
    id          INTEGER PRIMARY KEY CHECK (id = 1),
    private_pem TEXT    NOT NULL,
    created_at  INTEGER NOT NULL
);

-- One credential per trainee and track. `status_index` is its place in the signed list of
-- revocations; `jwt` is the credential exactly as signed and handed out.
CREATE TABLE credentials (
    id            TEXT    PRIMARY KEY,
    user_id       INTEGER NOT NULL REFERENCES users (id),
    track_id      TEXT    NOT NULL,
    program_id    INTEGER REFERENCES programs (id) ON DELETE SET NULL,
    cohort_id     INTEGER REFERENCES cohorts (id) ON DELETE SET NULL,
    issued_at     INTEGER NOT NULL,
    issued_by     INTEGER REFERENCES users (id),
    issue_reason  TEXT    NOT NULL DEFAULT '',
    revoked_at    INTEGER,
    revoked_by    INTEGER REFERENCES users (id),
    revoke_reason TEXT    NOT NULL DEFAULT '',
    jwt           TEXT    NOT NULL,
    UNIQUE (user_id, track_id)
);
CREATE INDEX credentials_by_program ON credentials (program_id);
