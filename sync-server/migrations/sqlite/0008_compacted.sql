-- Issue 19: what the daily compaction folds the slabs into, so that national breakdowns and the
-- export's plan read a few rows per unit instead of one slab line per response (see
-- src/store/dashboard/compacted.rs). Both tables are recomputed whole from the merged slabs by
-- every compaction (never added to), hold aggregates of what the slabs hold, and lose the rows of
-- a quarter when retention retires it. A slab line is in them exactly when its slab is marked
-- `compacted`; slabs ingest writes since the last compaction are not, and readers add those.

ALTER TABLE tally_slabs ADD COLUMN compacted SMALLINT NOT NULL DEFAULT 0;

-- One-dimension marginals per survey × facility × quarter × dimension × label, the shape of
-- retained_groups, but with every group's full counts (a live quarter's small groups are hidden
-- when released, by the core, as from the slab lines).
CREATE TABLE compacted_groups (
    survey_id TEXT NOT NULL,
    facility  TEXT NOT NULL,
    quarter   TEXT NOT NULL,
    dimension TEXT NOT NULL,
    label     TEXT NOT NULL,
    counts    TEXT NOT NULL,
    PRIMARY KEY (survey_id, dimension, quarter, facility, label)
) WITHOUT ROWID;

-- Response counts per group key, per survey × facility × month (service points merged): one
-- line per distinct group, `group-key TAB ~COMPLETE.ABANDONED`, sorted by key.
CREATE TABLE compacted_cells (
    survey_id TEXT NOT NULL,
    facility  TEXT NOT NULL,
    period    TEXT NOT NULL,
    cells     TEXT NOT NULL,
    PRIMARY KEY (survey_id, period, facility)
) WITHOUT ROWID;
