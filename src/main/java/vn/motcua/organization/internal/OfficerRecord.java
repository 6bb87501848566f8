package vn.motcua.organization.internal;

import vn.motcua.organization.Officer;

/** An officer with what the administration screens need besides. */
public record OfficerRecord(Officer officer, boolean mustChangePassword, int version) {

  public long id() {
    return officer.id();
  }
}
