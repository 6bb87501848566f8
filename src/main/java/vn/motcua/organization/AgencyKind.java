package vn.motcua.organization;

/** What an agency is, from the province People's Committee down to a reception counter. */
public enum AgencyKind {
  /** UBND tỉnh/thành phố. */
  PROVINCE_COMMITTEE,
  /** Trung tâm phục vụ hành chính công cấp tỉnh. */
  PROVINCE_SERVICE_CENTRE,
  /** Sở, ban, ngành. */
  DEPARTMENT,
  /** UBND xã/phường/đặc khu. */
  COMMUNE_COMMITTEE,
  /** Trung tâm phục vụ hành chính công cấp xã. */
  COMMUNE_SERVICE_CENTRE,
  /** Phòng, ban chuyên môn inside an agency. */
  INTERNAL_DEPARTMENT,
  /** Điểm tiếp nhận, quầy. */
  RECEPTION_POINT
}
