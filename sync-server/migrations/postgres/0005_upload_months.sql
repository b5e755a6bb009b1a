-- Issue 13: no arrival order in storage. Upload counters per device and month, not per day:
-- `day` becomes the month's first day (days since 1970-01-01), one row per device and month.
-- Burst detection keeps its meaning through `active_days` and `busiest_day`: a "day" is the time
-- between two compactions (daily), and `open_responses` counts the open one until the next
-- compaction folds it into `busiest_day`. Rows go in in random order.

ALTER TABLE device_uploads RENAME TO device_uploads_by_day;
ALTER INDEX device_uploads_pkey RENAME TO device_uploads_by_day_pkey;

CREATE TABLE device_uploads (
    device         BYTEA NOT NULL,
    day            BIGINT NOT NULL,
    pushes         BIGINT NOT NULL,
    responses      BIGINT NOT NULL,
    active_days    BIGINT NOT NULL,
    busiest_day    BIGINT NOT NULL,
    open_responses BIGINT NOT NULL,
    PRIMARY KEY (device, day)
);

INSERT INTO device_uploads
    (device, day, pushes, responses, active_days, busiest_day, open_responses)
SELECT device,
       (date_trunc('month', (DATE '1970-01-01' + day::integer)::timestamp)::date
            - DATE '1970-01-01')::bigint AS month_day,
       sum(pushes)::bigint, sum(responses)::bigint,
       count(*) FILTER (WHERE responses > 0), max(responses), 0
FROM device_uploads_by_day
GROUP BY device, month_day
ORDER BY random();

DROP TABLE device_uploads_by_day;
