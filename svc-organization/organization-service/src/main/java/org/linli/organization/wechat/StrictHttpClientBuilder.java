package org.linli.organization.wechat;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import me.chanjar.weixin.common.util.http.apache.ApacheHttpClientBuilder;
import org.apache.http.HttpHost;
import org.apache.http.client.HttpRequestRetryHandler;
import org.apache.http.client.config.RequestConfig;
import org.apache.http.conn.ConnectionKeepAliveStrategy;
import org.apache.http.conn.ssl.SSLConnectionSocketFactory;
import org.apache.http.impl.client.CloseableHttpClient;
import org.apache.http.impl.client.HttpClientBuilder;
import org.apache.http.impl.client.HttpClients;
import org.apache.http.impl.conn.PoolingHttpClientConnectionManager;

/**
 * The HTTP client WxJava uses for one mini-program. WxJava's default builder is a JVM-wide singleton that
 * trusts every TLS certificate and waits 5 s per call; this one verifies certificates (the JDK's trust
 * store and host names), gives up quickly, and never retries on its own: a retried phone-number call
 * could be paid twice. The default connection pool's socket factories verify certificates and hosts.
 */
final class StrictHttpClientBuilder implements ApacheHttpClientBuilder {

    private final Duration connectTimeout;
    private final Duration readTimeout;
    private String proxyHost;
    private int proxyPort;
    private CloseableHttpClient client;

    StrictHttpClientBuilder(Duration connectTimeout, Duration readTimeout) {
        this.connectTimeout = connectTimeout;
        this.readTimeout = readTimeout;
    }

    @Override
    public synchronized CloseableHttpClient build() {
        if (client == null) {
            PoolingHttpClientConnectionManager pool = new PoolingHttpClientConnectionManager();
            pool.setMaxTotal(50);
            pool.setDefaultMaxPerRoute(50);
            // a kept-alive connection the server has closed meanwhile is found before it is used, not by a
            // request failing on it (and requests are not retried)
            pool.setValidateAfterInactivity(1);
            HttpClientBuilder builder = HttpClients.custom()
                    .setConnectionManager(pool)
                    .evictIdleConnections(30, TimeUnit.SECONDS)
                    .setDefaultRequestConfig(RequestConfig.custom()
                            .setConnectTimeout((int) connectTimeout.toMillis())
                            .setConnectionRequestTimeout((int) connectTimeout.toMillis())
                            .setSocketTimeout((int) readTimeout.toMillis())
                            .build())
                    .disableAutomaticRetries();
            if (proxyHost != null && proxyPort > 0) {
                builder.setProxy(new HttpHost(proxyHost, proxyPort));
            }
            client = builder.build();
        }
        return client;
    }

    @Override
    public ApacheHttpClientBuilder httpProxyHost(String httpProxyHost) {
        this.proxyHost = httpProxyHost;
        return this;
    }

    @Override
    public ApacheHttpClientBuilder httpProxyPort(int httpProxyPort) {
        this.proxyPort = httpProxyPort;
        return this;
    }

    @Override
    public ApacheHttpClientBuilder httpProxyUsername(String httpProxyUsername) {
        return this;
    }

    @Override
    public ApacheHttpClientBuilder httpProxyPassword(String httpProxyPassword) {
        return this;
    }

    /** Ignored: this client never retries. */
    @Override
    public ApacheHttpClientBuilder httpRequestRetryHandler(HttpRequestRetryHandler handler) {
        return this;
    }

    @Override
    public ApacheHttpClientBuilder keepAliveStrategy(ConnectionKeepAliveStrategy keepAliveStrategy) {
        return this;
    }

    /** Ignored: certificates are always verified against the JDK's trust store. */
    @Override
    public ApacheHttpClientBuilder sslConnectionSocketFactory(SSLConnectionSocketFactory factory) {
        return this;
    }

    @Override
    public ApacheHttpClientBuilder supportedProtocols(String[] supportedProtocols) {
        return this;
    }

    synchronized void close() {
        if (client != null) {
            try {
                client.close();
            } catch (IOException ignored) {
                // shutting down; nothing to do about a socket that will not close
            }
        }
    }
}
