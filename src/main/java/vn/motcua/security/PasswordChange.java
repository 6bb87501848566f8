package vn.motcua.security;

/**
 * Where officers change their own password. The organization module serves these paths; the
 * security module lets an officer who must change the password (a new account, a password reset by
 * an administrator) reach nothing else once signed in.
 */
public final class PasswordChange {

  /** The page with the change-password form. */
  public static final String PAGE = "/me/password";

  /** The API endpoint ({@code POST}). */
  public static final String API = "/api/v1/me/password";

  private PasswordChange() {}
}
