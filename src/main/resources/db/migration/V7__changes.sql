-- The change feed: every write that changes what readers see appends a row in its own
-- transaction, naming what changed; every node reads the rows after the last one it applied
-- (docs/nodes.md). Rows are pruned after a retention period.
CREATE TABLE changes (
  seq     ${id_column},
  kind    VARCHAR(20) NOT NULL,
  ref     BIGINT NOT NULL,
  origin  VARCHAR(100) NOT NULL,
  made_at VARCHAR(30) NOT NULL
);

-- One row: the store's own identity (a node's search index remembers which store it follows; set
-- by the first node that asks, empty until then) and the last change pruned from the feed.
CREATE TABLE change_feed (
  id             INTEGER PRIMARY KEY,
  store_id       VARCHAR(40) NOT NULL,
  pruned_through BIGINT NOT NULL
);
INSERT INTO change_feed (id, store_id, pruned_through) VALUES (1, '', 0);
