-- Notifications: what happened, for whom, once. The unique (county, recipient, dedupe key) makes
-- "the same fact never notifies a person twice" a database rule, so an event handled twice, a job
-- run twice or concurrently, or a replay after a restart inserts nothing new.
-- Parameters hold only general facts (times, kinds): never a youth's name or case detail.

CREATE TABLE notification (
    county_id         uuid NOT NULL,
    id                uuid NOT NULL,
    recipient_user_id uuid NOT NULL,
    kind              text NOT NULL CHECK (kind ~ '^[A-Z][A-Z_]{1,63}$'),
    dedupe_key        text NOT NULL CHECK (length(dedupe_key) BETWEEN 1 AND 200),
    link_path         text NOT NULL CHECK (link_path ~ '^/([^/].*)?$' AND length(link_path) <= 500),
    parameters        jsonb NOT NULL DEFAULT '{}'::jsonb,
    created_at        timestamptz NOT NULL,
    read_at           timestamptz,
    PRIMARY KEY (county_id, id),
    UNIQUE (county_id, recipient_user_id, dedupe_key),
    FOREIGN KEY (county_id, recipient_user_id) REFERENCES app_user (county_id, id)
);
CREATE INDEX notification_inbox ON notification (county_id, recipient_user_id, created_at DESC);
CREATE INDEX notification_unread ON notification (county_id, recipient_user_id) WHERE read_at IS NULL;

-- E-mail delivery of one notification (a row only when mail delivery is on). A worker claims a
-- due row (PENDING, or SENDING whose lease ran out because its worker died) with FOR UPDATE SKIP
-- LOCKED, marks it SENDING with a lease, sends, then marks it SENT; a failure goes back to PENDING
-- with a later next_attempt_at, and to FAILED after the last attempt. SKIPPED: no e-mail address.
CREATE TABLE notification_mail (
    county_id       uuid NOT NULL,
    notification_id uuid NOT NULL,
    state           text NOT NULL DEFAULT 'PENDING'
                    CHECK (state IN ('PENDING', 'SENDING', 'SENT', 'FAILED', 'SKIPPED')),
    attempts        integer NOT NULL DEFAULT 0,
    next_attempt_at timestamptz NOT NULL,
    claimed_until   timestamptz,
    sent_at         timestamptz,
    last_error      text CHECK (length(last_error) <= 64),
    PRIMARY KEY (county_id, notification_id),
    FOREIGN KEY (county_id, notification_id) REFERENCES notification (county_id, id)
);
-- Only undelivered rows are in this index, so the worker's scan stays small however much was sent.
CREATE INDEX notification_mail_due ON notification_mail (county_id, next_attempt_at)
    WHERE state IN ('PENDING', 'SENDING');

-- Alarms already raised, as markers on the rows they are about: the alarm job looks only at open
-- clocks and tasks whose marker is still empty (partial indexes below), so its cost follows the
-- number of alarms due, not the number of clocks ever started. The dedupe key above still
-- guarantees once-only if two runs race before either marker commits.
ALTER TABLE response_clock ADD COLUMN amber_notified_at timestamptz, ADD COLUMN overdue_notified_at timestamptz;
ALTER TABLE task ADD COLUMN overdue_notified_at timestamptz;
CREATE INDEX response_clock_alarm ON response_clock (county_id, warn_at)
    WHERE met_at IS NULL AND overdue_notified_at IS NULL;
CREATE INDEX task_overdue_alarm ON task (county_id, due_at)
    WHERE status = 'OPEN' AND overdue_notified_at IS NULL;

GRANT SELECT, INSERT ON notification TO ${appRole};
GRANT UPDATE (read_at) ON notification TO ${appRole};
GRANT SELECT, INSERT, UPDATE ON notification_mail TO ${appRole};

ALTER TABLE notification ENABLE ROW LEVEL SECURITY;
ALTER TABLE notification_mail ENABLE ROW LEVEL SECURITY;
CREATE POLICY county_isolation ON notification USING (county_id = current_county()) WITH CHECK (county_id = current_county());
CREATE POLICY county_isolation ON notification_mail USING (county_id = current_county()) WITH CHECK (county_id = current_county());
