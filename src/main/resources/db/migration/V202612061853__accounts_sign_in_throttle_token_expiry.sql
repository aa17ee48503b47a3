-- Failed sign-ins counted per account name (whether an account has that name or not, so that the answer tells
-- nothing) and per client address, in the database so that every node sees the same counts.
CREATE TABLE sign_in_throttle (
    throttle_key    VARCHAR(400) PRIMARY KEY,
    failures        INT          NOT NULL,
    locked_until    TIMESTAMP WITH TIME ZONE,
    last_failure_at TIMESTAMP WITH TIME ZONE NOT NULL
);

-- A personal access token may end on a chosen day; existing tokens (already stored as SHA-256 hashes) keep no end.
ALTER TABLE access_token ADD COLUMN expires_at TIMESTAMP WITH TIME ZONE;
