-- Read models for the validation of screening instruments (the evidence module). Each is
-- published by the module that owns its table (src/test/resources/modules/table-owners.txt);
-- neither owner had a read model with these columns. security_invoker: the reader's
-- row-level security applies, as on the tables.

-- screening: each submitted screening's result as it stands now. A screening that was
-- amended is replaced by its amendment, so a validation counts each result once.
CREATE VIEW screening_result WITH (security_invoker = true) AS
    SELECT s.county_id, s.id, s.youth_id, s.instrument_id, s.instrument_version, s.screened_on, s.score,
        s.level, s.answers, s.submitted_by, s.submitted_agency
    FROM screening s
    WHERE s.status = 'SUBMITTED'
      AND NOT EXISTS (SELECT 1 FROM screening a WHERE a.county_id = s.county_id AND a.amends_id = s.id);

-- status: what was determined about a youth and when, and whether it was ruled out; no
-- notes, sources or people.
CREATE VIEW determination_outcome WITH (security_invoker = true) AS
    SELECT county_id, youth_id, kind, state, determined_on, closed_on FROM determination;

-- youth: the demographics a validation breaks its statistics down by; no names, dates or
-- contacts.
CREATE VIEW youth_demographics WITH (security_invoker = true) AS
    SELECT county_id, id, race_ethnicity, gender_identity FROM youth;

GRANT SELECT ON screening_result, determination_outcome, youth_demographics TO ${appRole};
