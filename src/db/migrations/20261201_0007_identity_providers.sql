-- An organisation may let its professionals log in through its own identity provider (OpenID Connect).
-- The identity provider only speaks for its own organisation: a login maps to an account of that
-- organisation only. The client secret is sealed with the instance key (src/crypto/secretBox.ts).
CREATE TABLE identity_providers (
  organisation_id uuid PRIMARY KEY REFERENCES organisations(id),
  issuer text NOT NULL,
  client_id text NOT NULL,
  client_secret_sealed text NOT NULL,
  display_name text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);

-- A login in progress at an identity provider: state, nonce and PKCE verifier, found again at the callback
-- through a short-lived cookie that holds only a random handle (its hash is the key). Used once.
CREATE TABLE sso_logins (
  handle_hash text PRIMARY KEY,
  organisation_id uuid NOT NULL REFERENCES organisations(id),
  state text NOT NULL,
  nonce text NOT NULL,
  code_verifier text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL
);
CREATE INDEX sso_logins_expiry ON sso_logins (expires_at);
