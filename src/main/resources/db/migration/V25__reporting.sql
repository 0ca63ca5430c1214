-- Reporting: the screening's setting and how long the screener has known the youth (scores vary with
-- both), and the views the report module counts through. Counts only ever leave the report module.
--
-- These views are the one place the report module names other modules' tables: its Java reads only
-- them (TableOwnershipTests). PostgreSQL refuses to drop or retype a column a view uses, so a change
-- to a table that breaks a report is caught by the migration that makes it, not by a wrong count.
-- security_invoker: the reader's row-level security applies, so every report keeps to its county.

ALTER TABLE screening
    ADD COLUMN setting         text CHECK (setting IN ('HOTLINE', 'JUVENILE_HALL_INTAKE', 'EMERGENCY_ROOM', 'SCHOOL',
        'PLACEMENT', 'FIELD', 'OTHER')),
    ADD COLUMN known_youth_for text CHECK (known_youth_for IN ('NOT_BEFORE', 'UNDER_A_MONTH', 'ONE_TO_SIX_MONTHS',
        'SIX_TO_TWELVE_MONTHS', 'OVER_A_YEAR'));

-- Identification: every determination not ruled out, with what the youth chose to record about
-- themselves, as it stood on the day of the determination (age) or now (gender, race/ethnicity).
-- Gender identity is free text written as the youth chooses; reports group it coarsely and count
-- anything else as self-described, so no rare word can single a youth out.
CREATE VIEW report_identification WITH (security_invoker = true) AS
    SELECT d.county_id, d.id, d.youth_id, d.kind,
           CASE d.kind WHEN 'CONFIRMED' THEN 3 WHEN 'SUSPECTED' THEN 2 ELSE 1 END AS kind_rank,
           d.determined_on, d.agency_id,
           CASE WHEN date_part('year', age(d.determined_on, y.date_of_birth)) < 12 THEN 'UNDER_12'
                WHEN date_part('year', age(d.determined_on, y.date_of_birth)) < 15 THEN 'AGE_12_TO_14'
                WHEN date_part('year', age(d.determined_on, y.date_of_birth)) < 18 THEN 'AGE_15_TO_17'
                ELSE 'AGE_18_AND_OVER' END AS age_band,
           CASE WHEN y.gender_identity IS NULL OR btrim(y.gender_identity) = '' THEN 'NOT_RECORDED'
                WHEN lower(y.gender_identity) LIKE '%trans%' THEN 'TRANSGENDER'
                WHEN lower(y.gender_identity) ~ '(non[- ]?binary|genderqueer|gender ?fluid|no binari)' THEN 'NONBINARY'
                WHEN lower(btrim(y.gender_identity)) IN ('female', 'woman', 'girl', 'f', 'femenino', 'femenina',
                    'mujer', 'niña', 'cisgender female', 'cis female', 'cis woman') THEN 'FEMALE'
                WHEN lower(btrim(y.gender_identity)) IN ('male', 'man', 'boy', 'm', 'masculino', 'hombre', 'niño',
                    'cisgender male', 'cis male', 'cis man') THEN 'MALE'
                ELSE 'SELF_DESCRIBED' END AS gender,
           CASE WHEN cardinality(y.race_ethnicity) = 0 THEN ARRAY['NOT_RECORDED']::text[]
                ELSE y.race_ethnicity END AS races,
           y.jurisdiction
    FROM determination d
    JOIN youth y ON y.county_id = d.county_id AND y.id = d.youth_id
    WHERE d.state <> 'RULED_OUT';

-- Screenings: submitted ones that no later amendment replaced (an amendment counts in their stead).
CREATE VIEW report_screening WITH (security_invoker = true) AS
    SELECT s.county_id, s.id, s.instrument_id, s.level, s.screened_on, s.submitted_agency AS agency_id,
           coalesce(s.setting, 'NOT_RECORDED') AS setting,
           coalesce(s.known_youth_for, 'NOT_RECORDED') AS known_youth_for
    FROM screening s
    WHERE s.status = 'SUBMITTED'
      AND NOT EXISTS (SELECT 1 FROM screening a
                      WHERE a.county_id = s.county_id AND a.amends_id = s.id AND a.status = 'SUBMITTED');

-- MDT timeliness: each clock of each response, with the day of identification in the county's time
-- zone (the cohort date) and the hours from identification to the clock being met.
CREATE VIEW report_clock WITH (security_invoker = true) AS
    SELECT c.county_id, c.response_id, r.tier, c.name AS clock, c.owner_agency_id AS agency_id,
           (r.identified_at AT TIME ZONE z.time_zone)::date AS identified_on,
           c.due_at, c.met_at,
           extract(epoch FROM (c.met_at - r.identified_at)) / 3600.0 AS hours_to_meet
    FROM response_clock c
    JOIN response r ON r.county_id = c.county_id AND r.id = c.response_id
    JOIN county z ON z.id = c.county_id;

-- The agencies a report may name (every agency of the county, with or without counts).
CREATE VIEW report_agency WITH (security_invoker = true) AS
    SELECT county_id, id, name FROM agency;

GRANT SELECT ON report_identification, report_screening, report_clock, report_agency TO ${appRole};
