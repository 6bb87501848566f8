package vn.motcua.dossier;

import org.jspecify.annotations.Nullable;

/** Someone who submits on the applicant's behalf (người được ủy quyền). */
public record Representative(String name, @Nullable String idNumber, @Nullable String phone) {}
