-- Whoever ties an organisation to an identity provider decides who can log in as its professionals. So one
-- administrator proposes, and another confirms: a single administrator cannot make a provider of their own
-- speak for an organisation's accounts.
CREATE TABLE identity_provider_proposals (
  organisation_id uuid PRIMARY KEY REFERENCES organisations(id),
  issuer text NOT NULL,
  client_id text NOT NULL,
  client_secret_sealed text NOT NULL,
  display_name text NOT NULL,
  proposed_by uuid NOT NULL REFERENCES users(id),
  proposed_at timestamptz NOT NULL DEFAULT now()
);
