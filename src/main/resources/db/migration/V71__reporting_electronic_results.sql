-- Results issued electronically (Decision 766, digitisation), counted on the day the result was ready.
ALTER TABLE stat_daily ADD COLUMN electronic_results INT NOT NULL DEFAULT 0;
