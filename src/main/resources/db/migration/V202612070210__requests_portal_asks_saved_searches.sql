-- Asks for a portal sign-in link, counted per address and per client address in fixed windows (ADR 1005), in the
-- database so that every node sees the same counts. Every ask counts, whether the address has tickets or not.
CREATE TABLE request_portal_ask (
    ask_key      VARCHAR(400) PRIMARY KEY,
    window_start TIMESTAMP WITH TIME ZONE NOT NULL,
    asks         INT NOT NULL
);
