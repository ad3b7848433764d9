package org.linli.organization.realname;

import org.springframework.lang.Nullable;

/**
 * One way to check that a name and an ID number belong together (实名核验). WeChat's face verification
 * is closed to company-run mini-programs, so Linli asks providers in turn (their {@code @Order}): the
 * first that can tell decides.
 */
public interface RealNameProvider {

    /** A short stable name, recorded with each attempt. */
    String name();

    /** Checks a trimmed name and a normalised, checksum-valid ID number; never logs either. */
    Verdict check(String name, String idNumber);

    /**
     * @param personId the registry's person when the provider found them there
     */
    record Verdict(Kind kind, @Nullable Long personId) {

        public enum Kind {
            /** the pair belongs together */
            CONFIRMED,
            /** the pair does not belong together: a failed attempt */
            REFUSED,
            /** this provider cannot tell; ask the next one */
            UNKNOWN,
            /** the provider could not be asked; try again later (not counted) */
            UNAVAILABLE
        }

        public static Verdict confirmed(@Nullable Long personId) {
            return new Verdict(Kind.CONFIRMED, personId);
        }

        public static Verdict refused() {
            return new Verdict(Kind.REFUSED, null);
        }

        public static Verdict unknown() {
            return new Verdict(Kind.UNKNOWN, null);
        }

        public static Verdict unavailable() {
            return new Verdict(Kind.UNAVAILABLE, null);
        }
    }
}
