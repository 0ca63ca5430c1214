-- Outcomes: dated observations of a youth's outcome measures, stages of change per concern, and
-- harm-reduction notes. One row per observation, indexed by county, measure and date, so that the
-- steering committee's aggregates read it directly. Rows are only added: a correction is a new
-- observation, and a stage moved back is a new row (the history is the point).

CREATE TABLE outcome_observation (
    county_id          uuid NOT NULL,
    id                 uuid NOT NULL,
    youth_id           uuid NOT NULL,
    measure_id         text NOT NULL CHECK (length(measure_id) <= 80),
    domain             text NOT NULL CHECK (length(domain) <= 60),
    value              numeric(14, 4) NOT NULL,
    observed_on        date NOT NULL,
    period             text NOT NULL CHECK (period IN ('PER_WEEK', 'PER_MONTH', 'PER_SEMESTER', 'POINT')),
    source             text CHECK (length(source) <= 200),
    note               text CHECK (length(note) <= 2000),
    -- the framework version the measure meant what it means here
    framework_id       text NOT NULL,
    framework_version  integer NOT NULL,
    recorded_by        uuid,
    recorded_agency    uuid,
    recorded_at        timestamptz NOT NULL,
    PRIMARY KEY (county_id, id),
    FOREIGN KEY (county_id, youth_id) REFERENCES youth (county_id, id)
);
CREATE INDEX outcome_observation_measure ON outcome_observation (county_id, measure_id, observed_on);
CREATE INDEX outcome_observation_youth ON outcome_observation (county_id, youth_id, measure_id, observed_on);

CREATE TABLE stage_of_change (
    county_id     uuid NOT NULL,
    id            uuid NOT NULL,
    youth_id      uuid NOT NULL,
    -- EXPLOITATION, RUNNING_AWAY, SUBSTANCE_USE, SCHOOL, RELATIONSHIPS, or the county's own words
    concern       text NOT NULL CHECK (length(concern) BETWEEN 1 AND 100),
    stage         text NOT NULL CHECK (stage IN ('PRECONTEMPLATION', 'CONTEMPLATION', 'PREPARATION', 'ACTION',
                                                 'MAINTENANCE', 'RELAPSE')),
    assessed_on   date NOT NULL,
    note          text CHECK (length(note) <= 2000),
    recorded_by   uuid,
    recorded_agency uuid,
    recorded_at   timestamptz NOT NULL,
    PRIMARY KEY (county_id, id),
    FOREIGN KEY (county_id, youth_id) REFERENCES youth (county_id, id)
);
CREATE INDEX stage_of_change_youth ON stage_of_change (county_id, youth_id, concern, assessed_on);

CREATE TABLE harm_reduction_note (
    county_id     uuid NOT NULL,
    id            uuid NOT NULL,
    youth_id      uuid NOT NULL,
    measure_id    text NOT NULL CHECK (length(measure_id) <= 80),
    domain        text NOT NULL CHECK (length(domain) <= 60),
    noted_on      date NOT NULL,
    note          text NOT NULL CHECK (length(note) BETWEEN 1 AND 2000),
    recorded_by   uuid,
    recorded_agency uuid,
    recorded_at   timestamptz NOT NULL,
    PRIMARY KEY (county_id, id),
    FOREIGN KEY (county_id, youth_id) REFERENCES youth (county_id, id)
);
CREATE INDEX harm_reduction_note_youth ON harm_reduction_note (county_id, youth_id, noted_on);

GRANT SELECT, INSERT ON outcome_observation TO ${appRole};
GRANT SELECT, INSERT ON stage_of_change TO ${appRole};
GRANT SELECT, INSERT ON harm_reduction_note TO ${appRole};

ALTER TABLE outcome_observation ENABLE ROW LEVEL SECURITY;
ALTER TABLE stage_of_change ENABLE ROW LEVEL SECURITY;
ALTER TABLE harm_reduction_note ENABLE ROW LEVEL SECURITY;
CREATE POLICY county_isolation ON outcome_observation USING (county_id = current_county()) WITH CHECK (county_id = current_county());
CREATE POLICY county_isolation ON stage_of_change USING (county_id = current_county()) WITH CHECK (county_id = current_county());
CREATE POLICY county_isolation ON harm_reduction_note USING (county_id = current_county()) WITH CHECK (county_id = current_county());
