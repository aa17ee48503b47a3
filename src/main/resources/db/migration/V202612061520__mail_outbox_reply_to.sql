-- Where replies to a message we send should go (Reply-To), e.g. the address of the module that reads them.
ALTER TABLE mail_outbox ADD COLUMN reply_to VARCHAR(320);
