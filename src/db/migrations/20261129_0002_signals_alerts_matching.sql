-- Signals, derived pattern alerts and the matching index (issue 3).

CREATE TABLE signals (
  household_id uuid NOT NULL REFERENCES households(id),
  id uuid NOT NULL,
  kind text NOT NULL,
  observed_at date NOT NULL,
  severity text NOT NULL DEFAULT 'medium' CHECK (severity IN ('low', 'medium', 'high')),
  -- Restricted: readable by the author's organisation and the regisseur only; others see that it exists.
  note text,
  details jsonb NOT NULL DEFAULT '{}',
  author_user_id uuid NOT NULL REFERENCES users(id),
  author_organisation_id uuid NOT NULL REFERENCES organisations(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (household_id, id)
);

CREATE TABLE signal_persons (
  household_id uuid NOT NULL,
  signal_id uuid NOT NULL,
  person_id uuid NOT NULL REFERENCES persons(id),
  PRIMARY KEY (household_id, signal_id, person_id),
  FOREIGN KEY (household_id, signal_id) REFERENCES signals (household_id, id)
);
-- A person's history follows them: their signals are found from any later household.
CREATE INDEX signal_persons_person ON signal_persons (person_id);

-- Alerts are derived from the timeline by the rules in src/domain/patterns and stored so that an inbox
-- can list them and professionals can acknowledge them. alert_key names the rule and the evidence.
CREATE TABLE household_alerts (
  household_id uuid NOT NULL REFERENCES households(id),
  id uuid NOT NULL,
  alert_key text NOT NULL,
  rule text NOT NULL,
  variant text,
  severity text NOT NULL,
  explanation jsonb NOT NULL,
  event_ids text[] NOT NULL,
  person_ids uuid[] NOT NULL,
  first_seen_at timestamptz NOT NULL DEFAULT now(),
  acknowledged_by uuid REFERENCES users(id),
  acknowledged_at timestamptz,
  acknowledgement_note text,
  PRIMARY KEY (household_id, id),
  UNIQUE (household_id, alert_key)
);

-- The matching index, modelled on the national Verwijsindex: no content, only who has a concern about
-- whom, since when. Deliberately not family-scoped: it exists to connect households and organisations.
-- subject_key is a keyed hash of the BSN, or of name + birth date when there is no BSN.
CREATE TABLE match_entries (
  id uuid PRIMARY KEY,
  subject_key text NOT NULL,
  -- keyed hash of a parent's subject: siblings who share a parent match as a family
  family_keys text[] NOT NULL DEFAULT '{}',
  person_id uuid NOT NULL REFERENCES persons(id),
  household_id uuid NOT NULL REFERENCES households(id),
  user_id uuid NOT NULL REFERENCES users(id),
  organisation_id uuid NOT NULL REFERENCES organisations(id),
  first_registered_at timestamptz NOT NULL DEFAULT now(),
  last_registered_at timestamptz NOT NULL DEFAULT now(),
  expires_on date NOT NULL,
  UNIQUE (subject_key, user_id)
);
CREATE INDEX match_entries_subject ON match_entries (subject_key, expires_on);
CREATE INDEX match_entries_family ON match_entries USING gin (family_keys);

CREATE TABLE matches (
  id uuid PRIMARY KEY,
  basis text NOT NULL CHECK (basis IN ('person', 'family')),
  subject_key text NOT NULL,
  entry_a uuid NOT NULL REFERENCES match_entries(id),
  entry_b uuid NOT NULL REFERENCES match_entries(id),
  user_a uuid NOT NULL REFERENCES users(id),
  user_b uuid NOT NULL REFERENCES users(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  coordinated_at timestamptz,
  central_contact_user_id uuid REFERENCES users(id),
  UNIQUE (entry_a, entry_b)
);
CREATE INDEX matches_user_a ON matches (user_a);
CREATE INDEX matches_user_b ON matches (user_b);
