-- Personal access tokens for the Admin API. A token is 32 random bytes, so its SHA-256 is all the
-- store needs to keep (no slow hash: nothing to guess); the token itself is shown once when made.
-- A token acts as its account, so it dies with it; revoked tokens stay listed for the record.
CREATE TABLE access_tokens (
  id           ${id_column},
  token_hash   VARCHAR(64) NOT NULL UNIQUE,
  account_id   BIGINT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
  label        VARCHAR(100) NOT NULL,
  created_at   VARCHAR(30) NOT NULL,
  last_used_at VARCHAR(30),
  expires_at   VARCHAR(30),
  revoked      INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX access_tokens_account ON access_tokens(account_id);
