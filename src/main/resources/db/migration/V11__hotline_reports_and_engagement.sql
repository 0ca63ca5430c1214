-- The hotline's report that started a response, and the responder's record of the first 72 hours of
-- an immediate crisis response (engagement, temporary placement, basic needs, medical evaluation).

CREATE TABLE hotline_report (
    county_id        uuid NOT NULL,
    id               uuid NOT NULL,
    youth_id         uuid NOT NULL,
    -- when the report came in: the identification time the response's clocks start from
    received_at      timestamptz NOT NULL,
    reporter_kind    text NOT NULL CHECK (reporter_kind IN ('MANDATED_REPORTER', 'LAW_ENFORCEMENT', 'FAMILY',
                         'YOUTH', 'COMMUNITY', 'ANONYMOUS', 'OTHER')),
    reporter_name    text CHECK (length(reporter_name) <= 200),
    reporter_contact text CHECK (length(reporter_contact) <= 200),
    -- where the youth is now, for the responder who goes there
    youth_location   text CHECK (length(youth_location) <= 500),
    concerns         text NOT NULL CHECK (length(concerns) BETWEEN 1 AND 8000),
    response_id      uuid NOT NULL,
    recorded_by      uuid,
    recorded_at      timestamptz NOT NULL,
    PRIMARY KEY (county_id, id),
    FOREIGN KEY (county_id, youth_id) REFERENCES youth (county_id, id),
    FOREIGN KEY (county_id, response_id) REFERENCES response (county_id, id)
);
CREATE INDEX hotline_report_received ON hotline_report (county_id, received_at DESC);
CREATE UNIQUE INDEX hotline_report_response ON hotline_report (county_id, response_id);

-- One record per immediate crisis response, filled in over its first 72 hours; every change is
-- audited, and version guards against two responders overwriting each other.
CREATE TABLE engagement (
    county_id                 uuid NOT NULL,
    response_id               uuid NOT NULL,
    engaged_at                timestamptz,
    engaged_where             text CHECK (length(engaged_where) <= 500),
    temporary_placement       text CHECK (length(temporary_placement) <= 500),
    food                      boolean NOT NULL DEFAULT false,
    shelter                   boolean NOT NULL DEFAULT false,
    clothing                  boolean NOT NULL DEFAULT false,
    rest                      boolean NOT NULL DEFAULT false,
    humanitarian_bag          boolean NOT NULL DEFAULT false,
    medical_scheduled_at      timestamptz,
    medical_completed_at      timestamptz,
    note                      text CHECK (length(note) <= 4000),
    version                   integer NOT NULL DEFAULT 1,
    updated_by                uuid,
    updated_at                timestamptz NOT NULL,
    PRIMARY KEY (county_id, response_id),
    FOREIGN KEY (county_id, response_id) REFERENCES response (county_id, id)
);

GRANT SELECT, INSERT ON hotline_report TO ${appRole};
GRANT SELECT, INSERT, UPDATE ON engagement TO ${appRole};

ALTER TABLE hotline_report ENABLE ROW LEVEL SECURITY;
ALTER TABLE engagement ENABLE ROW LEVEL SECURITY;
CREATE POLICY county_isolation ON hotline_report USING (county_id = current_county()) WITH CHECK (county_id = current_county());
CREATE POLICY county_isolation ON engagement USING (county_id = current_county()) WITH CHECK (county_id = current_county());
