-- MDT meetings: who is invited (agencies, their people, the youth, a caregiver), the minutes (attendance,
-- the confidentiality script, the youth's voice, decisions), action items (which become tasks), and the
-- ongoing MDTs proposed by the protocol's interval and trigger events.

CREATE TABLE meeting (
    county_id              uuid NOT NULL,
    id                     uuid NOT NULL,
    tier                   text NOT NULL CHECK (tier IN ('IMMEDIATE_CRISIS', 'INITIAL_MDT', 'ONGOING_MDT')),
    kind                   text NOT NULL CHECK (kind IN ('INDIVIDUAL', 'CASE_REVIEW')),
    lead_agency_id         uuid NOT NULL,
    lead_user_id           uuid,
    scheduled_for          timestamptz NOT NULL,
    -- where or how: in person (an address), video (a link), phone
    place                  text CHECK (length(place) <= 500),
    status                 text NOT NULL DEFAULT 'SCHEDULED' CHECK (status IN ('SCHEDULED', 'HELD', 'CANCELLED')),
    -- required agency types of which the county had no active agency when the meeting was scheduled
    missing_agency_types   text NOT NULL DEFAULT '',
    proposal_id            uuid,
    created_by             uuid,
    created_at             timestamptz NOT NULL,
    held_at                timestamptz,
    script_read            boolean,
    script_not_read_reason text CHECK (length(script_not_read_reason) <= 2000),
    recorded_by            uuid,
    recorded_at            timestamptz,
    cancelled_reason       text CHECK (length(cancelled_reason) <= 2000),
    cancelled_by           uuid,
    cancelled_at           timestamptz,
    PRIMARY KEY (county_id, id),
    FOREIGN KEY (county_id, lead_agency_id) REFERENCES agency (county_id, id),
    CHECK (status <> 'HELD' OR (held_at IS NOT NULL AND script_read IS NOT NULL)),
    CHECK (script_read IS NOT FALSE OR script_not_read_reason IS NOT NULL),
    CHECK (status <> 'CANCELLED' OR cancelled_reason IS NOT NULL)
);
CREATE INDEX meeting_upcoming ON meeting (county_id, scheduled_for) WHERE status = 'SCHEDULED';

-- The youth a meeting is about (one for an individual meeting, several for a case review). The youth
-- is always invited and asked whether they want to attend; their voice is kept in their own words.
CREATE TABLE meeting_youth (
    county_id        uuid NOT NULL,
    meeting_id       uuid NOT NULL,
    youth_id         uuid NOT NULL,
    response_id      uuid NOT NULL,
    invited          boolean NOT NULL DEFAULT true CHECK (invited),
    wants_to_attend  text NOT NULL DEFAULT 'NOT_ASKED_YET' CHECK (wants_to_attend IN ('YES', 'NO', 'NOT_ASKED_YET')),
    attended         boolean,
    voice            text CHECK (length(voice) <= 10000),
    decisions        text CHECK (length(decisions) <= 10000),
    PRIMARY KEY (county_id, meeting_id, youth_id),
    FOREIGN KEY (county_id, meeting_id) REFERENCES meeting (county_id, id),
    FOREIGN KEY (county_id, youth_id) REFERENCES youth (county_id, id),
    FOREIGN KEY (county_id, response_id) REFERENCES response (county_id, id)
);
CREATE INDEX meeting_youth_by_youth ON meeting_youth (county_id, youth_id);

-- One row per invited person of an agency (or the agency alone when it has no one to name), and the
-- caregiver when appropriate (a person, not an agency).
CREATE TABLE meeting_invitation (
    county_id               uuid NOT NULL,
    id                      uuid NOT NULL,
    meeting_id              uuid NOT NULL,
    agency_id               uuid,
    user_id                 uuid,
    required                boolean NOT NULL,
    caregiver_name          text CHECK (length(caregiver_name) <= 200),
    caregiver_relationship  text CHECK (length(caregiver_relationship) <= 200),
    attended                boolean,
    PRIMARY KEY (county_id, id),
    FOREIGN KEY (county_id, meeting_id) REFERENCES meeting (county_id, id),
    FOREIGN KEY (county_id, agency_id) REFERENCES agency (county_id, id),
    CHECK ((agency_id IS NOT NULL) <> (caregiver_name IS NOT NULL))
);
CREATE INDEX meeting_invitation_meeting ON meeting_invitation (county_id, meeting_id);

-- Action items decided in a meeting; each is a task (task_type MDT_ACTION_ITEM, subject_id = id).
CREATE TABLE meeting_action_item (
    county_id  uuid NOT NULL,
    id         uuid NOT NULL,
    meeting_id uuid NOT NULL,
    youth_id   uuid NOT NULL,
    position   integer NOT NULL,
    PRIMARY KEY (county_id, id),
    FOREIGN KEY (county_id, meeting_id) REFERENCES meeting (county_id, id)
);
CREATE INDEX meeting_action_item_meeting ON meeting_action_item (county_id, meeting_id);

-- An ongoing MDT the protocol calls for: after each MDT (its interval) and on each trigger event.
-- One per (youth, reason, source event), so an event handled twice proposes once.
CREATE TABLE mdt_proposal (
    county_id        uuid NOT NULL,
    id               uuid NOT NULL,
    youth_id         uuid NOT NULL,
    response_id      uuid NOT NULL,
    reason           text NOT NULL CHECK (length(reason) <= 50),
    source_id        uuid NOT NULL,
    occurred_at      timestamptz NOT NULL,
    due_at           timestamptz NOT NULL,
    lead_agency_id   uuid NOT NULL,
    note             text CHECK (length(note) <= 2000),
    status           text NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN', 'SCHEDULED', 'DISMISSED')),
    meeting_id       uuid,
    dismissed_reason text CHECK (length(dismissed_reason) <= 2000),
    closed_by        uuid,
    closed_at        timestamptz,
    created_at       timestamptz NOT NULL,
    PRIMARY KEY (county_id, id),
    UNIQUE (county_id, youth_id, reason, source_id),
    FOREIGN KEY (county_id, youth_id) REFERENCES youth (county_id, id),
    FOREIGN KEY (county_id, response_id) REFERENCES response (county_id, id),
    FOREIGN KEY (county_id, lead_agency_id) REFERENCES agency (county_id, id),
    CHECK (status <> 'DISMISSED' OR dismissed_reason IS NOT NULL)
);
CREATE INDEX mdt_proposal_open ON mdt_proposal (county_id, lead_agency_id, due_at) WHERE status = 'OPEN';

-- Action items are tasks with their own words and a due date the team chose.
ALTER TABLE task ADD COLUMN title text CHECK (length(title) <= 300);

GRANT SELECT, INSERT, UPDATE ON meeting, meeting_youth, meeting_invitation, mdt_proposal TO ${appRole};
GRANT SELECT, INSERT ON meeting_action_item TO ${appRole};

ALTER TABLE meeting ENABLE ROW LEVEL SECURITY;
ALTER TABLE meeting_youth ENABLE ROW LEVEL SECURITY;
ALTER TABLE meeting_invitation ENABLE ROW LEVEL SECURITY;
ALTER TABLE meeting_action_item ENABLE ROW LEVEL SECURITY;
ALTER TABLE mdt_proposal ENABLE ROW LEVEL SECURITY;
CREATE POLICY county_isolation ON meeting USING (county_id = current_county()) WITH CHECK (county_id = current_county());
CREATE POLICY county_isolation ON meeting_youth USING (county_id = current_county()) WITH CHECK (county_id = current_county());
CREATE POLICY county_isolation ON meeting_invitation USING (county_id = current_county()) WITH CHECK (county_id = current_county());
CREATE POLICY county_isolation ON meeting_action_item USING (county_id = current_county()) WITH CHECK (county_id = current_county());
CREATE POLICY county_isolation ON mdt_proposal USING (county_id = current_county()) WITH CHECK (county_id = current_county());
