-- Counties, their agencies, the people who sign in, their roles and training.
-- Every county-owned table carries county_id in its primary key and is guarded by row-level
-- security against tandem.county_id, which the application sets at the start of each transaction.
-- Migrations run as the schema owner; the application connects as ${appRole}, which is granted
-- only what it needs below.

DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${appRole}') THEN
        CREATE ROLE ${appRole} NOLOGIN;
    END IF;
END
$$;

GRANT USAGE ON SCHEMA public TO ${appRole};

CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- The county the current transaction serves, or null when none was set (then nothing is visible).
CREATE FUNCTION current_county() RETURNS uuid
    LANGUAGE sql STABLE
AS $$ SELECT nullif(current_setting('tandem.county_id', true), '')::uuid $$;

CREATE TABLE county (
    id         uuid PRIMARY KEY,
    name       text NOT NULL UNIQUE,
    time_zone  text NOT NULL DEFAULT 'America/Los_Angeles',
    demo       boolean NOT NULL DEFAULT false,
    created_at timestamptz NOT NULL DEFAULT now()
);
-- Counties are public reference data: names only, no one's personal data.
GRANT SELECT ON county TO ${appRole};

CREATE TABLE agency (
    county_id   uuid NOT NULL REFERENCES county (id),
    id          uuid NOT NULL,
    name        text NOT NULL,
    agency_type text NOT NULL CHECK (agency_type IN ('CHILD_WELFARE', 'PROBATION', 'MENTAL_HEALTH', 'PUBLIC_HEALTH',
        'SUBSTANCE_USE', 'JUVENILE_COURT', 'EDUCATION', 'LAW_ENFORCEMENT', 'COMMUNITY_PROVIDER', 'SURVIVOR_ADVOCATE',
        'OTHER')),
    active      boolean NOT NULL DEFAULT true,
    created_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (county_id, id),
    UNIQUE (county_id, name)
);

CREATE TABLE app_user (
    county_id       uuid NOT NULL REFERENCES county (id),
    id              uuid NOT NULL,
    username        text NOT NULL CHECK (username ~ '^[a-z0-9._-]{2,64}$'),
    display_name    text NOT NULL,
    email           text,
    agency_id       uuid NOT NULL,
    password_hash   text,
    enabled         boolean NOT NULL DEFAULT true,
    failed_attempts integer NOT NULL DEFAULT 0,
    locked_until    timestamptz,
    demo            boolean NOT NULL DEFAULT false,
    preferred_language text NOT NULL DEFAULT 'en',
    created_at      timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (county_id, id),
    FOREIGN KEY (county_id, agency_id) REFERENCES agency (county_id, id)
);
-- Usernames are unique across the installation: sign-in happens before the county is known.
CREATE UNIQUE INDEX app_user_username ON app_user (username);

CREATE TABLE app_user_role (
    county_id uuid NOT NULL,
    user_id   uuid NOT NULL,
    role      text NOT NULL CHECK (role IN ('COUNTY_ADMIN', 'HOTLINE', 'SOCIAL_WORKER', 'SUPERVISOR', 'PROBATION_OFFICER',
        'CLINICIAN', 'NURSE', 'ADVOCATE', 'ANALYST', 'LAW_ENFORCEMENT', 'EDUCATOR')),
    PRIMARY KEY (county_id, user_id, role),
    FOREIGN KEY (county_id, user_id) REFERENCES app_user (county_id, id) ON DELETE CASCADE
);

CREATE TABLE training_record (
    county_id    uuid NOT NULL,
    id           uuid NOT NULL,
    user_id      uuid NOT NULL,
    course       text NOT NULL CHECK (length(course) BETWEEN 1 AND 200),
    completed_on date NOT NULL,
    expires_on   date,
    recorded_by  uuid,
    recorded_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (county_id, id),
    FOREIGN KEY (county_id, user_id) REFERENCES app_user (county_id, id) ON DELETE CASCADE,
    CHECK (expires_on IS NULL OR expires_on >= completed_on)
);
CREATE INDEX training_record_user ON training_record (county_id, user_id);

GRANT SELECT, INSERT, UPDATE ON agency, app_user TO ${appRole};
GRANT SELECT, INSERT, DELETE ON app_user_role TO ${appRole};
GRANT SELECT, INSERT, UPDATE, DELETE ON training_record TO ${appRole};

ALTER TABLE agency ENABLE ROW LEVEL SECURITY;
ALTER TABLE app_user ENABLE ROW LEVEL SECURITY;
ALTER TABLE app_user_role ENABLE ROW LEVEL SECURITY;
ALTER TABLE training_record ENABLE ROW LEVEL SECURITY;
CREATE POLICY county_isolation ON agency USING (county_id = current_county()) WITH CHECK (county_id = current_county());
CREATE POLICY county_isolation ON app_user USING (county_id = current_county()) WITH CHECK (county_id = current_county());
CREATE POLICY county_isolation ON app_user_role USING (county_id = current_county()) WITH CHECK (county_id = current_county());
CREATE POLICY county_isolation ON training_record USING (county_id = current_county()) WITH CHECK (county_id = current_county());

-- Sign-in must find an account before any county is known. This function, owned by the schema
-- owner, reveals only what authentication needs, for one exact username.
CREATE FUNCTION sign_in_account(p_username text)
    RETURNS TABLE (county_id uuid, id uuid, password_hash text, enabled boolean, locked_until timestamptz)
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public
AS $$
    SELECT u.county_id, u.id, u.password_hash, u.enabled, u.locked_until FROM app_user u WHERE u.username = p_username
$$;
REVOKE ALL ON FUNCTION sign_in_account(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION sign_in_account(text) TO ${appRole};

-- Counties are created when a county is installed (and by the demo seeder).
GRANT INSERT ON county TO ${appRole};
