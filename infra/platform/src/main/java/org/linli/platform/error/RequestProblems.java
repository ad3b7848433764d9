package org.linli.platform.error;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import java.util.Set;
import org.linli.platform.core.http.UrlProblems;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.lang.Nullable;

/**
 * Problems about the request itself rather than about what it asks for, for the places that answer
 * before or outside Spring MVC: the error page, Spring Security's firewall, Tomcat's error report.
 */
public final class RequestProblems {

    // what Spring Security's StrictHttpFirewall lets through
    private static final Set<String> FIREWALL_METHODS =
            Set.of("DELETE", "GET", "HEAD", "OPTIONS", "PATCH", "POST", "PUT");

    private RequestProblems() {}

    /** An error known only by its status, e.g. one that Tomcat or a filter sent with sendError. */
    public static ProblemDetail forStatus(int statusCode, @Nullable String method) {
        HttpStatus status = HttpStatus.resolve(statusCode);
        if (status == null) {
            status = statusCode >= 500 ? HttpStatus.INTERNAL_SERVER_ERROR : HttpStatus.BAD_REQUEST;
        }
        if (status.is5xxServerError() && status != HttpStatus.NOT_IMPLEMENTED) {
            return problem(status, "server.unexpected", "Something went wrong on our side; please try again later.");
        }
        String detail =
                switch (status) {
                    case NOT_FOUND -> notFoundDetail();
                    case METHOD_NOT_ALLOWED -> "This path does not accept the " + method + " method.";
                    case NOT_IMPLEMENTED -> "This server does not implement the " + method + " method.";
                    default -> "The request cannot be served: " + status.getReasonPhrase() + ".";
                };
        return problem(status, codeFor(status), detail);
    }

    /** Spring Security's firewall refused the request (RequestRejectedException). */
    public static ProblemDetail rejected(HttpServletRequest request) {
        return rejected(request.getMethod(), request.getRequestURI(), request.getQueryString());
    }

    /** As above, for the method, raw path and raw query of a request that is no longer at hand. */
    static ProblemDetail rejected(@Nullable String method, @Nullable String path, @Nullable String query) {
        String urlProblem = UrlProblems.describe(path == null ? null : query == null ? path : path + "?" + query);
        if (urlProblem != null) {
            return problem(HttpStatus.BAD_REQUEST, UrlProblems.CODE, urlProblem);
        }
        if (method != null && !FIREWALL_METHODS.contains(method)) {
            return problem(
                    HttpStatus.BAD_REQUEST,
                    "request.rejected",
                    "The HTTP method is not accepted; use one of "
                            + String.join(
                                    ", ", FIREWALL_METHODS.stream().sorted().toList()) + ".");
        }
        return problem(
                HttpStatus.BAD_REQUEST,
                "request.rejected",
                "The request was refused: a header or parameter name or value contains a control character or"
                        + " a character that is not assigned in Unicode. Send header values as plain ASCII"
                        + " (percent-encode or Base64 anything else).");
    }

    /** Tomcat could not decode the query string or form body (its InvalidParameterException). */
    public static ProblemDetail malformedParameters(int tomcatStatus) {
        if (tomcatStatus == HttpStatus.CONTENT_TOO_LARGE.value()) {
            return problem(
                    HttpStatus.CONTENT_TOO_LARGE,
                    "request.too-large",
                    "The form body or its parameters are larger than this service accepts.");
        }
        return problem(
                HttpStatus.BAD_REQUEST,
                "request.malformed-parameters",
                "The query string or form body could not be read: write each parameter as name=value,"
                        + " percent-encoded as UTF-8 (a literal '%' is %25).");
    }

    static String notFoundDetail() {
        return "There is no API at this path.";
    }

    /** request.method-not-allowed, request.not-found ...: the code of a status that says it all. */
    static String codeFor(HttpStatusCode status) {
        HttpStatus known = HttpStatus.resolve(status.value());
        String name = known != null ? known.name() : "BAD_REQUEST";
        return "request." + name.toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static ProblemDetail problem(HttpStatus status, String code, String detail) {
        return ProblemResponses.problem(status, code, detail);
    }
}
