-- The youth's team by source, responses that close, and refusals recorded against a legal basis.
--
-- An agency is on a youth's team while any of its sources holds it: a response, an MDT meeting, a
-- task, an open case, the youth's consent, a supervisor's decision. Each source has its own row, so
-- that a meeting cancelled, a response closed or a task closed or reassigned ends its own rows and
-- not the others'. A row ended that way is marked source_ended: unlike a supervisor taking the agency
-- off the team, it does not outweigh an open case.

DROP INDEX team_member_current;
CREATE UNIQUE INDEX team_member_current ON team_member (county_id, youth_id, agency_id, source,
    coalesce(source_id, '00000000-0000-0000-0000-000000000000'::uuid)) WHERE left_at IS NULL;
CREATE INDEX team_member_by_source ON team_member (county_id, source_id) WHERE left_at IS NULL;

ALTER TABLE team_member DROP CONSTRAINT team_member_source_check;
ALTER TABLE team_member ADD CONSTRAINT team_member_source_check
    CHECK (source IN ('RESPONSE', 'MDT', 'TASK', 'CASE', 'CONSENT', 'MANUAL'));
ALTER TABLE team_member ADD COLUMN source_ended boolean NOT NULL DEFAULT false;
GRANT UPDATE (source_ended) ON team_member TO ${appRole};

-- A refusal the youth may not make stop everything (a rule names the law that shares anyway) is
-- recorded only once the worker has told the youth; the bases, by category, are kept with it for the
-- youth's accounting of disclosures: {"LOCATION": "…"}.
ALTER TABLE consent ADD COLUMN legal_bases jsonb;

-- A response closes (its lead agency's decision, once its clocks are met), and with it the team
-- memberships it alone held.
ALTER TABLE response ADD COLUMN closed_at timestamptz;
ALTER TABLE response ADD COLUMN closed_by uuid;
ALTER TABLE response ADD COLUMN close_reason text CHECK (length(close_reason) <= 2000);
ALTER TABLE response ADD CONSTRAINT response_closed_with_reason CHECK (closed_at IS NULL OR close_reason IS NOT NULL);
GRANT UPDATE (closed_at, closed_by, close_reason) ON response TO ${appRole};
