-- A team can be deactivated (and re-activated) once nobody is in it; it is never deleted, because the audit
-- log and earlier team-lead access refer to it.
ALTER TABLE teams ADD COLUMN deactivated_at timestamptz;
