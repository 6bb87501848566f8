package vn.motcua.organization;

import org.jspecify.annotations.Nullable;

/** What it takes to register an agency. */
public record NewAgency(
    AgencyCode code,
    String name,
    AgencyKind kind,
    @Nullable Long parentId,
    @Nullable String address,
    @Nullable String phone,
    @Nullable String email) {}
