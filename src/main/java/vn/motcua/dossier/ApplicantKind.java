package vn.motcua.dossier;

/** Who applies: a person or an organisation. */
public enum ApplicantKind {
  INDIVIDUAL,
  ORGANIZATION
}
