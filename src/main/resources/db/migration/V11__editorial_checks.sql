-- Editorial checks: what the rules last found in each article, one row per rule (so the newsroom's
-- list can offer the articles with findings without checking them all again), and the warnings an
-- editor overrode for one article, with who did it and when (shown in the article's history).
CREATE TABLE article_findings (
  article_id BIGINT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  rule       VARCHAR(60) NOT NULL,
  findings   INTEGER NOT NULL,
  blocking   INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (article_id, rule)
);

CREATE TABLE finding_overrides (
  article_id BIGINT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  rule       VARCHAR(60) NOT NULL,
  account_id BIGINT REFERENCES accounts(id) ON DELETE SET NULL,
  created_at VARCHAR(30) NOT NULL,
  PRIMARY KEY (article_id, rule)
);
