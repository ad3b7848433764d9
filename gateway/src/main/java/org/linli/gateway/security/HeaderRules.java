package org.linli.gateway.security;

/**
 * What Spring Security's strict firewall allows in header names ({@code
 * [\p{IsAssigned}&&[^\p{IsControl}]]*}) and values (the same, plus horizontal tab), as loops.
 */
final class HeaderRules {

    private HeaderRules() {}

    static boolean isAllowedName(String name) {
        return allAssignedAndNotControl(name, false);
    }

    static boolean isAllowedValue(String value) {
        return allAssignedAndNotControl(value, true);
    }

    private static boolean allAssignedAndNotControl(String text, boolean tabAllowed) {
        if (text == null) {
            // the firewall also asks about headers a filter looked for and did not find
            return true;
        }
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            boolean allowed = Character.isDefined(codePoint)
                    && (!Character.isISOControl(codePoint) || (tabAllowed && codePoint == '\t'));
            if (!allowed) {
                return false;
            }
            i += Character.charCount(codePoint);
        }
        return true;
    }
}
