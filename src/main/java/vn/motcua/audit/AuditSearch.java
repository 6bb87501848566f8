package vn.motcua.audit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.security.Role;
import vn.motcua.security.SignedInOfficer;
import vn.motcua.shared.Instants;

/**
 * Searches the audit trail for supervisors and administrators: a supervisor finds the entries of
 * the agencies he or she covers; an administrator also those about no agency (sign-ins, national
 * settings). Newest first.
 */
@Service
@Transactional(readOnly = true)
public class AuditSearch {

  private final JdbcClient jdbc;

  AuditSearch(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public List<AuditEntry> search(AuditQuery query, SignedInOfficer officer) {
    Set<Long> supervised = officer.agenciesFor(Role.SUPERVISOR);
    Set<Long> administered = officer.agenciesFor(Role.ADMIN);
    if (supervised.isEmpty() && administered.isEmpty()) {
      return List.of();
    }
    List<String> where = new ArrayList<>();
    Map<String, Object> params = new LinkedHashMap<>();
    Set<Long> agencies = new java.util.HashSet<>(supervised);
    agencies.addAll(administered);
    params.put("agencies", agencies);
    where.add(
        administered.isEmpty()
            ? "agency_id IN (:agencies)"
            : "(agency_id IN (:agencies) OR agency_id IS NULL)");
    if (query.actor() != null && !query.actor().isBlank()) {
      where.add("actor = :actor");
      params.put("actor", query.actor().strip());
    }
    if (query.action() != null && !query.action().isBlank()) {
      where.add("action LIKE :action");
      params.put("action", query.action().strip().replace("%", "") + "%");
    }
    if (query.subject() != null && !query.subject().isBlank()) {
      where.add("subject = :subject");
      params.put("subject", query.subject().strip());
    }
    if (query.from() != null) {
      where.add("occurred_at >= :from");
      params.put("from", Instants.toDb(query.from().atStartOfDay(Instants.VIETNAM).toInstant()));
    }
    if (query.to() != null) {
      where.add("occurred_at < :to");
      params.put(
          "to", Instants.toDb(query.to().plusDays(1).atStartOfDay(Instants.VIETNAM).toInstant()));
    }
    params.put("limit", AuditQuery.PAGE_SIZE);
    params.put("offset", query.page() * AuditQuery.PAGE_SIZE);
    return jdbc.sql(
            "SELECT id, occurred_at, actor, address, action, subject, detail, agency_id FROM audit_event WHERE "
                + String.join(" AND ", where)
                + " ORDER BY occurred_at DESC, id DESC LIMIT :limit OFFSET :offset")
        .params(params)
        .query(
            (rs, row) ->
                new AuditEntry(
                    rs.getLong("id"),
                    rs.getObject("occurred_at", java.time.OffsetDateTime.class).toInstant(),
                    rs.getString("actor"),
                    rs.getString("address"),
                    rs.getString("action"),
                    rs.getString("subject"),
                    rs.getString("detail"),
                    rs.getObject("agency_id", Long.class)))
        .list();
  }
}
