package vn.motcua.demo;

import java.util.List;
import vn.motcua.security.Role;
import vn.motcua.security.SignInHints;

/** The demo officers, as listed on the sign-in page and printed at start-up. */
final class DemoAccounts implements SignInHints {

  static final String PASSWORD = "demo";

  private final List<Hint> accounts;

  DemoAccounts(List<Hint> accounts) {
    this.accounts = List.copyOf(accounts);
  }

  @Override
  public List<Hint> accounts() {
    return accounts;
  }

  static Hint account(String username, Role role, String agencyName) {
    return new Hint(username, PASSWORD, role, agencyName);
  }
}
