-- Audit entity types are written in one style, snake_case, by the module that owns the record (ADR 0009).
UPDATE audit_event SET entity_type = REPLACE(entity_type, '-', '_') WHERE entity_type LIKE '%-%';
