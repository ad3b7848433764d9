package org.linli.platform.client;

import feign.Feign;
import feign.RequestInterceptor;
import feign.Retryer;
import feign.codec.ErrorDecoder;
import java.time.Duration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.cloud.openfeign.CircuitBreakerNameResolver;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.http.converter.FormHttpMessageConverter;
import org.springframework.security.oauth2.client.AuthorizedClientServiceOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientProviderBuilder;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.endpoint.RestClientClientCredentialsTokenResponseClient;
import org.springframework.security.oauth2.client.http.OAuth2ErrorResponseErrorHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.http.converter.OAuth2AccessTokenResponseHttpMessageConverter;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Feign set-up of a service that calls others (docs/architecture.md, "Service calls"): one circuit
 * breaker per remote service, retries only where repeating is harmless, remote errors as exceptions
 * that say what they mean, and the caller's identity on every call. Timeouts and breaker settings are
 * properties, with defaults from {@code client-defaults.properties} ({@link ClientDefaults}).
 *
 * <p>The beans live in the application context; Spring Cloud gives each Feign client a child context
 * that inherits them, and a client's own {@code spring.cloud.openfeign.client.config.<name>.*}
 * properties still win.
 */
@AutoConfiguration(
        beforeName = "org.springframework.cloud.openfeign.FeignAutoConfiguration",
        afterName = "org.springframework.boot.security.oauth2.client.autoconfigure.OAuth2ClientAutoConfiguration")
@ConditionalOnClass({Feign.class, CircuitBreakerNameResolver.class})
@EnableConfigurationProperties(ClientProperties.class)
public class ServiceClientsAutoConfiguration {

    /**
     * One breaker per remote service, not Spring Cloud's one per method: a service that is down is
     * down for every operation. Named after the service ({@code @FeignClient(name)}, the target's name),
     * not the client's {@code contextId}, so two clients of one service share it, and its settings are
     * {@code resilience4j.circuitbreaker.instances.<service>.*}.
     */
    @Bean
    @ConditionalOnMissingBean
    CircuitBreakerNameResolver linliCircuitBreakerNames() {
        return (clientName, target, method) -> target.name();
    }

    @Bean
    @ConditionalOnMissingBean
    Retryer linliRetryer(ClientProperties properties) {
        return new IdempotentRetryer(properties.retry());
    }

    @Bean
    @ConditionalOnMissingBean
    ErrorDecoder linliRemoteErrors(JsonMapper json) {
        return new RemoteErrors(json);
    }

    @Bean
    RequestInterceptor linliCallIdentity(
            ObjectProvider<OAuth2AuthorizedClientManager> serviceTokens, ClientProperties properties) {
        return new CallIdentity(serviceTokens.getIfAvailable(), properties.registration());
    }

    /** SERVICE tokens by client credentials, when the service has a client registration. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(OAuth2AuthorizedClientManager.class)
    @ConditionalOnBean({ClientRegistrationRepository.class, OAuth2AuthorizedClientService.class})
    static class ServiceTokens {

        /**
         * Not bound to a request (unlike Spring's default manager for web apps): background calls have
         * none. Kept per registration and principal until 30 s before expiry, then fetched anew.
         */
        @Bean
        @ConditionalOnMissingBean
        OAuth2AuthorizedClientManager linliServiceTokenManager(
                ClientRegistrationRepository registrations,
                OAuth2AuthorizedClientService authorizedClients,
                ClientProperties properties) {
            RestClientClientCredentialsTokenResponseClient tokenClient =
                    new RestClientClientCredentialsTokenResponseClient();
            tokenClient.setRestClient(tokenRestClient(properties.tokenTimeout()));
            AuthorizedClientServiceOAuth2AuthorizedClientManager manager =
                    new AuthorizedClientServiceOAuth2AuthorizedClientManager(registrations, authorizedClients);
            manager.setAuthorizedClientProvider(OAuth2AuthorizedClientProviderBuilder.builder()
                    .clientCredentials(
                            c -> c.accessTokenResponseClient(tokenClient).clockSkew(Duration.ofSeconds(30)))
                    .build());
            return manager;
        }

        /** Spring Security's token client as it builds its own, plus timeouts (it has none by default). */
        private static RestClient tokenRestClient(Duration timeout) {
            SimpleClientHttpRequestFactory requests = new SimpleClientHttpRequestFactory();
            requests.setConnectTimeout(timeout);
            requests.setReadTimeout(timeout);
            return RestClient.builder()
                    .requestFactory(requests)
                    .configureMessageConverters(converters -> converters
                            .addCustomConverter(new FormHttpMessageConverter())
                            .addCustomConverter(new OAuth2AccessTokenResponseHttpMessageConverter()))
                    .defaultStatusHandler(new OAuth2ErrorResponseErrorHandler())
                    .build();
        }
    }
}
