package vn.motcua.organization;

/** What an administrative unit is, as its official name says. */
public enum AdminUnitKind {
  /** Tỉnh. */
  PROVINCE(AdminUnitLevel.PROVINCE),
  /** Thành phố trực thuộc trung ương. */
  CENTRAL_CITY(AdminUnitLevel.PROVINCE),
  /** Quận. */
  URBAN_DISTRICT(AdminUnitLevel.DISTRICT),
  /** Huyện. */
  RURAL_DISTRICT(AdminUnitLevel.DISTRICT),
  /** Thị xã. */
  DISTRICT_TOWN(AdminUnitLevel.DISTRICT),
  /** Thành phố thuộc tỉnh (or thuộc thành phố trực thuộc trung ương). */
  PROVINCIAL_CITY(AdminUnitLevel.DISTRICT),
  /** Xã. */
  COMMUNE(AdminUnitLevel.COMMUNE),
  /** Phường. */
  WARD(AdminUnitLevel.COMMUNE),
  /** Thị trấn (abolished with the districts). */
  TOWNSHIP(AdminUnitLevel.COMMUNE),
  /** Đặc khu (since 1 July 2025). */
  SPECIAL_ZONE(AdminUnitLevel.COMMUNE);

  private final AdminUnitLevel level;

  AdminUnitKind(AdminUnitLevel level) {
    this.level = level;
  }

  public AdminUnitLevel level() {
    return level;
  }
}
