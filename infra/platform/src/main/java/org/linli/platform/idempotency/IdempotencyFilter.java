package org.linli.platform.idempotency;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.linli.platform.error.ProblemResponses;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.lang.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * {@code Idempotency-Key} for state-changing requests a phone may retry (DESIGN.md §6): the same key
 * with the same body replays the stored first response; the same key with another body is a 422; a
 * retry that arrives while the first is still running gets a 409. Keys are scoped per caller, method
 * and path, so one user's key never replays another's response. A 5xx is not stored: it may be retried.
 *
 * <p>Bodies may carry secrets (a new staff member's first password), so the stored fingerprint of a
 * request is an HMAC under a server key rather than a plain hash that could be guessed offline, and a
 * response marked {@code Cache-Control: no-store} (tokens) is never kept: its retry runs again.
 *
 * <p>A key is honoured for at least {@link #RETENTION}: a phone retries within minutes, a person who
 * comes back the next day is making a new request. New keys clear out expired records, a batch at a time and
 * at most once every {@link #PURGE_EVERY} per instance (a round trip per submission would be paid for nothing:
 * benchmarks showed it), so the table stays the size of a day's submissions without a scheduled job.
 */
public class IdempotencyFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(IdempotencyFilter.class);

    public static final String HEADER = "Idempotency-Key";
    public static final Duration RETENTION = Duration.ofHours(24);
    private static final int MAX_KEY_LENGTH = 200;
    private static final int PURGE_BATCH = 1000;
    static final Duration PURGE_EVERY = Duration.ofSeconds(1);

    private final JdbcClient jdbc;
    private final @Nullable SecretKeySpec fingerprintKey;
    private final AtomicLong nextPurge = new AtomicLong();

    public IdempotencyFilter(JdbcClient jdbc) {
        this(jdbc, null);
    }

    /** @param fingerprintKey key for the request fingerprint; without one a plain SHA-256 is kept */
    public IdempotencyFilter(JdbcClient jdbc, @Nullable byte[] fingerprintKey) {
        this.jdbc = jdbc;
        this.fingerprintKey = fingerprintKey == null ? null : new SecretKeySpec(fingerprintKey, "HmacSHA256");
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String method = request.getMethod();
        return request.getHeader(HEADER) == null
                || !(method.equals("POST")
                        || method.equals("PUT")
                        || method.equals("PATCH")
                        || method.equals("DELETE"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = request.getHeader(HEADER);
        if (key.isBlank() || key.length() > MAX_KEY_LENGTH) {
            problem(response, 400, "idempotency.invalid-key", "Idempotency-Key must be 1 to 200 characters.");
            return;
        }
        byte[] body = request.getInputStream().readAllBytes();
        String recordKey = sha256((caller() + "\n" + request.getMethod() + " " + request.getRequestURI() + "\n" + key)
                .getBytes(StandardCharsets.UTF_8));
        String requestHash = fingerprint(body);

        Instant now = Instant.now();
        try {
            jdbc.sql("INSERT INTO idempotency_record (record_key, request_hash, created_at) VALUES (?, ?, ?)")
                    .params(recordKey, requestHash, Timestamp.from(now))
                    .update();
        } catch (DuplicateKeyException seenBefore) {
            replayOrRefuse(recordKey, requestHash, response);
            return;
        }
        forgetExpired(now);

        ContentCachingResponseWrapper recorded = new ContentCachingResponseWrapper(response);
        boolean stored = false;
        try {
            chain.doFilter(new CachedBodyRequest(request, body), recorded);
            if (recorded.getStatus() < 500 && !noStore(recorded)) {
                jdbc.sql("UPDATE idempotency_record SET status_code = ?, content_type = ?, response_body = ?"
                                + " WHERE record_key = ?")
                        .params(
                                recorded.getStatus(),
                                recorded.getContentType(),
                                recorded.getContentAsByteArray(),
                                recordKey)
                        .update();
                stored = true;
            }
        } finally {
            if (!stored) {
                jdbc.sql("DELETE FROM idempotency_record WHERE record_key = ?")
                        .param(recordKey)
                        .update();
            }
            recorded.copyBodyToResponse();
        }
    }

    /** Housekeeping: a failure here must not fail the request, whose record is already in place. */
    private void forgetExpired(Instant now) {
        long due = nextPurge.get();
        if (now.toEpochMilli() < due
                || !nextPurge.compareAndSet(due, now.plus(PURGE_EVERY).toEpochMilli())) {
            return; // purged a moment ago, or another request of this instance is purging now
        }
        try {
            jdbc.sql("DELETE FROM idempotency_record WHERE created_at < ? ORDER BY created_at LIMIT " + PURGE_BATCH)
                    .param(Timestamp.from(now.minus(RETENTION)))
                    .update();
        } catch (DataAccessException e) {
            log.warn("could not delete expired idempotency records; the next new key tries again", e);
        }
    }

    private void replayOrRefuse(String recordKey, String requestHash, HttpServletResponse response) throws IOException {
        Optional<Stored> first = jdbc.sql("SELECT request_hash, status_code, content_type, response_body"
                        + " FROM idempotency_record WHERE record_key = ?")
                .param(recordKey)
                .query((rs, n) ->
                        new Stored(rs.getString(1), (Integer) rs.getObject(2), rs.getString(3), rs.getBytes(4)))
                .optional();
        if (first.isEmpty()) {
            problem(
                    response,
                    409,
                    "idempotency.retry",
                    "The first attempt with this Idempotency-Key just failed; retry.");
        } else if (!first.get().requestHash().equals(requestHash)) {
            problem(
                    response,
                    422,
                    "idempotency.key-reused",
                    "This Idempotency-Key was already used for a different request; use a new key.");
        } else if (first.get().status() == null) {
            problem(
                    response,
                    409,
                    "idempotency.in-progress",
                    "The first attempt with this Idempotency-Key is still running.");
        } else {
            response.setStatus(first.get().status());
            if (first.get().contentType() != null) {
                response.setContentType(first.get().contentType());
            }
            response.setHeader("Idempotent-Replayed", "true");
            if (first.get().body() != null) {
                response.getOutputStream().write(first.get().body());
            }
        }
    }

    private static String caller() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null ? "anonymous" : auth.getName();
    }

    private String fingerprint(byte[] body) {
        if (fingerprintKey == null) {
            return sha256(body);
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(fingerprintKey);
            return HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean noStore(HttpServletResponse response) {
        return response.getHeaders(HttpHeaders.CACHE_CONTROL).stream()
                .anyMatch(value -> value.toLowerCase(Locale.ROOT).contains("no-store"));
    }

    private static void problem(HttpServletResponse response, int status, String code, String detail)
            throws IOException {
        ProblemResponses.write(response, HttpStatus.valueOf(status), code, detail);
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private record Stored(String requestHash, Integer status, String contentType, byte[] body) {}

    /** Lets the controller read a body the filter already read to hash it. */
    private static final class CachedBodyRequest extends HttpServletRequestWrapper {
        private final byte[] body;

        CachedBodyRequest(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException();
                }

                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
        }
    }
}
