package vn.motcua.security.internal;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import vn.motcua.security.AccountStore;
import vn.motcua.security.SignedInOfficer;

/** Loads the officer signing in, with the lock the sign-in throttle may have put on the account. */
@Component
class OfficerDetailsService implements UserDetailsService {

  private final AccountStore accounts;
  private final SignInThrottle throttle;

  OfficerDetailsService(AccountStore accounts, SignInThrottle throttle) {
    this.accounts = accounts;
    this.throttle = throttle;
  }

  @Override
  public UserDetails loadUserByUsername(String username) {
    return accounts
        .findByUsername(username.strip())
        .map(account -> new SignedInOfficer(account, throttle.isLocked(username)))
        .orElseThrow(() -> new UsernameNotFoundException("No account"));
  }
}
