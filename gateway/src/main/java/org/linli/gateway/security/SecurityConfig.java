package org.linli.gateway.security;

import java.util.Arrays;
import org.linli.platform.core.http.HeaderRules;
import org.linli.platform.core.token.Role;
import org.linli.platform.core.token.RsaKeys;
import org.linli.platform.core.token.TokenValidation;
import org.linli.platform.core.token.VerifiedTokens;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.firewall.ServerWebExchangeFirewall;
import org.springframework.security.web.server.firewall.StrictServerWebExchangeFirewall;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;

/**
 * Every request needs a valid Linli access token of a live session, issued for the gateway's audience,
 * except on the public paths; staff
 * paths also need a staff role. The gateway checks so that forged, expired and signed-out tokens
 * never reach a service; the services check again anyway (DESIGN.md §5), which is why nothing here
 * turns claims into headers.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebFluxSecurity
class SecurityConfig {

    static final String[] STAFF_ROLES =
            Arrays.stream(Role.values()).filter(Role::isStaff).map(Role::name).toArray(String[]::new);

    @Bean
    SecurityWebFilterChain securityWebFilterChain(
            ServerHttpSecurity http,
            AccessProperties properties,
            ReactiveJwtDecoder decoder,
            SessionRevocationCheck revocation) {
        TokenProblems problems = new TokenProblems();
        PathRules publicPaths = new PathRules(properties.publicPaths());
        PathRules staffOnlyPaths = new PathRules(properties.staffOnlyPaths());
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
                    if (!staffOnlyPaths.isEmpty()) {
                        exchanges.matchers(staffOnlyPaths).hasAnyRole(STAFF_ROLES);
                    }
                    exchanges.anyExchange().authenticated();
                })
                .oauth2ResourceServer(
                        oauth -> oauth.jwt(jwt -> jwt.jwtDecoder(decoder).jwtAuthenticationConverter(revocation))
                                .bearerTokenConverter(new BearerTokenConverter(publicPaths))
                                .authenticationEntryPoint(problems)
                                .accessDeniedHandler(problems))
                .exceptionHandling(
                        errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .build();
    }

    /**
     * No Spring Security observations. Disabling them in Boot's {@code management.observations.enable}
     * only makes each a no-op while every security web filter is still wrapped per request; with these
     * settings Spring Security leaves the chain unwrapped. {@code http.server.requests} still times
     * every request.
     */
    @Bean
    SecurityObservationSettings securityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    /**
     * Spring Security's strict firewall with its own header rules, checked by loops: its default
     * predicates run a regular expression over every header name and value a filter reads (the
     * Authorization value alone is 600 characters), 4 % of the gateway's CPU per request in a profile.
     */
    @Bean
    ServerWebExchangeFirewall firewall() {
        StrictServerWebExchangeFirewall firewall = new StrictServerWebExchangeFirewall();
        firewall.setAllowedHeaderNames(HeaderRules::isAllowedName);
        firewall.setAllowedHeaderValues(HeaderRules::isAllowedValue);
        return firewall;
    }

    @Bean
    ReactiveJwtDecoder jwtDecoder(AccessProperties properties, @Value("${spring.application.name}") String audience) {
        NimbusReactiveJwtDecoder decoder = properties.jwtPublicKey() != null
                ? NimbusReactiveJwtDecoder.withPublicKey(
                                RsaKeys.publicKey(properties.jwtPublicKey(), "LINLI_JWT_PUBLIC_KEY"))
                        .build()
                // the key set is fetched on first use and again only for an unknown key id (rotation)
                : NimbusReactiveJwtDecoder.withJwkSetUri(properties.jwkSetUri().toString())
                        .build();
        // the gateway is an audience of its own: a service token, meant for in-cluster calls, is refused here
        decoder.setJwtValidator(TokenValidation.forAudience(audience));
        return new VerifiedTokens(100_000).rememberingReactive(decoder);
    }
}
