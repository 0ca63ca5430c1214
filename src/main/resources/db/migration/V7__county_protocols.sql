-- A county's own versions of its interagency protocol, stored as imported. A version never
-- changes (the application may only read and add): responses keep the version they started under.

CREATE TABLE protocol_version (
    county_id   uuid NOT NULL REFERENCES county (id),
    protocol_id text NOT NULL,
    version     integer NOT NULL CHECK (version >= 1),
    definition  text NOT NULL,
    imported_by uuid,
    imported_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (county_id, protocol_id, version)
);
-- the county's current protocol is its newest import
CREATE INDEX protocol_version_newest ON protocol_version (county_id, imported_at DESC);

GRANT SELECT, INSERT ON protocol_version TO ${appRole};

ALTER TABLE protocol_version ENABLE ROW LEVEL SECURITY;
CREATE POLICY county_isolation ON protocol_version USING (county_id = current_county()) WITH CHECK (county_id = current_county());

-- The clock board at county scale: the open clocks of the county or of one agency, soonest first,
-- and the counts per state, from the index alone (the deadline and the warning are in it).
CREATE INDEX response_clock_open_board ON response_clock (county_id, due_at) INCLUDE (warn_at, owner_agency_id)
    WHERE met_at IS NULL;
CREATE INDEX response_clock_open_owner ON response_clock (county_id, owner_agency_id, due_at) INCLUDE (warn_at)
    WHERE met_at IS NULL;
