-- Sharing: the county's disclosure rules (versioned data), who is on a youth's team, the youth's
-- own choices about sharing, and emergency ("break-glass") access with its review. Rows are
-- appended; the only changes the application may make are to the columns that end a row's effect
-- (leaving a team, revoking a consent, reviewing a break-glass), granted column by column.

CREATE TABLE disclosure_rules_version (
    county_id   uuid NOT NULL REFERENCES county (id),
    version     integer NOT NULL CHECK (version >= 1),
    rules_id    text NOT NULL,
    -- the file exactly as imported
    definition  text NOT NULL,
    imported_by uuid,
    imported_at timestamptz NOT NULL,
    PRIMARY KEY (county_id, version)
);

CREATE TABLE team_member (
    county_id    uuid NOT NULL,
    id           uuid NOT NULL,
    youth_id     uuid NOT NULL,
    agency_id    uuid NOT NULL,
    source       text NOT NULL CHECK (source IN ('RESPONSE', 'MDT', 'CASE', 'MANUAL')),
    source_id    uuid,
    joined_at    timestamptz NOT NULL,
    joined_by    uuid,
    left_at      timestamptz,
    left_by      uuid,
    leave_reason text CHECK (length(leave_reason) <= 1000),
    PRIMARY KEY (county_id, id),
    FOREIGN KEY (county_id, youth_id) REFERENCES youth (county_id, id),
    FOREIGN KEY (county_id, agency_id) REFERENCES agency (county_id, id)
);
-- at most one current membership per agency: joining again is a no-op
CREATE UNIQUE INDEX team_member_current ON team_member (county_id, youth_id, agency_id) WHERE left_at IS NULL;
CREATE INDEX team_member_youth ON team_member (county_id, youth_id, agency_id, left_at);

CREATE TABLE consent (
    county_id           uuid NOT NULL,
    id                  uuid NOT NULL,
    youth_id            uuid NOT NULL,
    decision            text NOT NULL CHECK (decision IN ('GIVEN', 'REFUSED')),
    categories          text[] NOT NULL CHECK (cardinality(categories) >= 1),
    recipient_agency_id uuid,
    recipient_user_id   uuid,
    -- null: any purpose the county's rules allow
    purposes            text[],
    given_on            date NOT NULL,
    expires_on          date,
    witnessed_by        text CHECK (length(witnessed_by) <= 200),
    note                text CHECK (length(note) <= 1000),
    recorded_by         uuid,
    recorded_at         timestamptz NOT NULL,
    revoked_at          timestamptz,
    revoked_by          uuid,
    revocation_reason   text CHECK (length(revocation_reason) <= 1000),
    PRIMARY KEY (county_id, id),
    FOREIGN KEY (county_id, youth_id) REFERENCES youth (county_id, id),
    FOREIGN KEY (county_id, recipient_agency_id) REFERENCES agency (county_id, id),
    FOREIGN KEY (county_id, recipient_user_id) REFERENCES app_user (county_id, id),
    CHECK (recipient_agency_id IS NOT NULL OR recipient_user_id IS NOT NULL),
    CHECK (expires_on IS NULL OR expires_on >= given_on),
    CHECK (revoked_at IS NULL OR revocation_reason IS NOT NULL)
);
CREATE INDEX consent_youth ON consent (county_id, youth_id) WHERE revoked_at IS NULL;

CREATE TABLE break_glass (
    county_id      uuid NOT NULL,
    id             uuid NOT NULL,
    user_id        uuid NOT NULL,
    -- the user's agency when access was taken: its supervisors review it
    agency_id      uuid NOT NULL,
    youth_id       uuid NOT NULL,
    reason         text NOT NULL CHECK (length(reason) BETWEEN 10 AND 2000),
    started_at     timestamptz NOT NULL,
    expires_at     timestamptz NOT NULL CHECK (expires_at > started_at),
    reviewed_by    uuid,
    reviewed_at    timestamptz,
    review_outcome text CHECK (review_outcome IN ('JUSTIFIED', 'NOT_JUSTIFIED')),
    review_note    text CHECK (length(review_note) <= 2000),
    PRIMARY KEY (county_id, id),
    FOREIGN KEY (county_id, youth_id) REFERENCES youth (county_id, id),
    FOREIGN KEY (county_id, agency_id) REFERENCES agency (county_id, id),
    CHECK ((reviewed_at IS NULL) = (review_outcome IS NULL))
);
CREATE INDEX break_glass_user_youth ON break_glass (county_id, user_id, youth_id, expires_at DESC);
CREATE INDEX break_glass_unreviewed ON break_glass (county_id, agency_id, started_at) WHERE reviewed_at IS NULL;

GRANT SELECT, INSERT ON disclosure_rules_version TO ${appRole};
GRANT SELECT, INSERT ON team_member TO ${appRole};
GRANT UPDATE (left_at, left_by, leave_reason) ON team_member TO ${appRole};
GRANT SELECT, INSERT ON consent TO ${appRole};
GRANT UPDATE (revoked_at, revoked_by, revocation_reason) ON consent TO ${appRole};
GRANT SELECT, INSERT ON break_glass TO ${appRole};
GRANT UPDATE (reviewed_by, reviewed_at, review_outcome, review_note) ON break_glass TO ${appRole};

ALTER TABLE disclosure_rules_version ENABLE ROW LEVEL SECURITY;
ALTER TABLE team_member ENABLE ROW LEVEL SECURITY;
ALTER TABLE consent ENABLE ROW LEVEL SECURITY;
ALTER TABLE break_glass ENABLE ROW LEVEL SECURITY;
CREATE POLICY county_isolation ON disclosure_rules_version USING (county_id = current_county()) WITH CHECK (county_id = current_county());
CREATE POLICY county_isolation ON team_member USING (county_id = current_county()) WITH CHECK (county_id = current_county());
CREATE POLICY county_isolation ON consent USING (county_id = current_county()) WITH CHECK (county_id = current_county());
CREATE POLICY county_isolation ON break_glass USING (county_id = current_county()) WITH CHECK (county_id = current_county());
