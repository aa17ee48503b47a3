-- A notice of a change of eligibility status is kept once sent, with the moment it was sent, so that the
-- collective can tell whether (and when) a person was told.
ALTER TABLE eligibility_notice ADD COLUMN sent_at TIMESTAMP WITH TIME ZONE;
