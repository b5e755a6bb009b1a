-- Issue 13: retention leaves only aggregates (see src/store/dashboard/retention.rs). What a
-- retired quarter keeps besides its summary in quarter_tallies: one-dimension marginals per
-- survey × facility × quarter × dimension × label. The dimension as the core's
-- `Dimension::as_str` (age-band, sex, nationality, language, assistance, audio), the label as
-- breakdowns show it (a nationality by world region, never a country); counts in the slabs'
-- format (src/tally_slabs.rs). A group with fewer complete responses than the dimension's k keeps
-- only its response counts.
-- Numbered 0006 although 0004 was free: 0005 landed first, and versions count positions.

CREATE TABLE retained_groups (
    survey_id TEXT NOT NULL,
    facility  TEXT NOT NULL,
    quarter   TEXT NOT NULL,
    dimension TEXT NOT NULL,
    label     TEXT NOT NULL,
    counts    TEXT NOT NULL,
    PRIMARY KEY (survey_id, facility, quarter, dimension, label)
) WITHOUT ROWID;
