package org.linli.testing.apidocs;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every problem a service answered to a test through {@link org.linli.testing.Http}, collected over the
 * whole test JVM so that the service's API docs test, which runs last ({@link ApiContractLast}), can
 * check each against the documented answers of its operation. Static because the tests that observe
 * and the test that checks share nothing else; nothing but tests ever writes here.
 */
public final class ObservedProblems {

    private static final Set<Observed> OBSERVED = ConcurrentHashMap.newKeySet();

    private ObservedProblems() {}

    /** @param path the request's path, without its query */
    public static void record(String method, String path, int status, String code) {
        OBSERVED.add(new Observed(method.toLowerCase(java.util.Locale.ROOT), path, status, code));
    }

    public static List<Observed> all() {
        return List.copyOf(OBSERVED);
    }

    /** One problem as a test saw it. */
    public record Observed(String method, String path, int status, String code) {

        @Override
        public String toString() {
            return method.toUpperCase(java.util.Locale.ROOT) + " " + path + " → " + status + " " + code;
        }
    }
}
