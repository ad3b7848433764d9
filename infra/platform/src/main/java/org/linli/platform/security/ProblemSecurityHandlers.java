package org.linli.platform.security;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.linli.platform.core.problem.AuthProblems;
import org.linli.platform.core.revocation.SessionRevokedException;
import org.linli.platform.error.ProblemResponses;
import org.linli.platform.error.RequestProblems;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.firewall.RequestRejectedHandler;

/**
 * 401, 403 and the firewall's refusals as problem details, like every other error, instead of Spring
 * Security's bare status (the firewall's would reach Spring Boot's error page as a plain 400).
 */
final class ProblemSecurityHandlers {

    private ProblemSecurityHandlers() {}

    static AuthenticationEntryPoint unauthorized() {
        return (request, response, e) -> write(
                response,
                401,
                e instanceof SessionRevokedException ? AuthProblems.TOKEN_REVOKED : AuthProblems.UNAUTHENTICATED);
    }

    static AccessDeniedHandler forbidden() {
        return (request, response, e) -> write(response, 403, AuthProblems.FORBIDDEN);
    }

    /** The strict firewall refused the URL, the method, or a header or parameter it was asked for. */
    static RequestRejectedHandler rejected() {
        return (request, response, e) -> ProblemResponses.write(response, RequestProblems.rejected(request));
    }

    private static void write(HttpServletResponse response, int status, AuthProblems problem) throws IOException {
        if (status == 401) {
            response.setHeader("WWW-Authenticate", "Bearer");
        }
        ProblemResponses.write(response, HttpStatus.valueOf(status), problem.code(), problem.detail());
    }
}
