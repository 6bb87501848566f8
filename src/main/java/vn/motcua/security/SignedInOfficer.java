package vn.motcua.security;

import java.io.Serial;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The officer behind a request: identity, roles and the agencies each role covers. Kept in the
 * (database-backed) session, hence serializable and immutable.
 */
public final class SignedInOfficer implements UserDetails, CredentialsContainer {

  @Serial private static final long serialVersionUID = 1L;

  private final long officerId;
  private final String username;
  private @Nullable String passwordHash;
  private final String fullName;
  private final long agencyId;
  private final String agencyName;
  private final Map<Role, Set<Long>> scope;
  private final Set<String> fields;
  private final boolean active;
  private final boolean locked;
  private final boolean mustChangePassword;

  public SignedInOfficer(Account account, boolean locked) {
    this.officerId = account.officerId();
    this.username = account.username();
    this.passwordHash = account.passwordHash();
    this.fullName = account.fullName();
    this.agencyId = account.agencyId();
    this.agencyName = account.agencyName();
    this.scope = account.scope();
    this.fields = account.fields();
    this.active = account.active();
    this.locked = locked;
    this.mustChangePassword = account.mustChangePassword();
  }

  public long officerId() {
    return officerId;
  }

  public String fullName() {
    return fullName;
  }

  /** The agency (or department) the officer works in. */
  public long agencyId() {
    return agencyId;
  }

  public String agencyName() {
    return agencyName;
  }

  public Set<Role> roles() {
    return scope.isEmpty() ? Set.of() : EnumSet.copyOf(scope.keySet());
  }

  public boolean hasRole(Role role) {
    return scope.containsKey(role);
  }

  /** Whether the officer may act in this role in this agency. */
  public boolean covers(Role role, long agency) {
    return scope.getOrDefault(role, Set.of()).contains(agency);
  }

  /** The agencies the officer may see in any role. */
  public Set<Long> visibleAgencies() {
    return scope.values().stream().flatMap(Set::stream).collect(Collectors.toUnmodifiableSet());
  }

  /** The agencies the officer may act in with this role. */
  public Set<Long> agenciesFor(Role role) {
    return scope.getOrDefault(role, Set.of());
  }

  /** The fields of procedures the officer handles as a specialist. */
  public Set<String> fields() {
    return fields;
  }

  public boolean mustChangePassword() {
    return mustChangePassword;
  }

  @Override
  public Collection<? extends GrantedAuthority> getAuthorities() {
    List<GrantedAuthority> authorities =
        scope.keySet().stream()
            .<GrantedAuthority>map(role -> new SimpleGrantedAuthority(role.authority()))
            .collect(Collectors.toList());
    return List.copyOf(authorities);
  }

  @Override
  public @Nullable String getPassword() {
    return passwordHash;
  }

  @Override
  public String getUsername() {
    return username;
  }

  @Override
  public boolean isAccountNonLocked() {
    return !locked;
  }

  @Override
  public boolean isEnabled() {
    return active;
  }

  @Override
  public void eraseCredentials() {
    passwordHash = null;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof SignedInOfficer that && that.officerId == officerId;
  }

  @Override
  public int hashCode() {
    return Long.hashCode(officerId);
  }

  @Override
  public String toString() {
    return "SignedInOfficer[" + username + "]";
  }
}
