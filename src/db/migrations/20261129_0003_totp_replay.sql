-- RFC 6238 §5.2: a one-time code is accepted once. Remember the last time step used per account.
ALTER TABLE users ADD COLUMN totp_last_step bigint;
