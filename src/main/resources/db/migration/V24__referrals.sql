-- Referrals that close the loop: a need of a youth's service plan referred to a provider of the
-- directory (and one of its programs), and every move the referral made: sent, accepted or declined
-- (with the reason), started, completed or not engaged, or withdrawn; each dated, by whom, with a note.
-- The need's category is copied when the referral is made, so who may see it never changes afterwards.

CREATE TABLE referral (
    county_id      uuid NOT NULL,
    id             uuid NOT NULL,
    youth_id       uuid NOT NULL,
    need_code      text NOT NULL CHECK (length(need_code) <= 64),
    category       text NOT NULL,
    -- an entry of the directory, which may be another county's that serves this one
    provider_id    uuid NOT NULL,
    program_id     uuid,
    referred_on    date NOT NULL,
    state          text NOT NULL CHECK (state IN ('SENT', 'ACCEPTED', 'DECLINED', 'STARTED', 'COMPLETED',
                                                  'NOT_ENGAGED', 'WITHDRAWN')),
    created_by     uuid,
    created_agency uuid,
    created_at     timestamptz NOT NULL,
    PRIMARY KEY (county_id, id),
    FOREIGN KEY (county_id, youth_id) REFERENCES youth (county_id, id)
);
CREATE INDEX referral_youth ON referral (county_id, youth_id, referred_on DESC);
CREATE INDEX referral_provider ON referral (county_id, provider_id, state);

CREATE TABLE referral_move (
    county_id   uuid NOT NULL,
    referral_id uuid NOT NULL,
    seq         integer NOT NULL CHECK (seq >= 0),
    from_state  text,
    to_state    text NOT NULL,
    moved_on    date NOT NULL,
    reason      text CHECK (reason IN ('NO_CAPACITY', 'NOT_ELIGIBLE', 'YOUTH_DECLINED', 'OTHER')),
    note        text CHECK (length(note) <= 2000),
    moved_by    uuid,
    moved_agency uuid,
    recorded_at timestamptz NOT NULL,
    PRIMARY KEY (county_id, referral_id, seq),
    FOREIGN KEY (county_id, referral_id) REFERENCES referral (county_id, id),
    CHECK (to_state <> 'DECLINED' OR reason IS NOT NULL)
);

GRANT SELECT, INSERT, UPDATE ON referral TO ${appRole};
GRANT SELECT, INSERT ON referral_move TO ${appRole};

ALTER TABLE referral ENABLE ROW LEVEL SECURITY;
ALTER TABLE referral_move ENABLE ROW LEVEL SECURITY;
CREATE POLICY county_isolation ON referral USING (county_id = current_county()) WITH CHECK (county_id = current_county());
CREATE POLICY county_isolation ON referral_move USING (county_id = current_county()) WITH CHECK (county_id = current_county());
