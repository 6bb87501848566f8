package vn.motcua.organization;

import org.jspecify.annotations.Nullable;

/** An agency as other modules see it. */
public record Agency(
    long id,
    AgencyCode code,
    String name,
    AgencyKind kind,
    @Nullable Long parentId,
    @Nullable String address,
    @Nullable String phone,
    @Nullable String email,
    boolean active) {}
