package vn.motcua.organization.internal;

import org.jspecify.annotations.Nullable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.audit.AuditTrail;
import vn.motcua.organization.OrganizationRefusal;

/** An officer changing his or her own password, e.g. the temporary one an administrator gave. */
@Service
public class OwnPassword {

  private final OfficerRepository officers;
  private final PasswordEncoder encoder;
  private final PasswordPolicy policy;
  private final OfficerSessions sessions;
  private final AuditTrail audit;

  OwnPassword(
      OfficerRepository officers,
      PasswordEncoder encoder,
      PasswordPolicy policy,
      OfficerSessions sessions,
      AuditTrail audit) {
    this.officers = officers;
    this.encoder = encoder;
    this.policy = policy;
    this.sessions = sessions;
    this.audit = audit;
  }

  /**
   * Replaces the password after checking the current one, and ends the officer's sessions
   * everywhere: whoever else had the old password is signed out, and the officer signs in again
   * with the new one.
   */
  @Transactional
  public void change(Actor actor, @Nullable String currentPassword, @Nullable String newPassword) {
    if (currentPassword == null || currentPassword.isEmpty()) {
      throw OrganizationRefusal.invalid("currentPassword", "organization.refusal.required");
    }
    if (newPassword == null || newPassword.isEmpty()) {
      throw OrganizationRefusal.invalid("newPassword", "organization.refusal.required");
    }
    String hash =
        officers
            .passwordHash(actor.officerId())
            .orElseThrow(() -> OrganizationRefusal.notFound("organization.refusal.noOfficer"));
    if (!encoder.matches(currentPassword, hash)) {
      throw OrganizationRefusal.invalid("currentPassword", "organization.refusal.wrongPassword");
    }
    policy.check(actor.username(), newPassword);
    if (encoder.matches(newPassword, hash)) {
      throw OrganizationRefusal.invalid("newPassword", "organization.refusal.samePassword");
    }
    officers.setPassword(actor.officerId(), encoder.encode(newPassword), false);
    audit.record(actor.username(), actor.address(), "PASSWORD_CHANGED", actor.username(), null);
    sessions.endAll(actor.username());
  }
}
