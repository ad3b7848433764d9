package org.linli.organization.staff;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;
import org.linli.platform.error.DomainException;

/**
 * The one form of a username, the same at creation and at sign-in: NFKC (full-width ｄｅｍｏ, the Kelvin
 * sign, the long s and other compatibility characters become the letters they stand for), then case
 * folding, then surrounding spaces dropped. Only a result in the alphabet {@code [a-z0-9._-]}, 3 to 32
 * characters starting with a letter or digit, can name an account; anything else (démo, bärs: accented
 * letters are letters of their own) names none. Names are compared byte for byte.
 */
final class Usernames {

    static final String RULE = "must be 3 to 32 letters, digits, '.', '_' or '-', starting with a letter or digit";

    private static final Pattern ALPHABET = Pattern.compile("[a-z0-9][a-z0-9._-]{2,31}");

    private Usernames() {}

    /**
     * The normal form of what someone typed. It may lie outside the alphabet (then it names no account),
     * and it is what an unknown username's failed sign-ins are counted under.
     */
    static String normalize(String typed) {
        String compatible = Normalizer.normalize(typed, Normalizer.Form.NFKC);
        // once more after folding, so that normalising a normal form changes nothing
        return Normalizer.normalize(fold(compatible), Normalizer.Form.NFKC).strip();
    }

    /** Whether a normalised username is one an account can have. */
    static boolean isAccountName(String normalized) {
        return ALPHABET.matcher(normalized).matches();
    }

    /**
     * The username a new account gets: the normal form of what was typed (ＷＡＮＧ.Grid becomes
     * wang.grid), or 422 {@code staff.invalid-username} when that is outside the alphabet.
     */
    static String forNewAccount(String typed) {
        String normalized = normalize(typed);
        if (!isAccountName(normalized)) {
            throw DomainException.invalid("staff.invalid-username", "username", RULE);
        }
        return normalized;
    }

    /**
     * Unicode full case folding, as far as it can reach the alphabet. The JDK has no case folding;
     * lower-casing agrees with it on every character whose folding ends in {@code [a-z]} (the Kelvin
     * sign included) except ß and ẞ, which fold to "ss". Upper- then lower-casing would be wrong the
     * other way: it turns the Turkish dotless ı into i, which folding leaves alone.
     */
    private static String fold(String text) {
        return text.toLowerCase(Locale.ROOT).replace("ß", "ss");
    }
}
