-- A pattern alert is closed by the family's regisseur. Other involved professionals add a note to it, which
-- is kept with the alert (and shown with it) whether or not the alert is acknowledged later. A note goes
-- with its alert when a new scan finds the alert's evidence gone.
CREATE TABLE alert_notes (
  household_id uuid NOT NULL,
  id uuid NOT NULL,
  alert_id uuid NOT NULL,
  author_user_id uuid NOT NULL REFERENCES users(id),
  note text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (household_id, id),
  FOREIGN KEY (household_id, alert_id) REFERENCES household_alerts(household_id, id) ON DELETE CASCADE
);
CREATE INDEX alert_notes_alert ON alert_notes (household_id, alert_id);
