package org.linli.platform.access;

import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.linli.platform.core.token.Role;
import org.linli.platform.security.RoleChecks;
import org.springframework.core.annotation.AnnotatedElementUtils;

/**
 * Who may call an operation and what they reach through it, read from its access annotation (on the
 * method, else on its controller). The API documents are written from this, so they say what method
 * security enforces. Every operation a service publishes carries exactly one such annotation.
 *
 * @param audiences the front ends that call it, hence the document groups it appears in
 * @param roles the roles whose token it accepts; empty when it takes no token
 * @param who the callers, in a sentence
 * @param scope what a caller reaches through it
 * @param open true when no token is needed
 */
public record Access(Set<Audience> audiences, List<Role> roles, String who, String scope, boolean open) {

    private static final String SUBTREE =
            "Only records inside the caller's own org unit and the units below it; any other id answers"
                    + " 404, as one that names nothing does.";

    private static final List<Rule<?>> RULES = List.of(
            new Rule<>(
                    ResidentsOnly.class,
                    a -> new Access(
                            EnumSet.of(Audience.RESIDENTS),
                            List.of(Role.RESIDENT),
                            "Residents (RESIDENT).",
                            or(a.scope(), "Only the caller's own account, homes and records."),
                            false)),
            new Rule<>(
                    StaffOnly.class,
                    a -> new Access(
                            EnumSet.of(Audience.STAFF),
                            staffRoles(),
                            "Staff of any role: " + names(staffRoles()) + ".",
                            or(a.scope(), SUBTREE),
                            false)),
            new Rule<>(
                    AdminsOnly.class,
                    a -> new Access(
                            EnumSet.of(Audience.STAFF),
                            RoleChecks.ADMINS,
                            "Administrators: " + names(RoleChecks.ADMINS) + ".",
                            or(a.scope(), SUBTREE),
                            false)),
            new Rule<>(
                    SystemAdminOnly.class,
                    a -> new Access(
                            EnumSet.of(Audience.STAFF),
                            List.of(Role.SYSTEM_ADMIN),
                            "System administrators (SYSTEM_ADMIN).",
                            or(a.scope(), "The whole platform."),
                            false)),
            new Rule<>(
                    ResidentsAndStaff.class,
                    a -> new Access(
                            EnumSet.of(Audience.RESIDENTS, Audience.STAFF),
                            residentAndStaffRoles(),
                            "Residents (RESIDENT) and staff of any role.",
                            or(
                                    a.scope(),
                                    "A resident reaches only what concerns them; staff only their own org"
                                            + " subtree. Any other id answers 404."),
                            false)),
            new Rule<>(
                    PublicEndpoint.class,
                    a -> new Access(
                            a.value().length == 0
                                    ? EnumSet.noneOf(Audience.class)
                                    : EnumSet.copyOf(Arrays.asList(a.value())),
                            List.of(),
                            a.why().isEmpty() ? "Anyone: no token is needed." : "Anyone, without a token: " + a.why(),
                            "Nothing beyond what the request itself proves.",
                            true)));

    public Access {
        audiences = Set.copyOf(audiences);
        roles = List.copyOf(roles);
    }

    /**
     * The access of a controller method.
     *
     * @throws IllegalStateException when it has no access annotation, or more than one
     */
    public static Access of(Method method) {
        return find(method)
                .orElseThrow(() -> new IllegalStateException(method
                        + " says nowhere who may call it: annotate it (or its controller) with one of @ResidentsOnly,"
                        + " @StaffOnly, @AdminsOnly, @SystemAdminOnly, @ResidentsAndStaff, @PublicEndpoint"));
    }

    /**
     * The access of a method, if it or its class declares one.
     *
     * @throws IllegalStateException when it declares more than one
     */
    public static Optional<Access> find(Method method) {
        List<Access> onMethod = declared(method);
        if (onMethod.size() > 1) {
            throw new IllegalStateException(method + " has more than one access annotation");
        }
        if (onMethod.size() == 1) {
            return Optional.of(onMethod.get(0));
        }
        List<Access> onType = declared(method.getDeclaringClass());
        if (onType.size() > 1) {
            throw new IllegalStateException(method.getDeclaringClass() + " has more than one access annotation");
        }
        return onType.stream().findFirst();
    }

    private static List<Access> declared(AnnotatedElement element) {
        List<Access> found = new ArrayList<>();
        for (Rule<?> rule : RULES) {
            rule.read(element).ifPresent(found::add);
        }
        return found;
    }

    private static List<Role> staffRoles() {
        return Arrays.stream(Role.values()).filter(Role::isStaff).toList();
    }

    private static List<Role> residentAndStaffRoles() {
        List<Role> roles = new ArrayList<>(List.of(Role.RESIDENT));
        roles.addAll(staffRoles());
        return roles;
    }

    private static String names(List<Role> roles) {
        return String.join(", ", roles.stream().map(Role::name).toList());
    }

    private static String or(String given, String fallback) {
        return given.isBlank() ? fallback : given;
    }

    private record Rule<A extends Annotation>(Class<A> type, Function<A, Access> access) {

        Optional<Access> read(AnnotatedElement element) {
            return Optional.ofNullable(AnnotatedElementUtils.findMergedAnnotation(element, type))
                    .map(access);
        }
    }
}
