package vn.motcua.organization;

/** The tiers of local government: province, district (abolished on 1 July 2025) and commune. */
public enum AdminUnitLevel {
  PROVINCE,
  DISTRICT,
  COMMUNE
}
