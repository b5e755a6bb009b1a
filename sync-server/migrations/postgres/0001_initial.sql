-- Heard sync server, PostgreSQL schema 1. Never edit once landed: add 0002_….sql instead.

CREATE TABLE facilities (
    code TEXT PRIMARY KEY,
    name TEXT NOT NULL
);

-- Only the SHA-256 of a one-time code is kept.
CREATE TABLE enrolment_codes (
    code_hash BYTEA PRIMARY KEY,
    facility TEXT NOT NULL REFERENCES facilities (code),
    expires_at BIGINT NOT NULL
);

-- Only the SHA-256 of a device token is kept. Devices are never linked to responses.
CREATE TABLE devices (
    id BYTEA PRIMARY KEY,
    facility TEXT NOT NULL REFERENCES facilities (code),
    token_hash BYTEA NOT NULL UNIQUE,
    revoked BOOLEAN NOT NULL DEFAULT FALSE
);

-- Abuse detection: per device and day, how much it pushed. No link to any response.
CREATE TABLE device_uploads (
    device BYTEA NOT NULL,
    day BIGINT NOT NULL,
    pushes BIGINT NOT NULL,
    responses BIGINT NOT NULL,
    PRIMARY KEY (device, day)
);

CREATE TABLE surveys (
    version TEXT PRIMARY KEY,
    survey_id TEXT NOT NULL,
    definition TEXT NOT NULL,
    manifest TEXT NOT NULL,
    retired BOOLEAN NOT NULL DEFAULT FALSE
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
    bytes BYTEA NOT NULL
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

-- Responses: keyed by their random id; no serial column and no arrival time: only facility,
-- service point and month.
CREATE TABLE responses (
    id UUID PRIMARY KEY,
    content_hash BYTEA NOT NULL,
    survey_id TEXT NOT NULL,
    survey_version TEXT NOT NULL,
    facility TEXT NOT NULL,
    service_point TEXT,
    period TEXT NOT NULL,
    body BYTEA NOT NULL
);

-- One row per tally cell; see src/tally_rows.rs.
CREATE TABLE tallies (
    cell_hash BYTEA NOT NULL UNIQUE,
    cell TEXT NOT NULL,
    counts TEXT NOT NULL
);
