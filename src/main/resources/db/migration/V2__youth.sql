-- The youth registry. Identity only: screening, status and services live in their own modules.

CREATE TABLE youth (
    county_id          uuid NOT NULL REFERENCES county (id),
    id                 uuid NOT NULL,
    first_name         text NOT NULL CHECK (length(first_name) BETWEEN 1 AND 100),
    middle_name        text CHECK (length(middle_name) <= 100),
    last_name          text NOT NULL CHECK (length(last_name) BETWEEN 1 AND 100),
    preferred_name     text CHECK (length(preferred_name) <= 100),
    aliases            text[] NOT NULL DEFAULT '{}',
    date_of_birth      date NOT NULL,
    jurisdiction       text NOT NULL DEFAULT 'UNKNOWN'
        CHECK (jurisdiction IN ('DEPENDENCY', 'DELINQUENCY', 'DUAL_STATUS', 'NONE', 'UNKNOWN')),
    -- Self-identified; several may apply; there is deliberately no "other" bucket.
    race_ethnicity     text[] NOT NULL DEFAULT '{}'
        CHECK (race_ethnicity <@ ARRAY['AMERICAN_INDIAN_ALASKA_NATIVE', 'ASIAN', 'BLACK_AFRICAN_AMERICAN',
            'HISPANIC_LATINO', 'MIDDLE_EASTERN_NORTH_AFRICAN', 'NATIVE_HAWAIIAN_PACIFIC_ISLANDER', 'WHITE',
            'DECLINED']::text[]),
    -- Recorded only as the youth chooses; null means not recorded.
    gender_identity    text CHECK (length(gender_identity) <= 100),
    sexual_orientation text CHECK (length(sexual_orientation) <= 100),
    pronouns           text CHECK (length(pronouns) <= 50),
    languages          text[] NOT NULL DEFAULT '{}',
    safe_contact_note  text CHECK (length(safe_contact_note) <= 2000),
    -- Lower-cased, accent-free names and aliases, maintained by the application, for search and
    -- duplicate detection.
    search_names       text NOT NULL,
    created_at         timestamptz NOT NULL,
    created_by         uuid,
    updated_at         timestamptz NOT NULL,
    updated_by         uuid,
    version            integer NOT NULL DEFAULT 0,
    PRIMARY KEY (county_id, id)
);
CREATE INDEX youth_search_names ON youth USING gin (search_names gin_trgm_ops);
CREATE INDEX youth_date_of_birth ON youth (county_id, date_of_birth);
CREATE INDEX youth_last_name ON youth (county_id, lower(last_name), lower(first_name));
CREATE INDEX youth_recently_changed ON youth (county_id, updated_at DESC);

-- Which agencies are involved with the youth, and since when.
CREATE TABLE youth_agency (
    county_id uuid NOT NULL,
    youth_id  uuid NOT NULL,
    agency_id uuid NOT NULL,
    since     date,
    PRIMARY KEY (county_id, youth_id, agency_id),
    FOREIGN KEY (county_id, youth_id) REFERENCES youth (county_id, id) ON DELETE CASCADE,
    FOREIGN KEY (county_id, agency_id) REFERENCES agency (county_id, id)
);

GRANT SELECT, INSERT, UPDATE ON youth TO ${appRole};
GRANT SELECT, INSERT, UPDATE, DELETE ON youth_agency TO ${appRole};

ALTER TABLE youth ENABLE ROW LEVEL SECURITY;
ALTER TABLE youth_agency ENABLE ROW LEVEL SECURITY;
CREATE POLICY county_isolation ON youth USING (county_id = current_county()) WITH CHECK (county_id = current_county());
CREATE POLICY county_isolation ON youth_agency USING (county_id = current_county()) WITH CHECK (county_id = current_county());
