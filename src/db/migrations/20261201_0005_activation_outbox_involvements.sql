-- Separation of duties against the administrator too: whoever creates an account never knows a password
-- that opens it. The owner activates it (a one-time link to their own e-mail address, or the first login
-- through the organisation's identity provider) and chooses the password, or has none at all.
ALTER TABLE users ALTER COLUMN password_hash DROP NOT NULL;
ALTER TABLE users ADD COLUMN activated_at timestamptz;
-- Accounts made before this migration were handed over with a start password and are in use.
UPDATE users SET activated_at = created_at;
-- The administrator may require a second factor; its owner sets it up (the administrator never sees the secret).
ALTER TABLE users ADD COLUMN totp_required boolean NOT NULL DEFAULT false;
UPDATE users SET totp_required = true WHERE totp_secret IS NOT NULL;

-- One-time links for activating an account or choosing a new password. Only a hash of the token is kept.
CREATE TABLE account_tokens (
  id uuid PRIMARY KEY,
  user_id uuid NOT NULL REFERENCES users(id),
  purpose text NOT NULL CHECK (purpose IN ('activation', 'password_reset')),
  token_hash text NOT NULL UNIQUE,
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL,
  used_at timestamptz
);
CREATE INDEX account_tokens_user ON account_tokens (user_id);

-- Mail is written in the transaction of what it tells about and sent afterwards, with retries.
CREATE TABLE mail_outbox (
  id uuid PRIMARY KEY,
  kind text NOT NULL,
  to_address text NOT NULL,
  subject text NOT NULL,
  -- Emptied once sent: a link in a body must not outlive its delivery in the database.
  text_body text,
  created_at timestamptz NOT NULL DEFAULT now(),
  attempts integer NOT NULL DEFAULT 0,
  next_attempt_at timestamptz NOT NULL DEFAULT now(),
  sent_at timestamptz,
  failed_at timestamptz,
  last_error text
);
CREATE INDEX mail_outbox_due ON mail_outbox (next_attempt_at) WHERE sent_at IS NULL AND failed_at IS NULL;

-- At most one open involvement of a professional in a family. Duplicates from concurrent requests are
-- closed first (the earliest stays), so that ending "the" involvement really ends access.
UPDATE involvements i SET until = current_date
WHERE i.until IS NULL AND EXISTS (
  SELECT 1 FROM involvements j
  WHERE j.household_id = i.household_id AND j.user_id = i.user_id AND j.until IS NULL
    AND (j.since, j.id) < (i.since, i.id));
CREATE UNIQUE INDEX involvements_one_open ON involvements (household_id, user_id) WHERE until IS NULL;
