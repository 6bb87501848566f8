/**
 * Agencies as a tree (with their electronic identifier codes and administrative units) and the
 * officers who work in them, with their roles. Provides the security module's accounts.
 */
@NullMarked
package vn.motcua.organization;

import org.jspecify.annotations.NullMarked;
