/**
 * The citizen side: the public lookup of a dossier by code and PIN, online submission, the
 * citizen's own dossiers and online supplements. Citizens never sign in as officers: their identity
 * is a separate, small session of their own behind {@link vn.motcua.portal.CitizenIdentity}.
 */
@NullMarked
package vn.motcua.portal;

import org.jspecify.annotations.NullMarked;
