-- Issue 13: no arrival order in storage. Upload counters per device and month, not per day:
-- `day` becomes the month's first day (days since 1970-01-01), one row per device and month.
-- Burst detection keeps its meaning through `active_days` and `busiest_day`: a "day" is the time
-- between two compactions (daily), and `open_responses` counts the open one until the next
-- compaction folds it into `busiest_day`. Rows go in in random order.

ALTER TABLE device_uploads RENAME TO device_uploads_by_day;

CREATE TABLE device_uploads (
    device         BLOB NOT NULL,
    day            INTEGER NOT NULL,
    pushes         INTEGER NOT NULL,
    responses      INTEGER NOT NULL,
    active_days    INTEGER NOT NULL,
    busiest_day    INTEGER NOT NULL,
    open_responses INTEGER NOT NULL,
    PRIMARY KEY (device, day)
);

INSERT INTO device_uploads
    (device, day, pushes, responses, active_days, busiest_day, open_responses)
SELECT device,
       CAST(julianday(date(day * 86400, 'unixepoch', 'start of month')) - 2440587.5 AS INTEGER)
           AS month_day,
       sum(pushes), sum(responses), sum(responses > 0), max(responses), 0
FROM device_uploads_by_day
GROUP BY device, month_day
ORDER BY random();

DROP TABLE device_uploads_by_day;
