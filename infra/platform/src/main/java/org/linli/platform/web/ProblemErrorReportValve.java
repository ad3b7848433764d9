package org.linli.platform.web;

import java.io.IOException;
import java.io.Writer;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.apache.tomcat.util.res.StringManager;
import org.linli.platform.core.http.UrlProblems;
import org.linli.platform.error.ProblemResponses;
import org.linli.platform.error.RequestProblems;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.lang.Nullable;

/**
 * Tomcat's error report, as problem+json instead of its HTML page. It answers what Tomcat refuses
 * before any servlet or filter runs, so neither the advice nor the error page can: an encoded slash
 * (%2F), a bare or malformed '%', %00, a path that is not valid UTF-8, a character that must be
 * encoded, a header that is not valid HTTP, a request line plus headers over
 * {@code server.max-http-request-header-size}, the CONNECT method.
 *
 * <p>Tomcat's own messages are translated into the server's locale and may quote the request, so the
 * cause is read from the request and compared with Tomcat's message templates, not parsed.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

    private static final StringManager HTTP11 = StringManager.getManager("org.apache.coyote.http11");
    private static final String HEADER_TOO_LARGE = HTTP11.getString("iib.requestheadertoolarge.error");
    private static final String INVALID_TARGET = prefix("iib.invalidRequestTarget");

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        AtomicBoolean ioAllowed = new AtomicBoolean(false);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (!ioAllowed.get()) {
            return;
        }
        ProblemDetail problem =
                describe(status, throwable, request.getMethod(), target(request), maxHeaderBytes(request));
        try {
            response.setStatus(problem.getStatus());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(ProblemResponses.json(problem));
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // the client is gone or the response was committed meanwhile: nothing more to say
        }
    }

    static ProblemDetail describe(
            int status,
            @Nullable Throwable throwable,
            @Nullable String method,
            @Nullable String target,
            long maxHeaderBytes) {
        if (status == 400 && throwable == null) {
            // Tomcat's request mapping refused the URI (CoyoteAdapter): every such 400 is about the URL
            String detail = UrlProblems.describe(target);
            return ProblemResponses.problem(
                    HttpStatus.BAD_REQUEST, UrlProblems.CODE, detail != null ? detail : UrlProblems.generic());
        }
        if (status == 400) {
            // the HTTP parser refused the request line or a header
            String message = throwable.getMessage() == null ? "" : throwable.getMessage();
            if (message.equals(HEADER_TOO_LARGE)) {
                return ProblemResponses.problem(
                        HttpStatus.REQUEST_HEADER_FIELDS_TOO_LARGE,
                        "request.header-too-large",
                        "The request line and headers are larger than this service accepts"
                                + (maxHeaderBytes > 0 ? " (" + size(maxHeaderBytes) + " together)" : "")
                                + "; shorten the URL or the headers.");
            }
            if (!INVALID_TARGET.isEmpty() && message.startsWith(INVALID_TARGET)) {
                return ProblemResponses.problem(
                        HttpStatus.BAD_REQUEST,
                        UrlProblems.CODE,
                        "The URL contains a character that must be percent-encoded (such as a space, |, {, }, ^ or"
                                + " a non-ASCII character); encode it as UTF-8 %XX.");
            }
            return ProblemResponses.problem(
                    HttpStatus.BAD_REQUEST,
                    "request.malformed",
                    "The request is not valid HTTP: a header name must be a token (letters, digits and"
                            + " !#$%&'*+-.^_`|~), a header value must not contain control characters, and the"
                            + " request line must be METHOD /path HTTP/1.1.");
        }
        return RequestProblems.forStatus(status, method);
    }

    @Nullable
    private static String target(Request request) {
        String uri = request.getRequestURI();
        String query = request.getQueryString();
        return uri == null ? null : query == null ? uri : uri + "?" + query;
    }

    private static long maxHeaderBytes(Request request) {
        Object value =
                request.getConnector() == null ? null : request.getConnector().getProperty("maxHttpRequestHeaderSize");
        return value instanceof Number number ? number.longValue() : -1;
    }

    private static String size(long bytes) {
        return bytes % 1024 == 0 ? bytes / 1024 + " KB" : bytes + " bytes";
    }

    /** The text of a Tomcat message before its first argument, in the server's locale. */
    private static String prefix(String key) {
        String marker = "\u0000";
        String text = HTTP11.getString(key, marker);
        int at = text.indexOf(marker);
        return at < 0 ? "" : text.substring(0, at);
    }
}
