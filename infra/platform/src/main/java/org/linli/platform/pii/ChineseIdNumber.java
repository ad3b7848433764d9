package org.linli.platform.pii;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import org.springframework.lang.Nullable;

/** GB 11643 resident ID number: 6-digit area, 8-digit birth date, 3-digit sequence, check character. */
public final class ChineseIdNumber {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};

    private ChineseIdNumber() {}

    /** Upper-cases a trailing x and strips spaces, so that one number has one stored form. */
    @Nullable
    public static String normalize(@Nullable String raw) {
        return raw == null ? null : raw.replace(" ", "").toUpperCase(Locale.ROOT);
    }

    /** Why the number is not valid, or null when it is. */
    @Nullable
    public static String problem(@Nullable String raw) {
        String id = normalize(raw);
        if (id == null || id.length() != 18) {
            return "must be 18 characters";
        }
        for (int i = 0; i < 17; i++) {
            if (!Character.isDigit(id.charAt(i))) {
                return "must be 17 digits followed by a digit or X";
            }
        }
        char last = id.charAt(17);
        if (!Character.isDigit(last) && last != 'X') {
            return "must end with a digit or X";
        }
        try {
            LocalDate birth = LocalDate.of(
                    Integer.parseInt(id.substring(6, 10)),
                    Integer.parseInt(id.substring(10, 12)),
                    Integer.parseInt(id.substring(12, 14)));
            if (birth.isAfter(LocalDate.now()) || birth.getYear() < 1900) {
                return "has a birth date that cannot be right";
            }
        } catch (DateTimeException e) {
            return "has a birth date that does not exist";
        }
        return checkCharacter(id) == last ? null : "has a wrong check character (typo?)";
    }

    public static boolean isValid(@Nullable String raw) {
        return problem(raw) == null;
    }

    /** The check character for the first 17 digits. */
    public static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK[sum % 11];
    }
}
