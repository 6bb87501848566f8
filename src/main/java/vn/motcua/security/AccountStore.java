package vn.motcua.security;

import java.util.Optional;

/** Where the security module finds staff accounts; implemented by the organization module. */
public interface AccountStore {

  /** The account signing in with this user name, active or not. */
  Optional<Account> findByUsername(String username);
}
