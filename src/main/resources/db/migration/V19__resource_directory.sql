-- The resource directory: placement and service providers with the data points of Holistic Needs IV
-- and, for placements, the matching factors of Holistic Needs III.2. An entry belongs to the county that
-- created it (county_id) and serves the counties it lists (counties_served), so neighbouring counties
-- share one directory that can grow into a statewide list: every served county reads the entry, only
-- its owner changes it. No youth's data is stored here.

-- The county role that keeps the directory, next to the administrators.
ALTER TABLE app_user_role DROP CONSTRAINT app_user_role_role_check;
ALTER TABLE app_user_role ADD CONSTRAINT app_user_role_role_check CHECK (role IN ('COUNTY_ADMIN', 'HOTLINE',
    'SOCIAL_WORKER', 'SUPERVISOR', 'PROBATION_OFFICER', 'CLINICIAN', 'NURSE', 'ADVOCATE', 'ANALYST', 'LAW_ENFORCEMENT',
    'EDUCATOR', 'RESOURCE_COORDINATOR'));

CREATE TABLE provider (
    county_id            uuid NOT NULL REFERENCES county (id),
    id                   uuid NOT NULL,
    -- optimistic locking: a change names the version it was made from
    version              integer NOT NULL CHECK (version >= 1),
    name                 text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    provider_type        text NOT NULL CHECK (provider_type IN ('PLACEMENT', 'SERVICE', 'BOTH')),
    intake_name          text CHECK (length(intake_name) <= 200),
    intake_email         text CHECK (length(intake_email) <= 254),
    intake_phone         text CHECK (length(intake_phone) <= 40),
    address              text CHECK (length(address) <= 500),
    city                 text CHECK (length(city) <= 100),
    -- a safe house: the address is shown only to those the disclosure rules let see locations
    confidential         boolean NOT NULL DEFAULT false,
    counties_served      uuid[] NOT NULL CHECK (cardinality(counties_served) BETWEEN 1 AND 100),
    -- [{"id", "name", "needs": [code]}]; program_needs is every program's needs, for the search
    programs             jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(programs) = 'array'
                             AND jsonb_array_length(programs) <= 50),
    program_needs        text[] NOT NULL DEFAULT '{}',
    systems              text[] NOT NULL DEFAULT '{}',
    age_min              integer CHECK (age_min BETWEEN 0 AND 30),
    age_max              integer CHECK (age_max BETWEEN 0 AND 30),
    genders              text[] NOT NULL DEFAULT '{}',
    languages            text[] NOT NULL DEFAULT '{}',
    security_measures    text CHECK (length(security_measures) <= 2000),
    staff_training       text CHECK (length(staff_training) <= 2000),
    funding_limitations  text CHECK (length(funding_limitations) <= 2000),
    strengths            text CHECK (length(strengths) <= 2000),
    barriers             text CHECK (length(barriers) <= 2000),
    capacity_total       integer CHECK (capacity_total >= 0),
    capacity_available   integer CHECK (capacity_available >= 0),
    capacity_waitlist    integer CHECK (capacity_waitlist >= 0),
    capacity_updated_on  date,
    -- Holistic Needs III.2, placement providers only: {"caregiversTrained", "exploiterAccessManaged",
    -- "recruitmentRiskManaged", "sogieAffirming", "note"}
    placement_factors    jsonb,
    created_by           uuid,
    updated_by           uuid,
    updated_at           timestamptz NOT NULL,
    PRIMARY KEY (county_id, id),
    CHECK (age_min IS NULL OR age_max IS NULL OR age_min <= age_max),
    CHECK (capacity_available IS NULL OR capacity_total IS NULL OR capacity_available <= capacity_total),
    CHECK (placement_factors IS NULL OR provider_type <> 'SERVICE')
);
-- An id names one entry across counties (a served county finds it by id alone).
CREATE UNIQUE INDEX provider_id ON provider (id);
CREATE INDEX provider_counties_served ON provider USING gin (counties_served);
CREATE INDEX provider_program_needs ON provider USING gin (program_needs);
CREATE INDEX provider_name ON provider (lower(name));

GRANT SELECT, INSERT, UPDATE ON provider TO ${appRole};

-- Read by the owner and by every county served; written by the owner only.
ALTER TABLE provider ENABLE ROW LEVEL SECURITY;
CREATE POLICY provider_read ON provider FOR SELECT
    USING (county_id = current_county() OR current_county() = ANY (counties_served));
CREATE POLICY provider_insert ON provider FOR INSERT WITH CHECK (county_id = current_county());
CREATE POLICY provider_update ON provider FOR UPDATE
    USING (county_id = current_county()) WITH CHECK (county_id = current_county());
