-- Read models that a module publishes for the others, so that no module's SQL names a table another
-- module owns (src/test/resources/modules/table-owners.txt, TableOwnershipTests). Each view shows only
-- the columns its readers need; its owner may change its tables as long as the view still answers.
-- security_invoker: the reader's privileges and row-level security apply, so a view keeps to the
-- county exactly as its tables do (a view run with its owner's rights would bypass the policies).
-- Simple views are inlined by the planner: a query through them costs what it cost on the tables.

-- county: the county's time zone, the agencies and the people of the county.
CREATE VIEW county_time_zone WITH (security_invoker = true) AS
    SELECT id, time_zone FROM county;
CREATE VIEW agency_directory WITH (security_invoker = true) AS
    SELECT county_id, id, name, agency_type FROM agency;
CREATE VIEW person_directory WITH (security_invoker = true) AS
    SELECT county_id, id, username, display_name, agency_id FROM app_user;

-- youth: who the youth of the county are, and which agencies have an open case for them.
CREATE VIEW youth_roster WITH (security_invoker = true) AS
    SELECT county_id, id, first_name, last_name, preferred_name, date_of_birth, created_at FROM youth;
CREATE VIEW youth_open_case WITH (security_invoker = true) AS
    SELECT county_id, youth_id, agency_id FROM youth_agency;

-- screening: submitted screenings and assessments (drafts never leave the screening module).
CREATE VIEW submitted_screening WITH (security_invoker = true) AS
    SELECT county_id, id, youth_id, instrument_id, screened_on, submitted_at, submitted_agency
    FROM screening WHERE status = 'SUBMITTED';

-- response: which agency leads each response, for whom.
CREATE VIEW response_lead WITH (security_invoker = true) AS
    SELECT county_id, id AS response_id, youth_id, lead_agency_id FROM response;

GRANT SELECT ON county_time_zone, agency_directory, person_directory, youth_roster, youth_open_case,
    submitted_screening, response_lead TO ${appRole};
