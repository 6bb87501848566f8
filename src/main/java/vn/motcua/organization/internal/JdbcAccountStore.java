package vn.motcua.organization.internal;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.motcua.security.Account;
import vn.motcua.security.AccountStore;
import vn.motcua.security.Role;

/**
 * Officers as sign-in accounts, with each role's scope expanded to the agencies below the granted
 * one.
 */
@Component
class JdbcAccountStore implements AccountStore {

  private final JdbcClient jdbc;

  JdbcAccountStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public Optional<Account> findByUsername(String username) {
    return jdbc.sql(
            """
            SELECT o.id, o.username, o.password_hash, o.full_name, o.agency_id, a.name AS agency_name,
                   o.active, o.must_change_password
              FROM officer o JOIN agency a ON a.id = o.agency_id
             WHERE o.username = :username
            """)
        .param("username", username.toLowerCase(Locale.ROOT))
        .query(
            (rs, row) ->
                new Account(
                    rs.getLong("id"),
                    rs.getString("username"),
                    rs.getString("password_hash"),
                    rs.getString("full_name"),
                    rs.getLong("agency_id"),
                    rs.getString("agency_name"),
                    Map.of(),
                    Set.of(),
                    rs.getBoolean("active"),
                    rs.getBoolean("must_change_password")))
        .optional()
        .map(
            account ->
                new Account(
                    account.officerId(),
                    account.username(),
                    account.passwordHash(),
                    account.fullName(),
                    account.agencyId(),
                    account.agencyName(),
                    scopeOf(account.officerId()),
                    fieldsOf(account.officerId()),
                    account.active(),
                    account.mustChangePassword()));
  }

  private Set<String> fieldsOf(long officerId) {
    return Set.copyOf(
        jdbc.sql("SELECT field_code FROM officer_field WHERE officer_id = :officer")
            .param("officer", officerId)
            .query(String.class)
            .list());
  }

  private Map<Role, Set<Long>> scopeOf(long officerId) {
    Map<Role, Set<Long>> scope = new EnumMap<>(Role.class);
    jdbc.sql(
            """
            SELECT r.role, covered.id
              FROM officer_role r
              JOIN agency granted ON granted.id = r.agency_id
              JOIN agency covered ON covered.path LIKE granted.path || '%'
             WHERE r.officer_id = :officer
            """)
        .param("officer", officerId)
        .query(
            rs -> {
              scope
                  .computeIfAbsent(Role.valueOf(rs.getString(1)), role -> new HashSet<>())
                  .add(rs.getLong(2));
            });
    return scope;
  }
}
