package org.linli.platform.security;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.linli.platform.error.ProblemResponses;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/** 401 and 403 as problem details, like every other error, instead of Spring Security's bare status. */
final class ProblemSecurityHandlers {

    private ProblemSecurityHandlers() {}

    static AuthenticationEntryPoint unauthorized() {
        return (request, response, e) -> write(
                response, 401, "auth.unauthenticated", "Sign in first: this needs a valid, unexpired access token.", e);
    }

    static AccessDeniedHandler forbidden() {
        return (request, response, e) -> write(response, 403, "auth.forbidden", "Your role may not do this.", e);
    }

    private static void write(HttpServletResponse response, int status, String code, String detail, Exception e)
            throws IOException {
        if (status == 401) {
            response.setHeader("WWW-Authenticate", "Bearer");
        }
        ProblemResponses.write(response, HttpStatus.valueOf(status), code, detail);
    }
}
