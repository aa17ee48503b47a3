-- Minutes per month (year * 100 + month), worker, activity, kind and meeting flag: kept up to date with ts_entry_day
-- in the same transaction as every write (entries, edits, deletions, adjustments, meeting time, imports). Readings of
-- hours per worker and activity over whole months (HoursQuery.perPeriod) add these rows instead of every day.
CREATE TABLE ts_activity_month (
    month_key   INT         NOT NULL,
    worker_id   BIGINT      NOT NULL,
    activity_id BIGINT      NOT NULL,
    kind        VARCHAR(20) NOT NULL,
    meeting     BOOLEAN     NOT NULL,
    minutes     BIGINT      NOT NULL,
    PRIMARY KEY (month_key, worker_id, activity_id, kind, meeting)
);

INSERT INTO ts_activity_month (month_key, worker_id, activity_id, kind, meeting, minutes)
SELECT x.month_key, x.worker_id, x.activity_id, x.kind, x.meeting, SUM(x.m) FROM (
  SELECT CAST(EXTRACT(YEAR FROM work_day) * 100 + EXTRACT(MONTH FROM work_day) AS INT) AS month_key,
         worker_id, activity_id, kind, meeting, duration_min AS m
  FROM ts_entry_day) x
GROUP BY x.month_key, x.worker_id, x.activity_id, x.kind, x.meeting;
