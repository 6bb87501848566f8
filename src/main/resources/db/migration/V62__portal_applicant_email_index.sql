-- A signed-in citizen's own dossiers are found by the email address given with them (stored in lower case).
CREATE INDEX dossier_applicant_email ON dossier (applicant_email);
