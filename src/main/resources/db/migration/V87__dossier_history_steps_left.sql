-- Per-officer and per-step figures read the steps an agency's officers left in a period (HistoryRepository.processStepsLeft):
-- by index rather than by reading the whole history.
CREATE INDEX dossier_history_steps_left ON dossier_history (left_step_agency_id, at);
