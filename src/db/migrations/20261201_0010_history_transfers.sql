-- A child's earlier history no longer follows it into another family because someone typed its citizen
-- number: it follows only when the earlier family's regisseur accepts a request for it.

-- A request for the earlier history of a child, made in the family that has the child now (household_id).
-- Every request has one row without a source (the request itself, stored before anything is looked up), and
-- one row per earlier family found, added afterwards: the one who asks cannot tell whether any was found.
-- `batch_id` groups the rows of one request.
CREATE TABLE history_requests (
  household_id uuid NOT NULL REFERENCES households(id),
  id uuid NOT NULL,
  batch_id uuid NOT NULL,
  person_id uuid NOT NULL REFERENCES persons(id),
  source_household_id uuid REFERENCES households(id),
  source_person_id uuid REFERENCES persons(id),
  requested_by uuid NOT NULL REFERENCES users(id),
  reason text NOT NULL,
  requested_at timestamptz NOT NULL DEFAULT now(),
  status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'accepted', 'declined')),
  decided_by uuid REFERENCES users(id),
  decided_at timestamptz,
  decision_note text,
  PRIMARY KEY (household_id, id),
  CHECK ((source_household_id IS NULL) = (source_person_id IS NULL))
);
CREATE INDEX history_requests_source ON history_requests (source_household_id) WHERE source_household_id IS NOT NULL;
CREATE INDEX history_requests_person ON history_requests (household_id, person_id);

-- What follows a child (person_id, in household_id) from an earlier family: that family's records about
-- it (source_person_id in source_household_id), observed and recorded up to and including `until`.
CREATE TABLE history_shares (
  household_id uuid NOT NULL REFERENCES households(id),
  id uuid NOT NULL,
  person_id uuid NOT NULL REFERENCES persons(id),
  source_household_id uuid NOT NULL REFERENCES households(id),
  source_person_id uuid NOT NULL REFERENCES persons(id),
  until date NOT NULL,
  request_id uuid NOT NULL,
  PRIMARY KEY (household_id, id)
);
CREATE INDEX history_shares_source ON history_shares (source_household_id, source_person_id);
