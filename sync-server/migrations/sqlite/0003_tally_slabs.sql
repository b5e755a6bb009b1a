-- Tallies as append-only slabs plus running quarter summaries (see src/tally_slabs.rs): an
-- ingest writes one slab row per survey × facility × service point × month it touched and adds
-- to a few quarter rows, instead of reading and rewriting one row per demographic cell.

CREATE TABLE tally_slabs (
    survey_id     TEXT NOT NULL,
    facility      TEXT NOT NULL,
    service_point TEXT,
    period        TEXT NOT NULL,
    -- One line per response (or per cell, for converted rows): group key, TAB, counts.
    cells         TEXT NOT NULL
);
CREATE INDEX tally_slabs_by_survey ON tally_slabs (survey_id, period, facility);

-- The sum of a survey's slabs per facility and quarter ("2026-Q1"); the server fills it from
-- the slabs right after this file runs.
CREATE TABLE quarter_tallies (
    survey_id TEXT NOT NULL,
    facility  TEXT NOT NULL,
    quarter   TEXT NOT NULL,
    counts    TEXT NOT NULL,
    PRIMARY KEY (survey_id, facility, quarter)
) WITHOUT ROWID;

-- Each cell row becomes a one-line slab whose key is the cell's group as JSON.
INSERT INTO tally_slabs (survey_id, facility, service_point, period, cells)
SELECT json_extract(cell, '$.survey'),
       json_extract(cell, '$.facility'),
       json_extract(cell, '$."service-point"'),
       json_extract(cell, '$.period'),
       json_extract(cell, '$.group') || char(9) || counts || char(10)
FROM tallies;

DROP TABLE tallies;
