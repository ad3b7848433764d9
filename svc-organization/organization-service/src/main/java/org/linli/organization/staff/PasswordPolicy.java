package org.linli.organization.staff;

import java.util.Locale;
import org.linli.platform.error.DomainException;

/**
 * What a staff password must be: long enough to resist guessing (length beats composition rules, per
 * NIST SP 800-63B), and not the username. The messages never repeat the password.
 */
final class PasswordPolicy {

    static final int MIN_LENGTH = 10;
    // Argon2 takes any length; the cap only keeps request bodies and hashing time bounded
    static final int MAX_LENGTH = 128;

    private PasswordPolicy() {}

    /** Throws 422 {@code staff.weak-password} naming {@code field} when the password is not acceptable. */
    static void check(String password, String username, String field) {
        if (password == null || password.isBlank()) {
            throw weak(field, "must not be empty");
        }
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            throw weak(field, "must be at least " + MIN_LENGTH + " characters long");
        }
        if (length > MAX_LENGTH) {
            throw weak(field, "must be at most " + MAX_LENGTH + " characters long");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (username != null && !username.isBlank() && lower.contains(Usernames.normalize(username))) {
            throw weak(field, "must not contain the username");
        }
    }

    private static DomainException weak(String field, String message) {
        return DomainException.invalid("staff.weak-password", field, message);
    }
}
