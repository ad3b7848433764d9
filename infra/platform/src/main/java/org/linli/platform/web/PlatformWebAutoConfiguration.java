package org.linli.platform.web;

import jakarta.servlet.MultipartConfigElement;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.apache.catalina.startup.Tomcat;
import org.linli.platform.error.ProblemDetailsAdvice;
import org.linli.platform.error.ProblemErrorController;
import org.linli.platform.idempotency.IdempotencyFilter;
import org.linli.platform.pii.PiiProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.webmvc.error.DefaultErrorAttributes;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.lang.Nullable;

/**
 * Problem details for every error, and {@code Idempotency-Key} support, for every servlet service.
 * Errors are answered as problems at three levels: the advice (Spring MVC), the error page (what a
 * filter or Tomcat sends with sendError), and Tomcat's error report (what Tomcat refuses before any
 * filter runs). Runs before Spring Boot's error auto-configuration so that its error page backs off.
 */
@AutoConfiguration(
        afterName = "org.springframework.boot.jdbc.autoconfigure.JdbcClientAutoConfiguration",
        beforeName = "org.springframework.boot.webmvc.autoconfigure.error.ErrorMvcAutoConfiguration")
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class PlatformWebAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    ProblemDetailsAdvice problemDetailsAdvice(ObjectProvider<MultipartConfigElement> multipart) {
        return new ProblemDetailsAdvice(uploadLimit(multipart.getIfAvailable()));
    }

    @Bean
    @ConditionalOnMissingBean(ErrorController.class)
    ProblemErrorController problemErrorController(ObjectProvider<ErrorAttributes> errorAttributes) {
        return new ProblemErrorController(errorAttributes.getIfAvailable(DefaultErrorAttributes::new));
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(Tomcat.class)
    static class TomcatErrorReport {

        @Bean
        ProblemErrorReportCustomizer problemErrorReportCustomizer() {
            return new ProblemErrorReportCustomizer();
        }
    }

    /** The smaller of the file and request limits: what a one-file upload may not exceed; -1 if none. */
    static long uploadLimit(@Nullable MultipartConfigElement multipart) {
        if (multipart == null) {
            return -1;
        }
        long file = multipart.getMaxFileSize();
        long request = multipart.getMaxRequestSize();
        if (file <= 0) {
            return request;
        }
        return request <= 0 ? file : Math.min(file, request);
    }

    /** The one clock services read time from, so that tests can fix it. */
    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemDefaultZone();
    }

    /** Runs after Spring Security's chain (order -100), so a key is scoped to a verified caller. */
    @Bean
    @ConditionalOnBean(JdbcClient.class)
    FilterRegistrationBean<IdempotencyFilter> idempotencyFilter(JdbcClient jdbc, ObjectProvider<PiiProperties> pii) {
        FilterRegistrationBean<IdempotencyFilter> registration =
                new FilterRegistrationBean<>(new IdempotencyFilter(jdbc, fingerprintKey(pii.getIfAvailable())));
        registration.setOrder(0);
        return registration;
    }

    /**
     * A key of its own for request fingerprints, derived from the blind-index secret so that no new
     * secret has to be deployed; a service without PII keys keeps plain SHA-256 fingerprints.
     */
    @Nullable
    static byte[] fingerprintKey(@Nullable PiiProperties pii) {
        if (pii == null || pii.indexKey() == null || pii.indexKey().isBlank()) {
            return null;
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(Base64.getDecoder().decode(pii.indexKey().trim()), "HmacSHA256"));
            return mac.doFinal("linli:idempotency-request-fingerprint".getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
