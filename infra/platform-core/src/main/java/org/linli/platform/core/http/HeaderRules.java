package org.linli.platform.core.http;

import org.springframework.lang.Nullable;

/**
 * What Spring Security's strict firewall allows in header names ({@code
 * [\p{IsAssigned}&&[^\p{IsControl}]]*}) and values (the same, plus horizontal tab, which HTTP allows
 * inside a field value), as loops: the firewall runs its regular expressions on every header read,
 * the 600-character Authorization header included.
 */
public final class HeaderRules {

    private HeaderRules() {}

    /** A header that is not there (the firewall asks about absent ones too) breaks no rule. */
    public static boolean isAllowedName(@Nullable String name) {
        return assignedAndNotControl(name, false);
    }

    public static boolean isAllowedValue(@Nullable String value) {
        return assignedAndNotControl(value, true);
    }

    private static boolean assignedAndNotControl(@Nullable String text, boolean tabAllowed) {
        if (text == null) {
            return true;
        }
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
