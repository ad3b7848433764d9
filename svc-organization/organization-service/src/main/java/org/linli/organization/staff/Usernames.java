package org.linli.organization.staff;

import java.util.Locale;

/** Usernames compare without case or surrounding spaces: "Zhang.Wei " and "zhang.wei" are one account. */
final class Usernames {

    static final String PATTERN = "^\\s*[A-Za-z0-9][A-Za-z0-9._-]{2,31}\\s*$";

    private Usernames() {}

    static String normalize(String username) {
        return username.trim().toLowerCase(Locale.ROOT);
    }
}
