-- Foundation: organisations, users, sessions, households and who is involved, direction, audit trail.
-- Every family-scoped table carries household_id in its primary key so the data can later be
-- distributed by household without a redesign.

CREATE TABLE instance_secrets (
  name text PRIMARY KEY,
  value text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE organisations (
  id uuid PRIMARY KEY,
  name text NOT NULL,
  kind text NOT NULL,
  municipality text NOT NULL,
  offers text[] NOT NULL DEFAULT '{}',
  phone text,
  email text,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE teams (
  id uuid PRIMARY KEY,
  organisation_id uuid NOT NULL REFERENCES organisations(id),
  name text NOT NULL
);

CREATE TABLE users (
  id uuid PRIMARY KEY,
  email text NOT NULL UNIQUE,
  name text NOT NULL,
  organisation_id uuid NOT NULL REFERENCES organisations(id),
  team_id uuid REFERENCES teams(id),
  roles text[] NOT NULL,
  phone text,
  password_hash text NOT NULL,
  totp_secret text,
  failed_logins integer NOT NULL DEFAULT 0,
  locked_until timestamptz,
  disabled boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX users_team ON users (team_id);

CREATE TABLE sessions (
  sid text PRIMARY KEY,
  data jsonb NOT NULL,
  expires_at timestamptz NOT NULL
);
CREATE INDEX sessions_expiry ON sessions (expires_at);

-- Persons are not family-scoped: a child's history follows it into a new household.
CREATE TABLE persons (
  id uuid PRIMARY KEY,
  first_name text NOT NULL,
  last_name text NOT NULL,
  birth_date date NOT NULL,
  bsn_hash text,
  bsn_last3 text,
  school text,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX persons_bsn ON persons (bsn_hash) WHERE bsn_hash IS NOT NULL;
CREATE INDEX persons_name_birth ON persons (lower(last_name), birth_date);

CREATE TABLE households (
  id uuid PRIMARY KEY,
  name text NOT NULL,
  municipality text NOT NULL,
  status text NOT NULL DEFAULT 'active',
  escalation_level text NOT NULL DEFAULT 'voluntary',
  version integer NOT NULL DEFAULT 1,
  created_by uuid NOT NULL REFERENCES users(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);

-- Membership over time: who belonged to the household, in which role, from when until when.
CREATE TABLE household_members (
  household_id uuid NOT NULL REFERENCES households(id),
  id uuid NOT NULL,
  person_id uuid NOT NULL REFERENCES persons(id),
  role text NOT NULL,
  relation text,
  since date NOT NULL,
  until date,
  PRIMARY KEY (household_id, id)
);
CREATE INDEX household_members_person ON household_members (person_id);

-- A move is a fact with a date, never an overwrite.
CREATE TABLE household_addresses (
  household_id uuid NOT NULL REFERENCES households(id),
  id uuid NOT NULL,
  street text NOT NULL,
  postcode text,
  city text NOT NULL,
  municipality text NOT NULL,
  valid_from date NOT NULL,
  valid_until date,
  PRIMARY KEY (household_id, id)
);

CREATE TABLE involvements (
  household_id uuid NOT NULL REFERENCES households(id),
  id uuid NOT NULL,
  user_id uuid NOT NULL REFERENCES users(id),
  organisation_id uuid NOT NULL REFERENCES organisations(id),
  person_id uuid REFERENCES persons(id),
  reason text NOT NULL,
  domain text NOT NULL,
  since date NOT NULL,
  until date,
  created_by uuid NOT NULL REFERENCES users(id),
  PRIMARY KEY (household_id, id)
);
-- "Which families may this user see" runs on every list; an involvement may end in the future, so no partial index.
CREATE INDEX involvements_user ON involvements (user_id, household_id);

CREATE TABLE network_members (
  household_id uuid NOT NULL REFERENCES households(id),
  id uuid NOT NULL,
  name text NOT NULL,
  relation text NOT NULL,
  does_what text NOT NULL DEFAULT '',
  contact text NOT NULL DEFAULT '',
  since date NOT NULL,
  until date,
  PRIMARY KEY (household_id, id)
);

-- Who guards each child's safety: a professional or someone from the informal network.
CREATE TABLE safety_guardians (
  household_id uuid NOT NULL REFERENCES households(id),
  id uuid NOT NULL,
  child_id uuid NOT NULL REFERENCES persons(id),
  user_id uuid REFERENCES users(id),
  network_member_id uuid,
  since date NOT NULL,
  until date,
  PRIMARY KEY (household_id, id),
  CHECK ((user_id IS NULL) <> (network_member_id IS NULL))
);

CREATE TABLE directions (
  household_id uuid NOT NULL REFERENCES households(id),
  id uuid NOT NULL,
  user_id uuid REFERENCES users(id),
  person_id uuid REFERENCES persons(id),
  supported_by_user_id uuid REFERENCES users(id),
  mandate text NOT NULL,
  since timestamptz NOT NULL,
  until timestamptz,
  handover_note text,
  assigned_by uuid NOT NULL REFERENCES users(id),
  PRIMARY KEY (household_id, id),
  CHECK ((user_id IS NULL) <> (person_id IS NULL))
);
-- The one-regisseur rule, also enforced by the database: at most one current direction per household.
CREATE UNIQUE INDEX directions_one_current ON directions (household_id) WHERE until IS NULL;

-- NEN 7513 access log. Append-only (see triggers) and hash-chained. Events are spread over a few
-- parallel chains so that concurrent requests do not all queue on one chain head; each chain is
-- verified on its own (chain_seq has no gaps), seq orders all events.
CREATE SEQUENCE audit_events_seq;

CREATE TABLE audit_events (
  seq bigint PRIMARY KEY,
  chain smallint NOT NULL,
  chain_seq bigint NOT NULL,
  occurred_at timestamptz NOT NULL,
  user_id uuid,
  user_roles text[] NOT NULL DEFAULT '{}',
  organisation_id uuid,
  session_id text,
  ip text,
  action_code char(1) NOT NULL CHECK (action_code IN ('C', 'R', 'U', 'D', 'E')),
  action text NOT NULL,
  purpose text NOT NULL,
  outcome text NOT NULL,
  household_ids uuid[] NOT NULL DEFAULT '{}',
  person_ids uuid[] NOT NULL DEFAULT '{}',
  checks jsonb NOT NULL,
  details jsonb NOT NULL DEFAULT '{}',
  prev_hash text NOT NULL,
  hash text NOT NULL,
  UNIQUE (chain, chain_seq)
);
CREATE INDEX audit_events_persons ON audit_events USING gin (person_ids);
CREATE INDEX audit_events_households ON audit_events USING gin (household_ids);

CREATE TABLE audit_chain_head (
  id smallint PRIMARY KEY CHECK (id BETWEEN 1 AND 8),
  seq bigint NOT NULL,
  hash text NOT NULL
);
INSERT INTO audit_chain_head (id, seq, hash) SELECT n, 0, 'genesis' FROM generate_series(1, 8) AS n;

CREATE FUNCTION audit_events_append_only() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'audit_events is append-only';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER audit_events_no_update BEFORE UPDATE OR DELETE ON audit_events
  FOR EACH ROW EXECUTE FUNCTION audit_events_append_only();
CREATE TRIGGER audit_events_no_truncate BEFORE TRUNCATE ON audit_events
  FOR EACH STATEMENT EXECUTE FUNCTION audit_events_append_only();
