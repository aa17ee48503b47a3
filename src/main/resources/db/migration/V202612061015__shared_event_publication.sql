-- The event publication registry of Spring Modulith (its "v2" table layout), created here rather than by Modulith
-- so that the schema has one owner (Flyway) on H2 and PostgreSQL alike. A row is written, in the publishing
-- transaction, for each listener that reacts after the commit (@ApplicationModuleListener); it is completed once
-- that listener has succeeded, and republished after a restart while it is not (ADR 0009).
CREATE TABLE event_publication (
    id                     UUID                     NOT NULL PRIMARY KEY,
    listener_id            VARCHAR(512)             NOT NULL,
    event_type             VARCHAR(512)             NOT NULL,
    serialized_event       VARCHAR(20000)           NOT NULL,
    publication_date       TIMESTAMP WITH TIME ZONE NOT NULL,
    completion_date        TIMESTAMP WITH TIME ZONE,
    status                 VARCHAR(20),
    completion_attempts    INT,
    last_resubmission_date TIMESTAMP WITH TIME ZONE
);
CREATE INDEX event_publication_by_completion_date ON event_publication (completion_date);
CREATE INDEX event_publication_by_listener ON event_publication (listener_id, publication_date);
