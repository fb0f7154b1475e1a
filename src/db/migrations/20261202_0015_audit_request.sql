-- One page view asks the API several things (the family, its timeline, its alerts, its history requests), and
-- each answer is logged as its own event. To show the privacy officer one row per request, events now say which
-- request they belong to:
--   request_id  the HTTP request that wrote the event (set by the server; several events of one request share it)
--   view_id     the page view or action in the web app that made the request (sent by the browser, so it only
--               groups events of one user in one session, and never replaces an event)
-- Both are part of the hashed content of an event that has them. Events written before this migration have
-- neither and keep their hashes: nothing existing is rewritten (the table stays append-only), so their chains
-- still verify.
ALTER TABLE audit_events ADD COLUMN request_id uuid;
ALTER TABLE audit_events ADD COLUMN view_id uuid;

-- The privacy officer's filters: by actor, and by period.
CREATE INDEX audit_events_user ON audit_events (user_id, seq);
CREATE INDEX audit_events_occurred ON audit_events (occurred_at);
