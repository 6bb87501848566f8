package vn.motcua.dossier;

import java.util.Arrays;

/** The statuses of a dossier, with the codes synchronised with the national portal (LEGAL.md). */
public enum DossierStatus {
  /** Mới đăng ký: submitted online, waiting for reception. */
  SUBMITTED(1, false),
  /** Được tiếp nhận. */
  ACCEPTED(2, false),
  /** Không được tiếp nhận (or refused after appraisal). */
  REFUSED(3, true),
  /** Đang xử lý. */
  PROCESSING(4, false),
  /** Yêu cầu bổ sung: waiting for the applicant, clock stopped. */
  SUPPLEMENT_REQUESTED(5, false),
  /** Yêu cầu thực hiện nghĩa vụ tài chính: waiting for the applicant to pay, clock stopped. */
  AWAITING_FINANCIAL_OBLIGATION(6, false),
  /** Công dân yêu cầu rút hồ sơ. */
  WITHDRAWN(7, true),
  /** Dừng xử lý. */
  STOPPED(8, true),
  /** Đã xử lý xong: the result is ready for return. */
  SETTLED(9, false),
  /** Đã trả kết quả. */
  RETURNED(10, true);

  private final int code;
  private final boolean terminal;

  DossierStatus(int code, boolean terminal) {
    this.code = code;
    this.terminal = terminal;
  }

  public int code() {
    return code;
  }

  /** Terminal statuses never change again. */
  public boolean terminal() {
    return terminal;
  }

  /** Whether the legal clock is stopped, waiting for the applicant. */
  public boolean paused() {
    return this == SUPPLEMENT_REQUESTED || this == AWAITING_FINANCIAL_OBLIGATION;
  }

  public static DossierStatus ofCode(int code) {
    return Arrays.stream(values())
        .filter(status -> status.code == code)
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("No dossier status " + code));
  }
}
