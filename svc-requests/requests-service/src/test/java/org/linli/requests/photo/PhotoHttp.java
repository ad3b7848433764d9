package org.linli.requests.photo;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.linli.testing.Http;
import org.linli.testing.TestTokens;
import org.springframework.http.HttpMethod;

/** Uploads as the mini-program sends them (wx.uploadFile: multipart/form-data, the photo in part {@code file}). */
final class PhotoHttp {

    static final String PATH = "/api/requests/photos";
    private static final String BOUNDARY = "linli-photo-boundary";
    /** Accounts unique across the shared context, so that one test's photos are never another's. */
    private static final AtomicLong ACCOUNTS = new AtomicLong(800_000);

    private PhotoHttp() {}

    static long newAccount() {
        return ACCOUNTS.incrementAndGet();
    }

    /** A real-name verified resident of account {@code account}. */
    static String resident(long account) {
        return TestTokens.resident(account, account + 1_000_000);
    }

    static Http.Response upload(Http http, String token, String fileName, String contentType, byte[] content) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                        + "\"\r\nContent-Type: " + contentType + "\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return http.exchange(
                HttpMethod.POST,
                PATH,
                token,
                body.toByteArray(),
                Map.of("Content-Type", "multipart/form-data; boundary=" + BOUNDARY));
    }

    static Http.Response uploadJpeg(Http http, String token, byte[] jpeg) {
        return upload(http, token, "IMG_0001.jpg", "image/jpeg", jpeg);
    }

    /** The id of a photo the caller uploaded, failing the test when the upload was refused. */
    static long uploaded(Http http, String token, byte[] jpeg) {
        Http.Response response = uploadJpeg(http, token, jpeg);
        if (response.status() != 201) {
            throw new AssertionError("upload refused: " + response);
        }
        return response.id();
    }
}
