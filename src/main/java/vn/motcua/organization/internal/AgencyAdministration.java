package vn.motcua.organization.internal;

import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.audit.AuditTrail;
import vn.motcua.organization.AdministrativeUnits;
import vn.motcua.organization.AgencyCode;
import vn.motcua.organization.NewAgency;
import vn.motcua.organization.OrganizationRefusal;

/**
 * Creating, editing, deactivating and reactivating agencies, within what the administrator
 * administers. Each change is checked completely before anything is written, runs in one
 * transaction and is recorded in the audit trail in it. Agencies are never deleted: dossiers and
 * the audit trail keep referring to them.
 */
@Service
public class AgencyAdministration {

  private final AgencyRepository agencies;
  private final OfficerRepository officers;
  private final AdministrativeUnits units;
  private final AuditTrail audit;

  AgencyAdministration(
      AgencyRepository agencies,
      OfficerRepository officers,
      AdministrativeUnits units,
      AuditTrail audit) {
    this.agencies = agencies;
    this.officers = officers;
    this.units = units;
    this.audit = audit;
  }

  @Transactional(readOnly = true)
  public List<AgencyRecord> agencies(Scope scope) {
    return agencies.within(scope);
  }

  @Transactional(readOnly = true)
  public AgencyRecord agency(Scope scope, long id) {
    return agencies
        .find(id, scope)
        .orElseThrow(() -> OrganizationRefusal.notFound("organization.refusal.noAgency"));
  }

  @Transactional
  public long create(Actor actor, AgencyDraft draft) {
    NewAgency agency = draft.validated();
    long id = register(agency, actor.administering());
    audit.record(
        actor.username(),
        actor.address(),
        "AGENCY_CREATED",
        agency.code().value(),
        new Changes()
            .field("name", null, agency.name())
            .field("kind", null, agency.kind())
            .field("parent", null, agency.parentId())
            .toString(),
        id);
    return id;
  }

  /** Registers a checked agency below a parent in the scope; shared with seeding. */
  public long register(NewAgency agency, Scope scope) {
    if (agency.parentId() == null && scope.officerId() != null) {
      throw OrganizationRefusal.invalid("parentId", "organization.refusal.parentRequired");
    }
    if (agency.parentId() != null) {
      AgencyRecord parent = parentIn(scope, agency.parentId());
      if (!parent.agency().active()) {
        throw OrganizationRefusal.invalid("parentId", "organization.refusal.parentInactive");
      }
    }
    checkUnit(agency);
    checkCodeFree(agency.code(), 0);
    try {
      return agencies.insert(agency);
    } catch (DuplicateKeyException e) {
      throw duplicateCode(agency.code());
    }
  }

  @Transactional
  public void update(Actor actor, long id, int version, AgencyDraft draft) {
    Scope scope = actor.administering();
    AgencyRecord current = agency(scope, id);
    NewAgency changed = draft.validated();
    boolean moved = !java.util.Objects.equals(changed.parentId(), current.agency().parentId());
    String newParentPath = null;
    if (moved) {
      if (changed.parentId() == null) {
        throw OrganizationRefusal.invalid("parentId", "organization.refusal.parentRequired");
      }
      AgencyRecord parent = parentIn(scope, changed.parentId());
      if (current.contains(parent)) {
        throw OrganizationRefusal.invalid("parentId", "organization.refusal.cycle");
      }
      newParentPath = parent.path();
    }
    checkUnit(changed);
    checkCodeFree(changed.code(), id);
    try {
      if (!agencies.update(id, version, changed)) {
        throw stale();
      }
    } catch (DuplicateKeyException e) {
      throw duplicateCode(changed.code());
    }
    if (newParentPath != null) {
      agencies.moveSubtree(current.path(), newParentPath, id);
    }
    NewAgency before = toNew(current);
    audit.record(
        actor.username(),
        actor.address(),
        "AGENCY_UPDATED",
        changed.code().value(),
        new Changes()
            .field("code", before.code(), changed.code())
            .field("name", before.name(), changed.name())
            .field("kind", before.kind(), changed.kind())
            .field("parent", before.parentId(), changed.parentId())
            .field("adminUnit", before.adminUnitId(), changed.adminUnitId())
            .field("address", before.address(), changed.address())
            .field("phone", before.phone(), changed.phone())
            .field("email", before.email(), changed.email())
            .toString(),
        id);
  }

  /**
   * Deactivates an agency that no longer works: it stays in the tree, in the audit trail and in
   * every dossier that names it, but takes no new sub-agencies or officers. Refused while active
   * agencies or officers are still below it.
   */
  @Transactional
  public void deactivate(Actor actor, long id, int version) {
    AgencyRecord current = agency(actor.administering(), id);
    if (agencies.activeChildren(id) > 0) {
      throw OrganizationRefusal.conflict(null, "organization.refusal.activeChildren");
    }
    if (officers.activeIn(id) > 0) {
      throw OrganizationRefusal.conflict(null, "organization.refusal.activeOfficers");
    }
    setActive(actor, current, version, false);
  }

  @Transactional
  public void reactivate(Actor actor, long id, int version) {
    AgencyRecord current = agency(actor.administering(), id);
    Long parentId = current.agency().parentId();
    if (parentId != null && !agencies.find(parentId).orElseThrow().active()) {
      throw OrganizationRefusal.conflict(null, "organization.refusal.parentInactive");
    }
    setActive(actor, current, version, true);
  }

  private void setActive(Actor actor, AgencyRecord agency, int version, boolean active) {
    if (!agencies.setActive(agency.id(), version, active)) {
      throw stale();
    }
    audit.record(
        actor.username(),
        actor.address(),
        active ? "AGENCY_REACTIVATED" : "AGENCY_DEACTIVATED",
        agency.agency().code().value(),
        null,
        agency.agency().id());
  }

  private AgencyRecord parentIn(Scope scope, long parentId) {
    return agencies
        .find(parentId, scope)
        .orElseThrow(
            () -> OrganizationRefusal.invalid("parentId", "organization.refusal.unknownParent"));
  }

  private void checkUnit(NewAgency agency) {
    if (agency.adminUnitId() != null && units.unit(agency.adminUnitId()).isEmpty()) {
      throw OrganizationRefusal.invalid("adminUnitId", "organization.refusal.unknownUnit");
    }
  }

  private void checkCodeFree(AgencyCode code, long exceptId) {
    if (agencies.codeTaken(code, exceptId)) {
      throw duplicateCode(code);
    }
  }

  private static OrganizationRefusal duplicateCode(AgencyCode code) {
    return OrganizationRefusal.conflict("code", "organization.refusal.duplicateCode", code.value());
  }

  static OrganizationRefusal stale() {
    return OrganizationRefusal.conflict("version", "organization.refusal.stale");
  }

  private static NewAgency toNew(AgencyRecord record) {
    var agency = record.agency();
    return new NewAgency(
        agency.code(),
        agency.name(),
        agency.kind(),
        agency.parentId(),
        agency.address(),
        agency.phone(),
        agency.email(),
        record.adminUnitId());
  }
}
