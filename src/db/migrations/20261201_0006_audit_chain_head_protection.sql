-- The chain heads belong to the audit trail: whoever could delete the newest events and reset a head
-- would cut the end off a chain without leaving a gap. Like audit_events, the table is protected in the
-- database itself: its eight rows (one per chain, made by the foundation migration) are fixed, and a head
-- only moves forward. The writer (src/audit/write.ts) raises seq by one and then sets the hash; both pass.
-- A superuser can still bypass triggers; the published checkpoints (docs/audit.md) catch that.
CREATE FUNCTION audit_chain_head_fixed_rows() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'audit_chain_head has fixed rows: % refused', TG_OP;
END;
$$ LANGUAGE plpgsql;

CREATE FUNCTION audit_chain_head_forward_only() RETURNS trigger AS $$
BEGIN
  IF NEW.id IS DISTINCT FROM OLD.id THEN
    RAISE EXCEPTION 'audit_chain_head: chain % keeps its id', OLD.id;
  END IF;
  IF NEW.seq < OLD.seq THEN
    RAISE EXCEPTION 'audit_chain_head: chain % only moves forward (from % to % refused)', OLD.id, OLD.seq, NEW.seq;
  END IF;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER audit_chain_head_no_insert_delete BEFORE INSERT OR DELETE ON audit_chain_head
  FOR EACH ROW EXECUTE FUNCTION audit_chain_head_fixed_rows();
CREATE TRIGGER audit_chain_head_no_truncate BEFORE TRUNCATE ON audit_chain_head
  FOR EACH STATEMENT EXECUTE FUNCTION audit_chain_head_fixed_rows();
CREATE TRIGGER audit_chain_head_forward_only BEFORE UPDATE ON audit_chain_head
  FOR EACH ROW EXECUTE FUNCTION audit_chain_head_forward_only();
