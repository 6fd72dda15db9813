-- What every server process on one database must share.

-- The install secret that learners' lab variants derive from: in the database, so that every
-- node (and a copy of the database) makes the same files. Older installs kept it in the data
-- folder's `secret` file; the server moves it here at its first start on this version.
CREATE TABLE install (
    id     INTEGER PRIMARY KEY CHECK (id = 1),
    secret BLOB    NOT NULL CHECK (length(secret) = 32)
);

-- Periodic work (the retention purge) is claimed here by the node that runs it, in the same
-- UPDATE that checks it is due, so that several nodes never run it twice in one period.
CREATE TABLE job_runs (
    name   TEXT    PRIMARY KEY,
    ran_at INTEGER NOT NULL
) WITHOUT ROWID;
