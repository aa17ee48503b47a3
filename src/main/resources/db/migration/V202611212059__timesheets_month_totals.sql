-- Minutes per worker, month (year * 100 + month), kind and wage rate in force (its first day; 0001-01-01 when
-- none): kept up to date with ts_entry_day on every write, rebuilt when the wage table changes. The lifetime
-- totals read these few rows instead of every day of every entry.
CREATE TABLE ts_month_total (
    worker_id BIGINT      NOT NULL,
    month_key INT         NOT NULL,
    kind      VARCHAR(20) NOT NULL,
    rate_from DATE        NOT NULL,
    minutes   BIGINT      NOT NULL,
    PRIMARY KEY (worker_id, month_key, kind, rate_from)
);
