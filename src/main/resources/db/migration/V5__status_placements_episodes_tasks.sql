-- Status without labels: determinations (at risk, suspected, confirmed) and incidents; placement
-- history and runaway episodes; and tasks with owners and clocks.

CREATE TABLE determination (
    county_id       uuid NOT NULL,
    id              uuid NOT NULL,
    youth_id        uuid NOT NULL,
    kind            text NOT NULL CHECK (kind IN ('AT_RISK', 'SUSPECTED', 'CONFIRMED')),
    determined_on   date NOT NULL,
    source          text NOT NULL CHECK (source IN ('SCREENING', 'DISCLOSURE', 'LAW_ENFORCEMENT', 'MEDICAL', 'CAREGIVER',
        'COURT', 'OTHER')),
    screening_id    uuid,
    note            text CHECK (length(note) <= 2000),
    determined_by   uuid NOT NULL,
    agency_id       uuid NOT NULL,
    recorded_at     timestamptz NOT NULL,
    -- a determination is closed by a person: ruled out, or resolved with the last known occurrence
    state           text NOT NULL DEFAULT 'ACTIVE' CHECK (state IN ('ACTIVE', 'RULED_OUT', 'RESOLVED')),
    closed_on       date,
    last_known_on   date,
    closed_by       uuid,
    close_reason    text CHECK (length(close_reason) <= 2000),
    PRIMARY KEY (county_id, id),
    FOREIGN KEY (county_id, youth_id) REFERENCES youth (county_id, id),
    FOREIGN KEY (county_id, screening_id) REFERENCES screening (county_id, id),
    CHECK (state = 'ACTIVE' OR closed_on IS NOT NULL),
    CHECK (source <> 'SCREENING' OR screening_id IS NOT NULL)
);
CREATE INDEX determination_youth ON determination (county_id, youth_id, determined_on DESC);

CREATE TABLE incident (
    county_id        uuid NOT NULL,
    id               uuid NOT NULL,
    youth_id         uuid NOT NULL,
    occurred_from    date NOT NULL,
    occurred_to      date,
    approximate      boolean NOT NULL DEFAULT false,
    location_county  text CHECK (length(location_county) <= 100),
    location_city    text CHECK (length(location_city) <= 100),
    source_types     text[] NOT NULL CHECK (source_types <@ ARRAY['THIRD_PARTY_EXPLOITER', 'SURVIVAL_SEX',
        'FAMILIAL_TRAFFICKING', 'ONLINE', 'OTHER']::text[]),
    kinds            text[] NOT NULL CHECK (kinds <@ ARRAY['COMMERCIAL_SEX', 'STRIPPING_EXOTIC_DANCING', 'PORNOGRAPHY',
        'OTHER']::text[]),
    reported_to_law_enforcement boolean NOT NULL DEFAULT false,
    reported_at      timestamptz,
    note             text CHECK (length(note) <= 2000),
    recorded_by      uuid NOT NULL,
    recorded_at      timestamptz NOT NULL,
    PRIMARY KEY (county_id, id),
    FOREIGN KEY (county_id, youth_id) REFERENCES youth (county_id, id),
    CHECK (cardinality(source_types) + cardinality(kinds) > 0),
    CHECK (occurred_to IS NULL OR occurred_to >= occurred_from)
);
CREATE INDEX incident_youth ON incident (county_id, youth_id, occurred_from DESC);

CREATE TABLE incident_determination (
    county_id        uuid NOT NULL,
    incident_id      uuid NOT NULL,
    determination_id uuid NOT NULL,
    PRIMARY KEY (county_id, incident_id, determination_id),
    FOREIGN KEY (county_id, incident_id) REFERENCES incident (county_id, id),
    FOREIGN KEY (county_id, determination_id) REFERENCES determination (county_id, id)
);

CREATE TABLE placement (
    county_id        uuid NOT NULL,
    id               uuid NOT NULL,
    youth_id         uuid NOT NULL,
    placement_type   text NOT NULL,
    started_on       date NOT NULL,
    ended_on         date,
    reason_for_change text CHECK (length(reason_for_change) <= 1000),
    recorded_by      uuid,
    recorded_at      timestamptz NOT NULL,
    PRIMARY KEY (county_id, id),
    FOREIGN KEY (county_id, youth_id) REFERENCES youth (county_id, id),
    CHECK (ended_on IS NULL OR ended_on >= started_on)
);
CREATE INDEX placement_youth ON placement (county_id, youth_id, started_on);

CREATE TABLE runaway_episode (
    county_id        uuid NOT NULL,
    id               uuid NOT NULL,
    youth_id         uuid NOT NULL,
    started_at       timestamptz NOT NULL,
    ended_at         timestamptz,
    returned_to_same_caregiver boolean,
    returned_to      text CHECK (length(returned_to) <= 500),
    recorded_by      uuid,
    recorded_at      timestamptz NOT NULL,
    PRIMARY KEY (county_id, id),
    FOREIGN KEY (county_id, youth_id) REFERENCES youth (county_id, id),
    CHECK (ended_at IS NULL OR ended_at >= started_at)
);
CREATE INDEX runaway_episode_youth ON runaway_episode (county_id, youth_id, started_at DESC);
-- at most one open episode per youth
CREATE UNIQUE INDEX runaway_episode_open ON runaway_episode (county_id, youth_id) WHERE ended_at IS NULL;

CREATE TABLE task (
    county_id        uuid NOT NULL,
    id               uuid NOT NULL,
    youth_id         uuid NOT NULL,
    task_type        text NOT NULL,
    -- what the task is about (an episode, a determination, an incident); one task of a type per subject
    subject_id       uuid NOT NULL,
    due_at           timestamptz NOT NULL,
    owner_agency_id  uuid NOT NULL,
    owner_user_id    uuid,
    status           text NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN', 'DONE')),
    created_at       timestamptz NOT NULL,
    completed_at     timestamptz,
    completed_by     uuid,
    done_at          timestamptz,
    report_number    text CHECK (length(report_number) <= 100),
    note             text CHECK (length(note) <= 2000),
    PRIMARY KEY (county_id, id),
    FOREIGN KEY (county_id, youth_id) REFERENCES youth (county_id, id),
    UNIQUE (county_id, task_type, subject_id)
);
CREATE INDEX task_open ON task (county_id, due_at) WHERE status = 'OPEN';

-- Everything a task covers besides its subject: a hotline report covers every incident it rests on,
-- so a later suspicion about one of them owes no second report.
CREATE TABLE task_cover (
    county_id  uuid NOT NULL,
    task_type  text NOT NULL,
    covered_id uuid NOT NULL,
    task_id    uuid NOT NULL,
    PRIMARY KEY (county_id, task_type, covered_id),
    FOREIGN KEY (county_id, task_id) REFERENCES task (county_id, id)
);
CREATE INDEX task_youth ON task (county_id, youth_id);

GRANT SELECT, INSERT, UPDATE ON determination, incident, placement, runaway_episode, task TO ${appRole};
GRANT SELECT, INSERT ON incident_determination, task_cover TO ${appRole};

ALTER TABLE determination ENABLE ROW LEVEL SECURITY;
ALTER TABLE incident ENABLE ROW LEVEL SECURITY;
ALTER TABLE incident_determination ENABLE ROW LEVEL SECURITY;
ALTER TABLE placement ENABLE ROW LEVEL SECURITY;
ALTER TABLE runaway_episode ENABLE ROW LEVEL SECURITY;
ALTER TABLE task ENABLE ROW LEVEL SECURITY;
ALTER TABLE task_cover ENABLE ROW LEVEL SECURITY;
CREATE POLICY county_isolation ON task_cover USING (county_id = current_county()) WITH CHECK (county_id = current_county());
CREATE POLICY county_isolation ON determination USING (county_id = current_county()) WITH CHECK (county_id = current_county());
CREATE POLICY county_isolation ON incident USING (county_id = current_county()) WITH CHECK (county_id = current_county());
CREATE POLICY county_isolation ON incident_determination USING (county_id = current_county()) WITH CHECK (county_id = current_county());
CREATE POLICY county_isolation ON placement USING (county_id = current_county()) WITH CHECK (county_id = current_county());
CREATE POLICY county_isolation ON runaway_episode USING (county_id = current_county()) WITH CHECK (county_id = current_county());
CREATE POLICY county_isolation ON task USING (county_id = current_county()) WITH CHECK (county_id = current_county());
