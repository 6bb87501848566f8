package vn.motcua.portal;

import java.io.Serializable;
import org.jspecify.annotations.Nullable;

/**
 * A citizen whose identity was verified by a {@link CitizenIdentity}: by a one-time code sent to
 * the email address, or by the national identity provider, which also vouches for the
 * identification number.
 *
 * @param email the verified email address, if the provider gives one
 * @param idNumber the personal identification number, if the provider vouches for it
 */
public record Citizen(@Nullable String email, @Nullable String idNumber, @Nullable String name)
    implements Serializable {}
