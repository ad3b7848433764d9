package org.linli.gateway.web;

import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPromise;
import io.netty.handler.codec.DecoderResultProvider;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.TooLongHttpHeaderException;
import io.netty.handler.codec.http.TooLongHttpLineException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/**
 * Requests refused before Spring sees them get a problem body. Reactor Netty answers a request its
 * HTTP decoder cannot read (a header name that is not a token, a control character in a header
 * value, a request line or headers over the limits) with an empty 400, 414 or 431, and Spring's
 * adapter answers an empty 400 to a URL that is not a valid URI (a lone '%', '%zz', a '|'); neither
 * offers a hook for the body (reactor-netty#3327 suggests a handler like this one). This handler
 * sits between the HTTP codec and Reactor Netty's traffic handler: it notes the failed decoding or
 * the request's URI on the way in, and on the way out fills in such an empty answer. One per
 * connection; a request costs it one field write.
 */
final class MalformedRequests extends ChannelDuplexHandler {

    static final String NAME = "linli.malformedRequests";

    private Throwable decodingFailure;
    private String uri;

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) throws Exception {
        if (msg instanceof DecoderResultProvider decoded
                && decoded.decoderResult().isFailure()) {
            decodingFailure = decoded.decoderResult().cause();
        } else if (msg instanceof HttpRequest request) {
            decodingFailure = null;
            uri = request.uri();
        }
        super.channelRead(ctx, msg);
    }

    @Override
    public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise) throws Exception {
        if (msg instanceof FullHttpResponse response
                && response.content().readableBytes() == 0
                && !response.headers().contains(HttpHeaderNames.CONTENT_TYPE)) {
            String body = problemFor(response.status().code());
            if (body != null) {
                byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
                FullHttpResponse filled = response.replace(Unpooled.wrappedBuffer(bytes));
                filled.headers()
                        .set(HttpHeaderNames.CONTENT_TYPE, MediaType.APPLICATION_PROBLEM_JSON_VALUE)
                        .setInt(HttpHeaderNames.CONTENT_LENGTH, bytes.length);
                response.release();
                super.write(ctx, filled, promise);
                return;
            }
        }
        super.write(ctx, msg, promise);
    }

    /** The problem for an empty answer with this status, or null to leave it alone. */
    private String problemFor(int status) {
        Throwable failure = decodingFailure;
        if (failure != null) {
            decodingFailure = null;
            Throwable cause = failure.getCause() != null ? failure.getCause() : failure;
            if (status == 414 && cause instanceof TooLongHttpLineException) {
                return Problems.body(
                        HttpStatus.URI_TOO_LONG,
                        "request.uri-too-long",
                        "The request line is longer than this gateway accepts; shorten the URL.",
                        null);
            }
            if (status == 431 && cause instanceof TooLongHttpHeaderException) {
                return Problems.body(
                        HttpStatus.REQUEST_HEADER_FIELDS_TOO_LARGE,
                        "request.header-too-large",
                        "The request headers are larger than this gateway accepts; send fewer or shorter headers.",
                        null);
            }
            if (status == 400) {
                return Problems.body(
                        HttpStatus.BAD_REQUEST,
                        "request.malformed",
                        "The request is not valid HTTP: a header name must be a token (letters, digits and"
                                + " !#$%&'*+-.^_`|~), a header value must not contain control characters, and the"
                                + " request line must be METHOD /path HTTP/1.1.",
                        null);
            }
            return null;
        }
        if (status == 400 && uri != null && !isUri(uri)) {
            return Problems.body(
                    HttpStatus.BAD_REQUEST,
                    "request.invalid-url",
                    "The URL is not valid: a '%' must be followed by two hexadecimal digits (a literal '%' is %25),"
                            + " and characters such as a space, |, {, }, ^ or non-ASCII ones must be percent-encoded.",
                    null);
        }
        return null;
    }

    private static boolean isUri(String text) {
        try {
            new URI(text);
            return true;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
