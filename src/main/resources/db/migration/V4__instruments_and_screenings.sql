-- Instrument versions a county imported (built-in instruments ship with Tandem and are not stored),
-- and screenings: drafts, submitted results and their amendments.

CREATE TABLE instrument_version (
    county_id     uuid NOT NULL REFERENCES county (id),
    instrument_id text NOT NULL,
    version       integer NOT NULL CHECK (version >= 1),
    definition    text NOT NULL,
    imported_by   uuid,
    imported_at   timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (county_id, instrument_id, version)
);

CREATE TABLE screening (
    county_id          uuid NOT NULL,
    id                 uuid NOT NULL,
    youth_id           uuid NOT NULL,
    instrument_id      text NOT NULL,
    instrument_version integer NOT NULL,
    scoring_version    integer,
    status             text NOT NULL CHECK (status IN ('DRAFT', 'SUBMITTED')),
    -- item id -> answer value, and item id -> sources of the information
    answers            jsonb NOT NULL DEFAULT '{}',
    sources            jsonb NOT NULL DEFAULT '{}',
    script_confirmed   boolean NOT NULL DEFAULT false,
    screened_on        date,
    started_by         uuid,
    started_at         timestamptz NOT NULL,
    updated_at         timestamptz NOT NULL,
    submitted_by       uuid,
    submitted_agency   uuid,
    submitted_at       timestamptz,
    -- the result at submission; the full result (labels, guide) is recomputed from the answers and
    -- the immutable instrument version, so only what reports count is stored
    score              integer,
    level              text,
    indicator_scores   jsonb,
    -- when the guide to action of the result asks for the next screening (at most 6 months)
    rescreen_by        date,
    -- an amendment is a new submitted screening pointing at the one it amends
    amends_id          uuid,
    amendment_reason   text CHECK (length(amendment_reason) <= 2000),
    imported           boolean NOT NULL DEFAULT false,
    version            integer NOT NULL DEFAULT 0,
    -- the page's own count of its saves: a save that arrives after a later one is ignored
    client_seq         bigint,
    PRIMARY KEY (county_id, id),
    FOREIGN KEY (county_id, youth_id) REFERENCES youth (county_id, id),
    FOREIGN KEY (county_id, amends_id) REFERENCES screening (county_id, id),
    CHECK (status = 'DRAFT' OR (submitted_at IS NOT NULL AND level IS NOT NULL AND screened_on IS NOT NULL))
);
CREATE INDEX screening_youth ON screening (county_id, youth_id, screened_on DESC);
CREATE INDEX screening_level ON screening (county_id, instrument_id, screened_on) WHERE status = 'SUBMITTED';
CREATE INDEX screening_drafts ON screening (county_id, started_by) WHERE status = 'DRAFT';
CREATE UNIQUE INDEX screening_one_amendment ON screening (county_id, amends_id) WHERE amends_id IS NOT NULL;

-- Events that make a youth due for screening sooner than the schedule (a county's triggers).
CREATE TABLE screening_trigger (
    county_id    uuid NOT NULL,
    id           uuid NOT NULL,
    youth_id     uuid NOT NULL,
    reason       text NOT NULL,
    note         text CHECK (length(note) <= 1000),
    occurred_at  timestamptz NOT NULL,
    due_at       timestamptz NOT NULL,
    recorded_by  uuid,
    recorded_at  timestamptz NOT NULL,
    PRIMARY KEY (county_id, id),
    FOREIGN KEY (county_id, youth_id) REFERENCES youth (county_id, id)
);
CREATE INDEX screening_trigger_youth ON screening_trigger (county_id, youth_id, due_at);
-- one trigger per event: replaying the event changes nothing
CREATE UNIQUE INDEX screening_trigger_once ON screening_trigger (county_id, youth_id, reason, occurred_at);

GRANT SELECT, INSERT ON instrument_version TO ${appRole};
GRANT SELECT, INSERT, UPDATE ON screening TO ${appRole};
GRANT SELECT, INSERT ON screening_trigger TO ${appRole};

ALTER TABLE instrument_version ENABLE ROW LEVEL SECURITY;
ALTER TABLE screening ENABLE ROW LEVEL SECURITY;
ALTER TABLE screening_trigger ENABLE ROW LEVEL SECURITY;
CREATE POLICY county_isolation ON instrument_version USING (county_id = current_county()) WITH CHECK (county_id = current_county());
CREATE POLICY county_isolation ON screening USING (county_id = current_county()) WITH CHECK (county_id = current_county());
CREATE POLICY county_isolation ON screening_trigger USING (county_id = current_county()) WITH CHECK (county_id = current_county());
