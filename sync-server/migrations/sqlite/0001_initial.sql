-- Heard sync server, SQLite schema 1. Never edit once landed: add 0002_….sql instead.

CREATE TABLE facilities (
    code TEXT PRIMARY KEY,
    name TEXT NOT NULL
);

-- Only the SHA-256 of a one-time code is kept.
CREATE TABLE enrolment_codes (
    code_hash BLOB PRIMARY KEY,
    facility TEXT NOT NULL REFERENCES facilities (code),
    expires_at INTEGER NOT NULL
);

-- Only the SHA-256 of a device token is kept. Devices are never linked to responses.
CREATE TABLE devices (
    id BLOB PRIMARY KEY,
    facility TEXT NOT NULL REFERENCES facilities (code),
    token_hash BLOB NOT NULL UNIQUE,
    revoked INTEGER NOT NULL DEFAULT 0
);

-- Abuse detection: per device and day, how much it pushed. No link to any response.
CREATE TABLE device_uploads (
    device BLOB NOT NULL,
    day INTEGER NOT NULL,
    pushes INTEGER NOT NULL,
    responses INTEGER NOT NULL,
    PRIMARY KEY (device, day)
);

CREATE TABLE surveys (
    version TEXT PRIMARY KEY,
    survey_id TEXT NOT NULL,
    definition TEXT NOT NULL,
    manifest TEXT NOT NULL,
    retired INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX surveys_by_id ON surveys (survey_id);

CREATE TABLE survey_media (
    version TEXT NOT NULL REFERENCES surveys (version),
    sha256 TEXT NOT NULL,
    PRIMARY KEY (version, sha256)
);

CREATE TABLE assignments (
    facility TEXT NOT NULL REFERENCES facilities (code),
    survey_id TEXT NOT NULL,
    PRIMARY KEY (facility, survey_id)
);

CREATE TABLE media (
    sha256 TEXT PRIMARY KEY,
    mime TEXT NOT NULL,
    bytes BLOB NOT NULL
);

-- Recorded prompts a facility's tablets pushed, laid over the survey's manifest.
CREATE TABLE media_overlay (
    facility TEXT NOT NULL,
    survey_id TEXT NOT NULL,
    item_key TEXT NOT NULL,
    item TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    PRIMARY KEY (facility, survey_id, item_key)
);

-- Responses: a plain rowid table with a UNIQUE random id (a WITHOUT ROWID table keyed by a
-- random id is about 3x slower to fill). The rowid is never read or exposed, and there is no
-- arrival time: only facility, service point and month.
CREATE TABLE responses (
    id BLOB NOT NULL UNIQUE,
    content_hash BLOB NOT NULL,
    survey_id TEXT NOT NULL,
    survey_version TEXT NOT NULL,
    facility TEXT NOT NULL,
    service_point TEXT,
    period TEXT NOT NULL,
    body BLOB NOT NULL
);

-- One row per tally cell; see src/tally_rows.rs.
CREATE TABLE tallies (
    cell_hash BLOB NOT NULL UNIQUE,
    cell TEXT NOT NULL,
    counts TEXT NOT NULL
);
