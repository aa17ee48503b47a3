-- Files sent with a message of the outbox (an invoice's PDF), in their order.
CREATE TABLE mail_outbox_attachment (
  outbox_id BIGINT NOT NULL REFERENCES mail_outbox (id),
  position INTEGER NOT NULL,
  filename VARCHAR(300) NOT NULL,
  content_type VARCHAR(200) NOT NULL,
  content BYTEA NOT NULL,
  PRIMARY KEY (outbox_id, position)
);
