package vn.motcua.organization;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.organization.internal.AgencyAdministration;
import vn.motcua.organization.internal.AgencyDraft;
import vn.motcua.organization.internal.AgencyRepository;
import vn.motcua.organization.internal.OfficerAdministration;
import vn.motcua.organization.internal.OfficerDraft;
import vn.motcua.organization.internal.OfficerRecord;
import vn.motcua.organization.internal.OfficerRepository;
import vn.motcua.organization.internal.Scope;
import vn.motcua.security.Role;

/**
 * Agencies and officers for the other modules: look-ups, who may act where, and registration for
 * seeding (demo data, tests, an installation's first agency). Administrators change agencies and
 * officers through the administration pages and API, which check their scope and record every
 * change in the audit trail; {@link #register} does neither.
 */
@Service
public class Organization {

  private final AgencyRepository agencies;
  private final OfficerRepository officers;
  private final AgencyAdministration agencyAdministration;
  private final OfficerAdministration officerAdministration;
  private final AdministrativeUnits units;
  private final PasswordEncoder passwords;

  Organization(
      AgencyRepository agencies,
      OfficerRepository officers,
      AgencyAdministration agencyAdministration,
      OfficerAdministration officerAdministration,
      AdministrativeUnits units,
      PasswordEncoder passwords) {
    this.agencies = agencies;
    this.officers = officers;
    this.agencyAdministration = agencyAdministration;
    this.officerAdministration = officerAdministration;
    this.units = units;
    this.passwords = passwords;
  }

  /** The id of the agency with this code, if it is registered. */
  public Optional<Long> agencyId(AgencyCode code) {
    return agencies.idOf(code);
  }

  public Optional<Agency> agency(long id) {
    return agencies.find(id);
  }

  public Optional<Agency> agency(AgencyCode code) {
    return agencies.find(code);
  }

  /**
   * The ids of the agency and of all agencies below it (its centre, counters, departments and
   * sub-units), as reports sum them; empty when there is no such agency.
   */
  public java.util.Set<Long> agencyAndBelow(long id) {
    return java.util.Set.copyOf(agencies.subtree(id));
  }

  /** All agencies of a kind, by name. */
  public List<Agency> agencies(AgencyKind kind) {
    return agencies.ofKind(kind);
  }

  /**
   * The administrative unit the agency serves: its own, or that of its nearest ancestor with one (a
   * department serves its People's Committee's unit).
   */
  public Optional<AdminUnit> adminUnitOf(long agencyId) {
    return agencies.adminUnitOf(agencyId).flatMap(units::unit);
  }

  /**
   * Registers an agency without an actor (seeding): checked like an administrator's change (code,
   * parent, unit, duplicates) but not audited.
   *
   * @throws OrganizationRefusal when something is wrong with it; nothing is written then
   */
  @Transactional
  public long register(NewAgency agency) {
    return agencyAdministration.register(AgencyDraft.of(agency).validated(), Scope.unrestricted());
  }

  public boolean officerExists(String username) {
    return officers.exists(username);
  }

  public Optional<Officer> officer(long id) {
    return officers.find(id).map(OfficerRecord::officer);
  }

  /**
   * The active officers who may act in this role in this agency (a role granted for an agency
   * covers everything below it), by name: e.g. the specialists a dossier can be assigned to.
   */
  public List<Officer> officersCovering(Role role, long agencyId) {
    return officers.covering(role, agencyId).stream().map(OfficerRecord::officer).toList();
  }

  /**
   * Registers an officer without an actor (seeding), with the given password and no need to change
   * it: checked like an administrator's change, except that the fields are not checked against the
   * catalogue (which may be loaded later), and not audited.
   *
   * @throws OrganizationRefusal when something is wrong with it; nothing is written then
   */
  @Transactional
  public long register(NewOfficer officer) {
    return registerAll(List.of(officer)).getFirst();
  }

  /**
   * Registers officers like {@link #register(NewOfficer)}, all or none, hashing each distinct
   * password once: officers given the same password get the same hash (and salt). Meant for seeding
   * many officers with one known or to-be-changed password, such as the demo's; bcrypt costs about
   * 0.1 s per hash on a small machine.
   *
   * @return the officers' ids, in order
   * @throws OrganizationRefusal when something is wrong with one of them; nothing is written then
   */
  @Transactional
  public List<Long> registerAll(List<NewOfficer> officers) {
    Map<String, String> hashes = new HashMap<>();
    return officers.stream()
        .map(
            officer ->
                officerAdministration.register(
                    OfficerDraft.of(officer).validated(officer.password()),
                    hashes.computeIfAbsent(officer.password(), passwords::encode),
                    Scope.unrestricted(),
                    false))
        .toList();
  }
}
