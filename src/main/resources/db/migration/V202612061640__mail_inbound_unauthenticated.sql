-- Inbound mail whose sender the collective's mail server does not vouch for (fourmiliere.mail.authserv-id) is kept
-- to look at, of its own kind.
ALTER TABLE mail_inbound DROP CONSTRAINT mail_inbound_kind;
ALTER TABLE mail_inbound ADD CONSTRAINT mail_inbound_kind CHECK (kind IN ('PERSON', 'AUTO_REPLY', 'BOUNCE',
  'DELIVERY_REPORT', 'LOOP', 'MALFORMED', 'UNAUTHENTICATED', 'UNROUTABLE', 'FAILED'));
