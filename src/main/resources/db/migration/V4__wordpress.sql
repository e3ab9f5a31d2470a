-- WordPress migration: what each imported WordPress item became (so a second import of the same
-- site updates instead of duplicating), media records that keep their original URL, old URLs
-- that answer 301, and a draft state for static pages (WordPress pages can be drafts).

CREATE TABLE wordpress_items (
  site        VARCHAR(300) NOT NULL,
  kind        VARCHAR(20) NOT NULL,
  wp_key      VARCHAR(300) NOT NULL,
  guid        TEXT,
  local_id    BIGINT NOT NULL,
  fingerprint VARCHAR(64) NOT NULL,
  PRIMARY KEY (site, kind, wp_key)
);
CREATE INDEX wordpress_items_guid ON wordpress_items(kind, guid);

CREATE TABLE media (
  id          ${id_column},
  url         TEXT NOT NULL,
  title       TEXT NOT NULL DEFAULT '',
  alt         TEXT NOT NULL DEFAULT '',
  caption     TEXT NOT NULL DEFAULT '',
  description TEXT NOT NULL DEFAULT '',
  mime_type   VARCHAR(100),
  created_at  VARCHAR(30) NOT NULL
);

-- The target is kept as a kind and an id, not a path, so that an old URL follows the article
-- when the newsroom later renames it or moves it to another section.
CREATE TABLE redirects (
  from_path   VARCHAR(600) PRIMARY KEY,
  target_kind VARCHAR(20) NOT NULL,
  target_id   BIGINT NOT NULL
);

ALTER TABLE pages ADD COLUMN status VARCHAR(20) NOT NULL DEFAULT 'published';
