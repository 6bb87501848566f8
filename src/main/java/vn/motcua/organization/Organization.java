package vn.motcua.organization;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.organization.internal.AgencyRepository;
import vn.motcua.organization.internal.OfficerRepository;

/** Registers agencies and officers. */
@Service
public class Organization {

  private final AgencyRepository agencies;
  private final OfficerRepository officers;
  private final PasswordEncoder passwords;
  private final Clock clock;

  Organization(
      AgencyRepository agencies,
      OfficerRepository officers,
      PasswordEncoder passwords,
      Clock clock) {
    this.agencies = agencies;
    this.officers = officers;
    this.passwords = passwords;
    this.clock = clock;
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

  /** All agencies of a kind, by name. */
  public List<Agency> agencies(AgencyKind kind) {
    return agencies.ofKind(kind);
  }

  @Transactional
  public long register(NewAgency agency) {
    return agencies.insert(agency);
  }

  public boolean officerExists(String username) {
    return officers.exists(username);
  }

  @Transactional
  public long register(NewOfficer officer) {
    return officers.insert(officer, passwords.encode(officer.password()), clock.instant());
  }
}
