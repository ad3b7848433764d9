package org.linli.requests.statistics;

import org.linli.platform.error.DomainException;
import org.linli.platform.security.Caller;
import org.linli.requests.request.RequestAccess;
import org.springframework.http.HttpStatus;
import org.springframework.lang.Nullable;

/**
 * Whose requests a caller's statistics count: those placed under {@code pathPrefix}, the caller's own subtree or a
 * unit inside it. Property staff handle requests, they do not oversee an area: like their list ({@code GET
 * /api/requests}), their statistics count only what is dispatched to their property company, so a property company
 * reads its own record and not the complaints about it that went elsewhere.
 *
 * @param propertyOnly only requests whose handler now is a property company
 */
record StatisticsArea(String pathPrefix, boolean propertyOnly) {

    /**
     * The caller's area, narrowed to {@code unitPath} when given.
     *
     * @throws DomainException 404 when {@code unitPath} lies outside it: the same answer whether or not the unit
     *     exists, so nobody learns of units elsewhere
     */
    static StatisticsArea of(Caller caller, @Nullable String unitPath) {
        String own = caller.scopePrefix();
        String path = unitPath == null ? own : unitPath;
        if (!path.startsWith(own)) {
            throw new DomainException(
                    HttpStatus.NOT_FOUND, "org-unit.not-found", "No unit at " + unitPath + " in your area.");
        }
        return new StatisticsArea(path, !RequestAccess.isDispatcher(caller));
    }

    /** The id of the unit a path ends with ("/1/2/3/" is unit 3), or null for "/", the whole platform. */
    @Nullable
    static Long unitIdOf(String path) {
        if (path.equals("/")) {
            return null;
        }
        String trimmed = path.substring(0, path.length() - 1);
        return Long.valueOf(trimmed.substring(trimmed.lastIndexOf('/') + 1));
    }
}
