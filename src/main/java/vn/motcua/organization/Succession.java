package vn.motcua.organization;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One link of the conversion table: {@code predecessor} went into {@code successor} on {@code
 * effectiveOn}.
 *
 * @param note the table's own wording, e.g. "Nhập một phần diện tích"
 */
public record Succession(
    AdminUnit predecessor,
    AdminUnit successor,
    SuccessionKind kind,
    LocalDate effectiveOn,
    @Nullable String note) {}
