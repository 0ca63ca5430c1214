-- One table for every kind of definition a county imports as data (instruments, protocols,
-- disclosure rules, and the kinds that follow), instead of one table of the same shape per kind.
-- Shipped definitions are part of Tandem and not stored. A version never changes: the application
-- may only read and add, and row-level security keeps each county to its own versions.

CREATE TABLE definition_version (
    county_id     uuid NOT NULL REFERENCES county (id),
    -- the kind's registered name (definition.DefinitionKind): instrument, protocol, disclosure-rules, ...
    kind          text NOT NULL CHECK (kind ~ '^[a-z][a-z0-9-]{0,39}$'),
    definition_id text NOT NULL,
    version       integer NOT NULL CHECK (version >= 1),
    -- the file exactly as imported
    definition    text NOT NULL,
    imported_by   uuid,
    imported_at   timestamptz NOT NULL,
    PRIMARY KEY (county_id, kind, definition_id, version)
);
-- a county's newest version of a kind: its last import
CREATE INDEX definition_version_newest ON definition_version (county_id, kind, imported_at DESC, version DESC);

INSERT INTO definition_version (county_id, kind, definition_id, version, definition, imported_by, imported_at)
SELECT county_id, 'instrument', instrument_id, version, definition, imported_by, imported_at FROM instrument_version;
INSERT INTO definition_version (county_id, kind, definition_id, version, definition, imported_by, imported_at)
SELECT county_id, 'protocol', protocol_id, version, definition, imported_by, imported_at FROM protocol_version;
INSERT INTO definition_version (county_id, kind, definition_id, version, definition, imported_by, imported_at)
SELECT county_id, 'disclosure-rules', rules_id, version, definition, imported_by, imported_at FROM disclosure_rules_version;

DROP TABLE instrument_version;
DROP TABLE protocol_version;
DROP TABLE disclosure_rules_version;

GRANT SELECT, INSERT ON definition_version TO ${appRole};

ALTER TABLE definition_version ENABLE ROW LEVEL SECURITY;
CREATE POLICY county_isolation ON definition_version USING (county_id = current_county()) WITH CHECK (county_id = current_county());
