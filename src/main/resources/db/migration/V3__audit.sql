-- The audit log: every read and write of a youth's record, append-only and hash-chained per county.
-- The application may insert and read; it holds no UPDATE or DELETE grant, and a trigger refuses
-- both even to the owner. Each entry's hash covers the previous entry's hash, so an edit made by
-- someone who got around both is found by verification.

CREATE TABLE audit_event (
    county_id       uuid NOT NULL REFERENCES county (id),
    seq             bigint NOT NULL,
    occurred_at     timestamptz NOT NULL,
    actor_id        uuid,
    actor_username  text NOT NULL,
    actor_roles     text NOT NULL,
    actor_agency_id uuid,
    action          text NOT NULL,
    youth_id        uuid,
    purpose         text NOT NULL,
    detail          text,
    prev_hash       text NOT NULL,
    hash            text NOT NULL,
    PRIMARY KEY (county_id, seq)
);
CREATE INDEX audit_event_youth ON audit_event (county_id, youth_id, seq) WHERE youth_id IS NOT NULL;

CREATE FUNCTION audit_event_append_only() RETURNS trigger
    LANGUAGE plpgsql
AS $$
BEGIN
    RAISE EXCEPTION 'audit_event is append-only' USING ERRCODE = 'insufficient_privilege';
END
$$;
CREATE TRIGGER audit_event_append_only
    BEFORE UPDATE OR DELETE ON audit_event
    FOR EACH ROW EXECUTE FUNCTION audit_event_append_only();
CREATE TRIGGER audit_event_no_truncate
    BEFORE TRUNCATE ON audit_event
    FOR EACH STATEMENT EXECUTE FUNCTION audit_event_append_only();

GRANT SELECT, INSERT ON audit_event TO ${appRole};

ALTER TABLE audit_event ENABLE ROW LEVEL SECURITY;
CREATE POLICY county_isolation ON audit_event USING (county_id = current_county()) WITH CHECK (county_id = current_county());
