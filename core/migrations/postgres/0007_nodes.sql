CREATE TABLE install (
    id     BIGINT PRIMARY KEY CHECK (id = 1),
    secret BYTEA  NOT NULL CHECK (length(secret) = 32)
);

CREATE TABLE job_runs (
    name   TEXT   PRIMARY KEY,
    ran_at BIGINT NOT NULL
);

-- Rate limits shared by every node (on SQLite, one process keeps them in memory). One row per
-- counted hit, `at` in milliseconds. UNLOGGED: a hit is not worth a flush to disk, and after a
-- crash of the database the limits start afresh.
CREATE UNLOGGED TABLE limit_hits (
    id  BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    key TEXT   NOT NULL,
    at  BIGINT NOT NULL
);
CREATE INDEX limit_hits_by_key ON limit_hits (key, at);

-- Checks and counts a hit in one step: under a lock on the key, drops the key's hits older than
-- the window, and counts a new one if fewer than `most` remain. Returns the new hit's id, or
-- NULL and how many milliseconds until the oldest hit leaves the window.
CREATE FUNCTION limit_take(hit_key TEXT, now_ms BIGINT, window_ms BIGINT, most BIGINT,
                           OUT hit BIGINT, OUT wait_ms BIGINT) AS $$
DECLARE
    held   BIGINT;
    oldest BIGINT;
BEGIN
    PERFORM pg_advisory_xact_lock(hashtextextended(hit_key, 0));
    DELETE FROM limit_hits WHERE key = hit_key AND at <= now_ms - window_ms;
    SELECT count(*), min(at) INTO held, oldest FROM limit_hits WHERE key = hit_key;
    IF held >= most THEN
        hit := NULL;
        wait_ms := oldest + window_ms - now_ms;
    ELSE
        INSERT INTO limit_hits (key, at) VALUES (hit_key, now_ms) RETURNING id INTO hit;
        wait_ms := 0;
    END IF;
END;
$$ LANGUAGE plpgsql;
