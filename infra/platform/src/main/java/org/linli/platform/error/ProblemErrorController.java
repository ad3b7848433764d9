package org.linli.platform.error;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.lang.Nullable;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.ServletWebRequest;

/**
 * The error page, in place of Spring Boot's BasicErrorController (whose body is
 * {timestamp, status, error, path}): what reaches it never went through the advice, e.g. a
 * {@code sendError} from Tomcat (TRACE) or a filter, or an exception thrown in a filter. It answers
 * the same problem details as everything else.
 */
@RestController
@RequestMapping("${server.error.path:${error.path:/error}}")
public class ProblemErrorController implements ErrorController {

    private final ErrorAttributes errorAttributes;

    public ProblemErrorController(ErrorAttributes errorAttributes) {
        this.errorAttributes = errorAttributes;
    }

    @RequestMapping
    ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
        ProblemDetail problem = describe(request);
        return ResponseEntity.status(problem.getStatus())
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    private ProblemDetail describe(HttpServletRequest request) {
        Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        if (!(status instanceof Integer code)) {
            // "/error" asked for directly, not an error dispatch
            return RequestProblems.forStatus(404, request.getMethod());
        }
        // an error dispatch is a GET to /error: the request as the client sent it is in attributes
        String method = attribute(request, RequestDispatcher.ERROR_METHOD);
        Throwable error = errorAttributes.getError(new ServletWebRequest(request));
        if (Causes.find(error, RequestRejectedException.class) != null) {
            return RequestProblems.rejected(
                    method,
                    attribute(request, RequestDispatcher.ERROR_REQUEST_URI),
                    attribute(request, RequestDispatcher.ERROR_QUERY_STRING));
        }
        InvalidParameterException parameters = Causes.find(error, InvalidParameterException.class);
        if (parameters != null) {
            return RequestProblems.malformedParameters(parameters.getErrorCode());
        }
        return RequestProblems.forStatus(code, method != null ? method : request.getMethod());
    }

    @Nullable
    private static String attribute(HttpServletRequest request, String name) {
        return request.getAttribute(name) instanceof String value ? value : null;
    }
}
