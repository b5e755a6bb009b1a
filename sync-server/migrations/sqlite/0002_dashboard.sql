-- Coordinator dashboard: accounts, sessions, participation, actions, audit log.
-- Coordinators are staff, not respondents: their ids and timestamps may be kept.

CREATE TABLE coordinators (
    id            INTEGER PRIMARY KEY,
    email         TEXT NOT NULL UNIQUE,
    role          TEXT NOT NULL CHECK (role IN ('national', 'facility')),
    facility      TEXT REFERENCES facilities(code),
    password_hash TEXT NOT NULL,
    CHECK ((role = 'facility') = (facility IS NOT NULL))
);

-- Only the SHA-256 of a session id is stored.
CREATE TABLE coordinator_sessions (
    id_hash     BLOB PRIMARY KEY,
    coordinator INTEGER NOT NULL REFERENCES coordinators(id) ON DELETE CASCADE,
    expires_at  INTEGER NOT NULL
) WITHOUT ROWID;

-- Eligible (and optionally invited) residents per facility and quarter ("2026-Q1").
CREATE TABLE participation (
    facility TEXT NOT NULL REFERENCES facilities(code),
    quarter  TEXT NOT NULL,
    eligible INTEGER NOT NULL CHECK (eligible >= 0),
    invited  INTEGER CHECK (invited IS NULL OR invited >= 0),
    PRIMARY KEY (facility, quarter)
) WITHOUT ROWID;

-- "You said, we did": what a facility did about a topic in a quarter.
CREATE TABLE actions (
    id        INTEGER PRIMARY KEY,
    facility  TEXT NOT NULL REFERENCES facilities(code),
    survey    TEXT NOT NULL,
    topic     TEXT NOT NULL,
    quarter   TEXT NOT NULL,
    language  TEXT NOT NULL,
    text      TEXT NOT NULL
);

CREATE TABLE audit_log (
    id          INTEGER PRIMARY KEY,
    at          INTEGER NOT NULL,
    coordinator TEXT NOT NULL,
    what        TEXT NOT NULL
);
