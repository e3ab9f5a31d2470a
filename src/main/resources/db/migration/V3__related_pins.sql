-- Related articles an editor chose by hand for an article; they come before computed ones.
CREATE TABLE related_pins (
  article_id BIGINT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  pinned_id  BIGINT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  position   INTEGER NOT NULL,
  PRIMARY KEY (article_id, pinned_id)
);
