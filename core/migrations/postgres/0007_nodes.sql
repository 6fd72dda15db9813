CREATE TABLE install (
    id     BIGINT PRIMARY KEY CHECK (id = 1),
    secret BYTEA  NOT NULL CHECK (length(secret) = 32)
);

CREATE TABLE job_runs (
    name   TEXT   PRIMARY KEY,
    ran_at BIGINT NOT NULL
);

-- Rate limits shared by every node (on SQLite, one process keeps them in memory): the hits of
-- each key in fixed windows, counted by one UPSERT that also checks the limit (so parallel
-- requests on any nodes never pass it together). Times in milliseconds. UNLOGGED: a hit is not
-- worth a flush to disk, and after a crash of the database the limits start afresh.
CREATE UNLOGGED TABLE limit_counts (
    key          TEXT   NOT NULL,
    window_start BIGINT NOT NULL,
    hits         BIGINT NOT NULL,
    last_at      BIGINT NOT NULL,
    PRIMARY KEY (key, window_start)
);
