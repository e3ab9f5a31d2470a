-- Why a step was taken when no one chose it: the scheduler holds a scheduled article back for
-- review when, at its time, a blocking editorial check finds something; the note names it.
ALTER TABLE transitions ADD COLUMN note TEXT;
