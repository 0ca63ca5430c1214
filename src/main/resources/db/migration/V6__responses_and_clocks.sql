-- Team responses started under a version of the county protocol, and their clocks. A clock's due
-- time is computed once from the recorded identification time; met and breach are recorded facts.

CREATE TABLE response (
    county_id        uuid NOT NULL,
    id               uuid NOT NULL,
    youth_id         uuid NOT NULL,
    tier             text NOT NULL,
    jurisdiction     text NOT NULL,
    lead_agency_id   uuid NOT NULL,
    protocol_id      text NOT NULL,
    protocol_version integer NOT NULL,
    identified_at    timestamptz NOT NULL,
    started_by       uuid,
    started_at       timestamptz NOT NULL,
    PRIMARY KEY (county_id, id),
    FOREIGN KEY (county_id, youth_id) REFERENCES youth (county_id, id),
    FOREIGN KEY (county_id, lead_agency_id) REFERENCES agency (county_id, id)
);
CREATE INDEX response_youth ON response (county_id, youth_id, identified_at DESC);

CREATE TABLE response_clock (
    county_id       uuid NOT NULL,
    response_id     uuid NOT NULL,
    name            text NOT NULL,
    due_at          timestamptz NOT NULL,
    warn_at         timestamptz NOT NULL,
    owner_agency_id uuid NOT NULL,
    met_at          timestamptz,
    met_by          uuid,
    breach_reason   text CHECK (length(breach_reason) <= 2000),
    PRIMARY KEY (county_id, response_id, name),
    FOREIGN KEY (county_id, response_id) REFERENCES response (county_id, id),
    CHECK (met_at IS NULL OR met_at <= due_at OR breach_reason IS NOT NULL)
);
CREATE INDEX response_clock_open ON response_clock (county_id, due_at) WHERE met_at IS NULL;

GRANT SELECT, INSERT ON response TO ${appRole};
GRANT SELECT, INSERT, UPDATE ON response_clock TO ${appRole};

ALTER TABLE response ENABLE ROW LEVEL SECURITY;
ALTER TABLE response_clock ENABLE ROW LEVEL SECURITY;
CREATE POLICY county_isolation ON response USING (county_id = current_county()) WITH CHECK (county_id = current_county());
CREATE POLICY county_isolation ON response_clock USING (county_id = current_county()) WITH CHECK (county_id = current_county());
