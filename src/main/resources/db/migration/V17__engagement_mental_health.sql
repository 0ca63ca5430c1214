-- The mental-health evaluation of an immediate crisis, scheduled and completed, recorded like the
-- medical one on the engagement record, so that its 72-hour task closes when it is done.
ALTER TABLE engagement ADD COLUMN mental_health_scheduled_at timestamptz;
ALTER TABLE engagement ADD COLUMN mental_health_completed_at timestamptz;
