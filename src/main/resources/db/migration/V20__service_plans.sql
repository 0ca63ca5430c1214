-- Service plans: one youth's plan over the holistic needs in numbered versions (1, 2, 3 …), like the
-- safety plan. A version is never changed; a revision is the next version, so every plan the team
-- worked from is kept. Each need of a version is a row of its own, with the category of the youth's
-- information it is (copied from the taxonomy when saved, so who may see it never changes afterwards),
-- and so the county's gap analysis can count open needs by code.

CREATE TABLE service_plan (
    county_id          uuid NOT NULL,
    youth_id           uuid NOT NULL,
    version            integer NOT NULL CHECK (version >= 1),
    youth_participated boolean NOT NULL,
    -- the taxonomy version the needs were chosen from
    taxonomy_id        text NOT NULL,
    taxonomy_version   integer NOT NULL,
    created_by         uuid,
    created_agency     uuid,
    created_at         timestamptz NOT NULL,
    PRIMARY KEY (county_id, youth_id, version),
    FOREIGN KEY (county_id, youth_id) REFERENCES youth (county_id, id)
);

CREATE TABLE service_plan_need (
    county_id          uuid NOT NULL,
    youth_id           uuid NOT NULL,
    version            integer NOT NULL,
    position           integer NOT NULL CHECK (position >= 0),
    code               text NOT NULL CHECK (length(code) <= 64),
    category           text NOT NULL,
    -- the goal in the youth's words
    goal               text NOT NULL CHECK (length(goal) <= 1000),
    priority           text CHECK (priority IN ('HIGH', 'MEDIUM', 'LOW')),
    responsible_agency uuid,
    responsible_person text CHECK (length(responsible_person) <= 200),
    status             text NOT NULL CHECK (status IN ('OPEN', 'MET', 'NO_LONGER_NEEDED', 'DECLINED_BY_YOUTH')),
    -- the assessment item that suggested the need, as instrument/item, when it was taken from a suggestion
    suggested_by       text CHECK (length(suggested_by) <= 130),
    PRIMARY KEY (county_id, youth_id, version, position),
    UNIQUE (county_id, youth_id, version, code),
    FOREIGN KEY (county_id, youth_id, version) REFERENCES service_plan (county_id, youth_id, version),
    FOREIGN KEY (county_id, responsible_agency) REFERENCES agency (county_id, id)
);
CREATE INDEX service_plan_need_code ON service_plan_need (county_id, code, status);

GRANT SELECT, INSERT ON service_plan TO ${appRole};
GRANT SELECT, INSERT ON service_plan_need TO ${appRole};

ALTER TABLE service_plan ENABLE ROW LEVEL SECURITY;
ALTER TABLE service_plan_need ENABLE ROW LEVEL SECURITY;
CREATE POLICY county_isolation ON service_plan USING (county_id = current_county()) WITH CHECK (county_id = current_county());
CREATE POLICY county_isolation ON service_plan_need USING (county_id = current_county()) WITH CHECK (county_id = current_county());
