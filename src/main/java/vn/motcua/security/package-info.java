/**
 * Who is signed in and what they may do: staff sign-in, roles, agency scope, sign-in throttling and
 * the HTTP security of every page and API. Accounts themselves belong to the organization module,
 * which provides them through {@link vn.motcua.security.AccountStore}.
 */
@NullMarked
package vn.motcua.security;

import org.jspecify.annotations.NullMarked;
