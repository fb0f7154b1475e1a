-- Retention (docs/retention.md): a closed family's records are removed once the configured term has passed
-- since it was closed, so the closing moment is recorded.
ALTER TABLE households ADD COLUMN closed_at timestamptz;
-- Families closed before this migration: their last change is the best record of when that happened.
UPDATE households SET closed_at = updated_at WHERE status = 'closed';
CREATE INDEX households_closed ON households (closed_at) WHERE closed_at IS NOT NULL;

-- The retention job deletes a family's rows, then the persons nobody refers to any more. Every deleted row
-- makes the database check the rows that refer to it; without these indexes each check scans a whole table.
CREATE INDEX match_entries_household ON match_entries (household_id);
CREATE INDEX match_entries_person ON match_entries (person_id);
CREATE INDEX match_entries_expiry ON match_entries (expires_on);
CREATE INDEX matches_entry_b ON matches (entry_b);
CREATE INDEX involvements_person ON involvements (person_id) WHERE person_id IS NOT NULL;
CREATE INDEX safety_guardians_child ON safety_guardians (child_id);
CREATE INDEX directions_person ON directions (person_id) WHERE person_id IS NOT NULL;

-- The daily clean-up of delivered mail.
CREATE INDEX mail_outbox_done ON mail_outbox (coalesce(sent_at, failed_at)) WHERE sent_at IS NOT NULL OR failed_at IS NOT NULL;
