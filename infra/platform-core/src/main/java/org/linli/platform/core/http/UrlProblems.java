package org.linli.platform.core.http;

import java.util.Locale;
import org.springframework.lang.Nullable;

/**
 * Says what is wrong with a URL that Tomcat or Spring Security's firewall refused, in a sentence a
 * person can act on. Both refuse with a message of their own that may quote the request back (Tomcat's
 * is also translated into the server's locale), so the URL is looked at again here instead.
 */
public final class UrlProblems {

    public static final String CODE = "request.invalid-url";

    private UrlProblems() {}

    /** What is wrong with this raw (still percent-encoded) request target, or null if nothing known. */
    @Nullable
    public static String describe(@Nullable String rawTarget) {
        if (rawTarget == null || rawTarget.isEmpty()) {
            return null;
        }
        int query = rawTarget.indexOf('?');
        String path = (query < 0 ? rawTarget : rawTarget.substring(0, query)).toLowerCase(Locale.ROOT);
        if (path.contains("%2f")) {
            return "The path contains an encoded slash (%2F), which is not accepted: an id or name in a path"
                    + " never contains '/'.";
        }
        if (path.contains("%5c") || path.contains("\\")) {
            return "The path contains a backslash (\\ or %5C), which is not accepted.";
        }
        if (path.contains("%00") || hasControlCharacter(path) || path.contains("%0a") || path.contains("%0d")) {
            return "The URL contains a control character (such as %00 or a line break), which is not accepted.";
        }
        if (hasBrokenPercentEncoding(rawTarget)) {
            return "The URL has a '%' that is not followed by two hexadecimal digits; encode a literal '%' as %25.";
        }
        if (path.contains(";") || path.contains("%3b")) {
            return "The path contains a semicolon (;), which is not accepted: send parameters in the query string.";
        }
        if (path.contains("%25")) {
            return "The path contains an encoded percent sign (%25), which is not accepted.";
        }
        if (path.contains("%2e")
                || path.contains("/./")
                || path.contains("/../")
                || path.endsWith("/.")
                || path.endsWith("/..")) {
            return "The path contains '.' or '..' segments; send the path as it is meant, without relative parts.";
        }
        if (path.contains("//")) {
            return "The path contains an empty segment (//); remove the doubled slash.";
        }
        return null;
    }

    /** A sentence for a URL refused for a reason {@link #describe} does not know. */
    public static String generic() {
        return "The URL is not valid: send the path and query percent-encoded as UTF-8, with no characters"
                + " that RFC 3986 does not allow.";
    }

    private static boolean hasControlCharacter(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isISOControl(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasBrokenPercentEncoding(String text) {
        for (int i = text.indexOf('%'); i >= 0; i = text.indexOf('%', i + 1)) {
            if (i + 2 >= text.length() || !isHex(text.charAt(i + 1)) || !isHex(text.charAt(i + 2))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isHex(char c) {
        return Character.digit(c, 16) >= 0;
    }
}
