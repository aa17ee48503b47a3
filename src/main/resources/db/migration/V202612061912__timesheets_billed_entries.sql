-- Time entries billed to a client: an entry is billed once (the primary key), by the invoice named in reference.
-- A billed entry is no longer changed or deleted; an adjusting entry corrects it.
CREATE TABLE ts_entry_billed (
    entry_id   BIGINT       NOT NULL PRIMARY KEY REFERENCES ts_entry (id),
    reference  VARCHAR(100) NOT NULL,
    billed_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ts_entry_activity_day ON ts_entry (activity_id, work_day);
