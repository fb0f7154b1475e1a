-- Only the regisseur (or their team lead) hands the direction over. Anyone else involved proposes a handover,
-- which the regisseur or the proposed person decides. The proposal is kept, decided or not, with who decided.
-- Pending proposals lapse when the direction changes in another way.
CREATE TABLE direction_proposals (
  household_id uuid NOT NULL REFERENCES households(id),
  id uuid NOT NULL,
  to_user_id uuid REFERENCES users(id),
  to_person_id uuid REFERENCES persons(id),
  supported_by_user_id uuid REFERENCES users(id),
  note text NOT NULL,
  proposed_by uuid NOT NULL REFERENCES users(id),
  proposed_at timestamptz NOT NULL DEFAULT now(),
  status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'accepted', 'declined', 'lapsed')),
  decided_by uuid REFERENCES users(id),
  decided_at timestamptz,
  decision_note text,
  PRIMARY KEY (household_id, id),
  -- To a professional, or to a family member supported by a professional.
  CHECK ((to_user_id IS NULL) <> (to_person_id IS NULL)),
  CHECK ((to_person_id IS NULL) = (supported_by_user_id IS NULL))
);
CREATE INDEX direction_proposals_pending ON direction_proposals (household_id) WHERE status = 'pending';
