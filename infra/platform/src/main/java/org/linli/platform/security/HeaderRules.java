package org.linli.platform.security;

/**
 * What Spring Security's strict firewall allows in header names ({@code
 * [\p{IsAssigned}&&[^\p{IsControl}]]*}) and values (the same, plus horizontal tab, which HTTP allows
 * inside a field value), as loops: the firewall runs its regular expressions on every header read,
 * the 600-character Authorization header included.
 */
final class HeaderRules {

    private HeaderRules() {}

    static boolean isAllowedName(String name) {
        return assignedAndNotControl(name, false);
    }

    static boolean isAllowedValue(String value) {
        return assignedAndNotControl(value, true);
    }

    private static boolean assignedAndNotControl(String text, boolean tabAllowed) {
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            if (!Character.isDefined(codePoint)
                    || (Character.isISOControl(codePoint) && !(tabAllowed && codePoint == '\t'))) {
                return false;
            }
            i += Character.charCount(codePoint);
        }
        return true;
    }
}
