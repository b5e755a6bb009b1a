-- Issue 16: accounts that can be disabled; recordings tied to the tablet that made them, with
-- their size (quotas), and held for a facility manager's approval before other tablets get
-- them; enrolment codes keyed with the server secret (HMAC-SHA-256).

ALTER TABLE coordinators ADD COLUMN disabled BOOLEAN NOT NULL DEFAULT FALSE;

-- Approved recordings: the device that made them (NULL for those approved before this
-- migration) and their size in bytes.
ALTER TABLE media_overlay ADD COLUMN device BYTEA;
ALTER TABLE media_overlay ADD COLUMN bytes BIGINT NOT NULL DEFAULT 0;
UPDATE media_overlay SET bytes = COALESCE(
    (SELECT octet_length(m.bytes) FROM media m WHERE m.sha256 = media_overlay.sha256), 0);

-- Recordings waiting for a facility manager: one per facility, survey and target (a newer
-- upload replaces an older one). Never in a manifest a tablet downloads.
CREATE TABLE recordings_pending (
    facility TEXT NOT NULL,
    survey_id TEXT NOT NULL,
    item_key TEXT NOT NULL,
    item TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    device BYTEA NOT NULL,
    bytes BIGINT NOT NULL,
    PRIMARY KEY (facility, survey_id, item_key)
);

-- Codes were stored as plain SHA-256; they are now HMAC-SHA-256 under the server secret, so
-- no outstanding code could match again: remove them (print new ones with `device enrol`).
DELETE FROM enrolment_codes;
