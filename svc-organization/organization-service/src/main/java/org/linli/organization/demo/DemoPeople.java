package org.linli.organization.demo;

import java.time.LocalDate;
import java.util.SplittableRandom;
import org.linli.platform.pii.ChineseIdNumber;
import org.springframework.lang.Nullable;

/**
 * Made-up people with valid, unique ID numbers: 440118 (Zengcheng), born 1945–2003. Person number
 * {@code n} maps to one (birth date, sequence) pair, so no two demo people share an ID number and a
 * rerun makes the same ones.
 *
 * <p>Person 0, the owner of the district's first household (and secretary of its compound's branch), is
 * the one demo person whose name and ID number are published ({@link #KNOWN_RESIDENT_NAME}), so that a
 * newcomer can log in through the fake WeChat and verify their real name as a resident of the roster.
 */
final class DemoPeople {

    private static final String AREA = "440118";
    private static final LocalDate FIRST_BIRTH = LocalDate.of(1945, 1, 1);
    private static final int BIRTH_DAYS = 21_184; // to the end of 2002: every demo person is an adult
    private static final String[] PHONE_PREFIXES = {
        "135", "136", "137", "138", "139", "150", "151", "158", "159", "186", "187", "188", "189"
    };

    static final String KNOWN_RESIDENT_NAME = "王建国";
    /** Born 1945-01-01, sequence 001 (a man): person 0's slot, which no other demo person can take. */
    static final String KNOWN_RESIDENT_ID_NUMBER = "440118194501010012";

    record Person(String name, String idNumber, @Nullable String phone) {}

    private DemoPeople() {}

    static Person make(long n, SplittableRandom random, boolean withPhone) {
        LocalDate birth = FIRST_BIRTH.plusDays(n % BIRTH_DAYS);
        long sequence = n / BIRTH_DAYS; // 0..499 per day: room for ten million people
        if (sequence >= 500) {
            throw new IllegalStateException("The demo district holds at most " + 500L * BIRTH_DAYS + " people");
        }
        boolean male = random.nextBoolean();
        // GB 11643: the sequence's last digit is odd for men and even for women
        String first17 = AREA
                + String.format("%04d%02d%02d", birth.getYear(), birth.getMonthValue(), birth.getDayOfMonth())
                + String.format("%03d", sequence * 2 + (male ? 1 : 0));
        String phone = withPhone
                ? PHONE_PREFIXES[random.nextInt(PHONE_PREFIXES.length)]
                        + String.format("%08d", random.nextInt(100_000_000))
                : null;
        String name = DemoNames.person(random, male);
        if (n == 0) {
            // the random draws above are still made, so every other demo person stays as it was
            return new Person(KNOWN_RESIDENT_NAME, KNOWN_RESIDENT_ID_NUMBER, phone);
        }
        return new Person(name, first17 + ChineseIdNumber.checkCharacter(first17), phone);
    }
}
