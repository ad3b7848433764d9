package org.linli.gateway.security;

import java.security.KeyFactory;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.oauth2.server.resource.web.server.authentication.ServerBearerTokenAuthenticationConverter;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatchers;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Every request needs a valid Linli access token of a live session except the public paths; staff
 * paths also need a staff role. The gateway checks so that forged, expired and signed-out tokens
 * never reach a service; the services check again anyway (DESIGN.md §5), which is why nothing here
 * turns claims into headers.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebFluxSecurity
class SecurityConfig {

    static final String ISSUER = "linli";
    static final String[] STAFF_ROLES = {
        "GRID_WORKER", "PROPERTY_STAFF", "COMMUNITY_ADMIN", "STREET_ADMIN", "SYSTEM_ADMIN"
    };

    @Bean
    SecurityWebFilterChain securityWebFilterChain(
            ServerHttpSecurity http,
            AccessProperties properties,
            ReactiveJwtDecoder decoder,
            SessionRevocationCheck revocation) {
        TokenProblems problems = new TokenProblems();
        ServerWebExchangeMatcher publicPaths =
                ServerWebExchangeMatchers.pathMatchers(properties.publicPaths().toArray(String[]::new));
        return http.csrf(ServerHttpSecurity.CsrfSpec::disable)
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .logout(ServerHttpSecurity.LogoutSpec::disable)
                // SecurityHeadersFilter owns the response headers, for every answer in one place
                .headers(ServerHttpSecurity.HeaderSpec::disable)
                // bearer tokens only: no session to load or save on the hot path
                .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
                .requestCache(cache -> cache.requestCache(NoOpServerRequestCache.getInstance()))
                .authorizeExchange(exchanges -> {
                    exchanges.matchers(publicPaths).permitAll();
                    if (!properties.staffOnlyPaths().isEmpty()) {
                        exchanges
                                .pathMatchers(properties.staffOnlyPaths().toArray(String[]::new))
                                .hasAnyRole(STAFF_ROLES);
                    }
                    exchanges.anyExchange().authenticated();
                })
                .oauth2ResourceServer(
                        oauth -> oauth.jwt(jwt -> jwt.jwtDecoder(decoder).jwtAuthenticationConverter(revocation))
                                .bearerTokenConverter(ignoringTokensOn(publicPaths))
                                .authenticationEntryPoint(problems)
                                .accessDeniedHandler(problems))
                .exceptionHandling(
                        errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .build();
    }

    /**
     * On a public path the Authorization header is not read: a phone refreshing with a stale access
     * token still in its header must reach /api/auth/refresh, and the service there decides.
     */
    private static ServerBearerTokenAuthenticationConverter ignoringTokensOn(ServerWebExchangeMatcher publicPaths) {
        return new ServerBearerTokenAuthenticationConverter() {
            @Override
            public Mono<Authentication> convert(ServerWebExchange exchange) {
                return publicPaths
                        .matches(exchange)
                        .flatMap(match -> match.isMatch() ? Mono.empty() : super.convert(exchange));
            }
        };
    }

    @Bean
    ReactiveJwtDecoder jwtDecoder(AccessProperties properties) {
        NimbusReactiveJwtDecoder decoder = properties.jwtPublicKey() != null
                ? NimbusReactiveJwtDecoder.withPublicKey(parseRsaPublicKey(properties.jwtPublicKey()))
                        .build()
                // the key set is fetched on first use and again only for an unknown key id (rotation)
                : NimbusReactiveJwtDecoder.withJwkSetUri(properties.jwkSetUri().toString())
                        .build();
        decoder.setJwtValidator(JwtValidators.createDefaultWithIssuer(ISSUER));
        return new CachingReactiveJwtDecoder(decoder, 100_000);
    }

    static RSAPublicKey parseRsaPublicKey(String text) {
        String base64 = text.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        try {
            byte[] der = Base64.getDecoder().decode(base64);
            return (RSAPublicKey) KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(der));
        } catch (Exception e) {
            throw new IllegalStateException("LINLI_JWT_PUBLIC_KEY is not an RSA public key (X.509 DER, Base64)", e);
        }
    }
}
