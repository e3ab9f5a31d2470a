-- Webhooks (docs/webhooks.md). An endpoint an admin added, and the events it takes. Its signing
-- secret is kept as it is, not as a digest: every node signs each delivery with it.
CREATE TABLE webhooks (
  id         ${id_column},
  url        VARCHAR(2000) NOT NULL,
  events     VARCHAR(200) NOT NULL,
  secret     VARCHAR(100) NOT NULL,
  created_by BIGINT REFERENCES accounts(id),
  created_at VARCHAR(30) NOT NULL
);

-- What webhooks were last told of each article: whether it was published, its latest revision and
-- its latest correction. A change to an article is compared with this to know which events it was,
-- whichever node follows the feed and however many changes came together. Filled here with what
-- the articles are now, so articles published before this migration are not announced again.
CREATE TABLE webhook_articles (
  article_id BIGINT PRIMARY KEY,
  published  INTEGER NOT NULL,
  revision   BIGINT NOT NULL,
  correction BIGINT NOT NULL
);
INSERT INTO webhook_articles (article_id, published, revision, correction)
SELECT a.id,
       CASE WHEN a.status = 'published' THEN 1 ELSE 0 END,
       COALESCE((SELECT MAX(r.id) FROM revisions r WHERE r.article_id = a.id), 0),
       COALESCE((SELECT MAX(c.id) FROM corrections c WHERE c.article_id = a.id), 0)
FROM articles a;

-- The cluster's one place in the change feed for webhooks: moved by compare-and-set in the
-- transaction that queues the deliveries, so of several nodes exactly one queues each event.
ALTER TABLE change_feed ADD COLUMN webhooks_through BIGINT NOT NULL DEFAULT 0;
UPDATE change_feed SET webhooks_through =
  (SELECT MAX(n) FROM (SELECT MAX(seq) AS n FROM changes
                       UNION ALL SELECT pruned_through FROM change_feed) AS heads);

-- An event, once: its id (stable across retries, for receivers to drop repeats) and its JSON body.
CREATE TABLE webhook_events (
  id         ${id_column},
  event_id   VARCHAR(40) NOT NULL UNIQUE,
  name       VARCHAR(40) NOT NULL,
  article_id BIGINT NOT NULL,
  created_at VARCHAR(30) NOT NULL,
  body       TEXT NOT NULL
);

-- One event for one webhook: the queue every node sends from, and the delivery log. A node claims
-- a due delivery with a lease (due_ms, lease_until_ms: milliseconds since 1970), sends it, and
-- records the outcome; a node that dies mid-send lets its lease run out and another sends it.
CREATE TABLE webhook_deliveries (
  id              ${id_column},
  webhook_id      BIGINT NOT NULL REFERENCES webhooks(id) ON DELETE CASCADE,
  event           BIGINT NOT NULL REFERENCES webhook_events(id) ON DELETE CASCADE,
  status          VARCHAR(20) NOT NULL,
  attempts        INTEGER NOT NULL DEFAULT 0,
  due_ms          BIGINT NOT NULL,
  gives_up_ms     BIGINT NOT NULL,
  lease_until_ms  BIGINT NOT NULL DEFAULT 0,
  leased_by       VARCHAR(100),
  last_attempt_at VARCHAR(30),
  response_code   INTEGER,
  error           VARCHAR(300)
);
CREATE INDEX webhook_deliveries_due ON webhook_deliveries(status, due_ms);
CREATE INDEX webhook_deliveries_webhook ON webhook_deliveries(webhook_id, id);
CREATE INDEX webhook_deliveries_event ON webhook_deliveries(event);
