package vn.motcua.organization.internal;

import java.time.Clock;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.audit.AuditTrail;
import vn.motcua.organization.FieldDirectory;
import vn.motcua.organization.NewOfficer;
import vn.motcua.organization.OrganizationRefusal;

/**
 * Creating, editing, deactivating and reactivating officers and resetting their passwords, within
 * what the administrator administers. An administrator manages an officer only when the officer's
 * agency and every agency of the officer's roles are in the administrator's scope. New officers and
 * reset ones get a temporary password that they must change at their next sign-in. Each change is
 * checked completely before anything is written, runs in one transaction and is recorded in the
 * audit trail in it. Officers are never deleted.
 */
@Service
public class OfficerAdministration {

  /** A new officer, or a reset password: the password to hand to the officer, shown once. */
  public record TemporaryPassword(long officerId, String username, String password) {}

  private final OfficerRepository officers;
  private final AgencyRepository agencies;
  private final ObjectProvider<FieldDirectory> fieldDirectory;
  private final PasswordEncoder encoder;
  private final PasswordPolicy policy;
  private final OfficerSessions sessions;
  private final AuditTrail audit;
  private final Clock clock;

  OfficerAdministration(
      OfficerRepository officers,
      AgencyRepository agencies,
      ObjectProvider<FieldDirectory> fieldDirectory,
      PasswordEncoder encoder,
      PasswordPolicy policy,
      OfficerSessions sessions,
      AuditTrail audit,
      Clock clock) {
    this.officers = officers;
    this.agencies = agencies;
    this.fieldDirectory = fieldDirectory;
    this.encoder = encoder;
    this.policy = policy;
    this.sessions = sessions;
    this.audit = audit;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  public List<OfficerRecord> officers(Scope scope, @Nullable Long agencyId) {
    return officers.within(scope, agencyId);
  }

  @Transactional(readOnly = true)
  public OfficerRecord officer(Scope scope, long id) {
    return officers.find(id, scope).orElseThrow(OfficerAdministration::noOfficer);
  }

  @Transactional
  public TemporaryPassword create(Actor actor, OfficerDraft draft) {
    String password = policy.temporary();
    NewOfficer officer = draft.validated(password);
    checkFieldsKnown(officer);
    long id = register(officer, encoder.encode(password), actor.administering(), true);
    audit.record(
        actor.username(),
        actor.address(),
        "OFFICER_CREATED",
        officer.username(),
        describe(officer),
        officer.agencyId());
    return new TemporaryPassword(id, officer.username(), password);
  }

  /**
   * Registers a checked officer, whose password is already hashed, in agencies of the scope; shared
   * with seeding.
   */
  public long register(
      NewOfficer officer, String passwordHash, Scope scope, boolean mustChangePassword) {
    if (officers.exists(officer.username())) {
      throw duplicateUsername(officer.username());
    }
    checkPlacement(officer, scope);
    try {
      return officers.insert(officer, passwordHash, mustChangePassword, clock.instant());
    } catch (DuplicateKeyException e) {
      throw duplicateUsername(officer.username());
    }
  }

  @Transactional
  public void update(Actor actor, long id, int version, OfficerDraft draft) {
    Scope scope = actor.administering();
    OfficerRecord current = manageable(scope, id);
    // The user name is the officer's identity in the audit trail: it does not change.
    NewOfficer changed =
        new OfficerDraft(
                current.officer().username(),
                draft.fullName(),
                draft.email(),
                draft.phone(),
                draft.agencyId(),
                draft.departmentId(),
                draft.grants(),
                draft.fields())
            .validated("");
    checkFieldsKnown(changed);
    checkPlacement(changed, scope);
    if (!officers.update(id, version, changed)) {
      throw AgencyAdministration.stale();
    }
    var before = current.officer();
    audit.record(
        actor.username(),
        actor.address(),
        "OFFICER_UPDATED",
        before.username(),
        new Changes()
            .field("fullName", before.fullName(), changed.fullName())
            .field("email", before.email(), changed.email())
            .field("phone", before.phone(), changed.phone())
            .field("agency", before.agencyId(), changed.agencyId())
            .field("department", before.departmentId(), changed.departmentId())
            .field("grants", grantsText(before.grants()), grantsText(changed.grants()))
            .field("fields", sorted(before.fields()), sorted(changed.fields()))
            .toString(),
        changed.agencyId());
  }

  /**
   * Deactivates an officer: the officer can no longer sign in and open sessions end now; the
   * officer's name stays on every dossier and in the audit trail.
   */
  @Transactional
  public void deactivate(Actor actor, long id, int version) {
    OfficerRecord officer = manageable(actor.administering(), id);
    if (officer.id() == actor.officerId()) {
      throw OrganizationRefusal.conflict(null, "organization.refusal.deactivateSelf");
    }
    setActive(actor, officer, version, false);
    sessions.endAll(officer.officer().username());
  }

  @Transactional
  public void reactivate(Actor actor, long id, int version) {
    setActive(actor, manageable(actor.administering(), id), version, true);
  }

  /**
   * Gives the officer a new temporary password to be changed at the next sign-in, and ends the
   * officer's open sessions.
   */
  @Transactional
  public TemporaryPassword resetPassword(Actor actor, long id) {
    OfficerRecord officer = manageable(actor.administering(), id);
    String password = policy.temporary();
    officers.setPassword(id, encoder.encode(password), true);
    sessions.endAll(officer.officer().username());
    audit.record(
        actor.username(),
        actor.address(),
        "PASSWORD_RESET",
        officer.officer().username(),
        null,
        officer.officer().agencyId());
    return new TemporaryPassword(id, officer.officer().username(), password);
  }

  private void setActive(Actor actor, OfficerRecord officer, int version, boolean active) {
    if (!officers.setActive(officer.id(), version, active)) {
      throw AgencyAdministration.stale();
    }
    audit.record(
        actor.username(),
        actor.address(),
        active ? "OFFICER_REACTIVATED" : "OFFICER_DEACTIVATED",
        officer.officer().username(),
        null,
        officer.officer().agencyId());
  }

  private OfficerRecord manageable(Scope scope, long id) {
    return officers.findManageable(id, scope).orElseThrow(OfficerAdministration::noOfficer);
  }

  /**
   * The officer's agency, department and the agencies of the roles must be in the scope; the agency
   * active; the department an agency below the officer's agency.
   */
  private void checkPlacement(NewOfficer officer, Scope scope) {
    AgencyRecord agency =
        agencies
            .find(officer.agencyId(), scope)
            .orElseThrow(
                () ->
                    OrganizationRefusal.invalid("agencyId", "organization.refusal.unknownAgency"));
    if (!agency.agency().active()) {
      throw OrganizationRefusal.invalid("agencyId", "organization.refusal.agencyInactive");
    }
    if (officer.departmentId() != null) {
      boolean below =
          agencies
              .find(officer.departmentId(), scope)
              .filter(department -> department.id() != agency.id() && agency.contains(department))
              .isPresent();
      if (!below) {
        throw OrganizationRefusal.invalid("departmentId", "organization.refusal.notADepartment");
      }
    }
    for (NewOfficer.Grant grant : officer.grants()) {
      if (agencies.find(grant.agencyId(), scope).isEmpty()) {
        throw OrganizationRefusal.invalid("grants", "organization.refusal.unknownAgency");
      }
    }
  }

  /** Where the catalogue is present, a specialist's fields must be fields of it. */
  private void checkFieldsKnown(NewOfficer officer) {
    FieldDirectory directory = fieldDirectory.getIfAvailable();
    if (directory == null || officer.fields().isEmpty()) {
      return;
    }
    List<String> known = directory.fields().stream().map(FieldDirectory.FieldOption::code).toList();
    for (String field : officer.fields()) {
      if (!known.contains(field)) {
        throw OrganizationRefusal.invalid("fields", "organization.refusal.unknownField", field);
      }
    }
  }

  private static String describe(NewOfficer officer) {
    return new Changes()
        .field("fullName", null, officer.fullName())
        .field("agency", null, officer.agencyId())
        .field("grants", null, grantsText(officer.grants()))
        .field("fields", null, sorted(officer.fields()))
        .toString();
  }

  private static String grantsText(List<NewOfficer.Grant> grants) {
    return String.join(
        ", ", grants.stream().map(g -> g.role() + "@" + g.agencyId()).sorted().toList());
  }

  private static String sorted(java.util.Set<String> fields) {
    return String.join(", ", fields.stream().sorted().toList());
  }

  private static OrganizationRefusal duplicateUsername(String username) {
    return OrganizationRefusal.conflict(
        "username", "organization.refusal.duplicateUsername", username);
  }

  private static OrganizationRefusal noOfficer() {
    return OrganizationRefusal.notFound("organization.refusal.noOfficer");
  }
}
