package vn.motcua.security;

import java.util.List;

/**
 * Accounts to show on the sign-in page. Only the demo provides a bean of this type, so a production
 * sign-in page lists nothing.
 */
public interface SignInHints {

  /** A demo account: user name, password and role. */
  record Hint(String username, String password, Role role, String agencyName) {}

  List<Hint> accounts();
}
