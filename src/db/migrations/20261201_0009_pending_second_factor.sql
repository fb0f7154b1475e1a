-- The second factor is set up by the account's owner while activating it: the secret shown to them waits
-- here (sealed) until they confirm it with a code.
ALTER TABLE account_tokens ADD COLUMN pending_totp_secret text;
