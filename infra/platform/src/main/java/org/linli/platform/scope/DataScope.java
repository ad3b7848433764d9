package org.linli.platform.scope;

import java.util.function.Function;
import java.util.function.Predicate;
import org.linli.platform.error.DomainException;
import org.linli.platform.security.Caller;
import org.springframework.lang.Nullable;

/**
 * Reading one record for a caller: what lies outside their data scope does not exist for them, so it
 * answers the same 404 ({@code <what>.not-found}) as an id that names nothing, and a caller cannot tell
 * the two apart by probing ids.
 *
 * <pre>{@code
 * return DataScope.require(caller, units.selectById(id), OrgUnit::getPath, "org-unit", id);
 * }</pre>
 */
public final class DataScope {

    private DataScope() {}

    /** {@code found} when the caller sees its path; else 404, as when it is null. */
    public static <T> T require(
            Caller caller, @Nullable T found, Function<? super T, String> pathOf, String what, Object id) {
        return require(caller, found, pathOf, record -> false, what, id);
    }

    /**
     * {@code found} when the caller sees its path or it is their own (their application, their home),
     * which they see wherever it lies; else 404, as when it is null.
     *
     * @param theirOwn asked only when the scope does not already let the caller in, so it may query
     */
    public static <T> T require(
            Caller caller,
            @Nullable T found,
            Function<? super T, String> pathOf,
            Predicate<? super T> theirOwn,
            String what,
            Object id) {
        if (found == null || !(caller.sees(pathOf.apply(found)) || theirOwn.test(found))) {
            throw DomainException.notFound(what, id);
        }
        return found;
    }
}
