-- A saved search keeps the queue page's tag filter too.
ALTER TABLE request_saved_search ADD COLUMN tag VARCHAR(40);
