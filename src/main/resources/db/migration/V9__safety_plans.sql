-- Safety plans: one youth's plan in numbered versions (1, 2, 3 …). A version is never changed;
-- a revision is the next version, so every plan the team and the caregiver ever worked from is kept.
-- And the events that make the needs and strengths assessment due (identification, placement change).

CREATE TABLE safety_plan (
    county_id            uuid NOT NULL,
    youth_id             uuid NOT NULL,
    version              integer NOT NULL CHECK (version >= 1),
    -- lists of text: each a JSON array of at most 30 strings
    risks_to_youth       jsonb NOT NULL DEFAULT '[]',
    risks_to_family      jsonb NOT NULL DEFAULT '[]',
    risks_to_providers   jsonb NOT NULL DEFAULT '[]',
    trauma_triggers      jsonb NOT NULL DEFAULT '[]',
    coping_skills        jsonb NOT NULL DEFAULT '[]',
    prevention_steps     jsonb NOT NULL DEFAULT '[]',
    -- what each member does if the youth runs: [{"who": …, "does": …}]
    if_youth_runs        jsonb NOT NULL DEFAULT '[]',
    safe_transportation  text CHECK (length(safe_transportation) <= 2000),
    youth_words          text CHECK (length(youth_words) <= 2000),
    youth_participated   boolean NOT NULL,
    why_not_participated text CHECK (length(why_not_participated) <= 2000),
    -- the MDT meeting the plan was revised at, when it was
    meeting_id           uuid,
    created_by           uuid,
    created_agency       uuid,
    created_at           timestamptz NOT NULL,
    PRIMARY KEY (county_id, youth_id, version),
    FOREIGN KEY (county_id, youth_id) REFERENCES youth (county_id, id),
    CHECK (youth_participated OR why_not_participated IS NOT NULL),
    CHECK (jsonb_typeof(risks_to_youth) = 'array' AND jsonb_array_length(risks_to_youth) <= 30),
    CHECK (jsonb_typeof(risks_to_family) = 'array' AND jsonb_array_length(risks_to_family) <= 30),
    CHECK (jsonb_typeof(risks_to_providers) = 'array' AND jsonb_array_length(risks_to_providers) <= 30),
    CHECK (jsonb_typeof(trauma_triggers) = 'array' AND jsonb_array_length(trauma_triggers) <= 30),
    CHECK (jsonb_typeof(coping_skills) = 'array' AND jsonb_array_length(coping_skills) <= 30),
    CHECK (jsonb_typeof(prevention_steps) = 'array' AND jsonb_array_length(prevention_steps) <= 30),
    CHECK (jsonb_typeof(if_youth_runs) = 'array' AND jsonb_array_length(if_youth_runs) <= 30)
);

-- Events after which the youth is due for the needs and strengths assessment: the identification
-- (the first team response) and each placement change. Recorded from the events, once each.
CREATE TABLE assessment_trigger (
    county_id    uuid NOT NULL,
    youth_id     uuid NOT NULL,
    reason       text NOT NULL CHECK (reason IN ('IDENTIFICATION', 'PLACEMENT_CHANGE')),
    -- the response or placement that caused it
    source_id    uuid NOT NULL,
    occurred_on  date NOT NULL,
    recorded_at  timestamptz NOT NULL,
    PRIMARY KEY (county_id, youth_id, reason, source_id),
    FOREIGN KEY (county_id, youth_id) REFERENCES youth (county_id, id)
);
CREATE INDEX assessment_trigger_youth ON assessment_trigger (county_id, youth_id, occurred_on);
CREATE INDEX screening_assessments ON screening (county_id, youth_id, instrument_id, screened_on DESC)
    WHERE status = 'SUBMITTED';

-- What was recorded before this version: responses already started and placements already recorded.
INSERT INTO assessment_trigger (county_id, youth_id, reason, source_id, occurred_on, recorded_at)
SELECT r.county_id, r.youth_id, 'IDENTIFICATION', r.id, (r.identified_at AT TIME ZONE c.time_zone)::date, now()
FROM response r JOIN county c ON c.id = r.county_id;
INSERT INTO assessment_trigger (county_id, youth_id, reason, source_id, occurred_on, recorded_at)
SELECT p.county_id, p.youth_id, 'PLACEMENT_CHANGE', p.id, p.started_on, now()
FROM placement p;

GRANT SELECT, INSERT ON safety_plan TO ${appRole};
GRANT SELECT, INSERT ON assessment_trigger TO ${appRole};

ALTER TABLE safety_plan ENABLE ROW LEVEL SECURITY;
ALTER TABLE assessment_trigger ENABLE ROW LEVEL SECURITY;
CREATE POLICY county_isolation ON safety_plan USING (county_id = current_county()) WITH CHECK (county_id = current_county());
CREATE POLICY county_isolation ON assessment_trigger USING (county_id = current_county()) WITH CHECK (county_id = current_county());
