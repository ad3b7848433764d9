package org.linli.platform.pii;

import java.util.regex.Pattern;
import org.springframework.lang.Nullable;

/** Mainland mobile numbers: 11 digits starting with 1[3-9]. */
public final class PhoneNumber {

    private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");

    private PhoneNumber() {}

    @Nullable
    public static String normalize(@Nullable String raw) {
        if (raw == null) {
            return null;
        }
        String digits = raw.replaceAll("[\\s-]", "");
        return digits.startsWith("+86") ? digits.substring(3) : digits;
    }

    public static boolean isValid(@Nullable String raw) {
        String phone = normalize(raw);
        return phone != null && MOBILE.matcher(phone).matches();
    }
}
