package org.linli.platform.security;

import java.util.List;
import java.util.stream.Stream;
import org.linli.platform.core.http.HeaderRules;
import org.linli.platform.core.revocation.RevokedSessions;
import org.linli.platform.core.revocation.SessionRevokedException;
import org.linli.platform.core.token.RsaKeys;
import org.linli.platform.core.token.TokenClaims;
import org.linli.platform.core.token.TokenValidation;
import org.linli.platform.core.token.VerifiedTokens;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configuration.WebSecurityCustomizer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.firewall.StrictHttpFirewall;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Every service verifies the bearer token itself (DESIGN.md §5: a service reached directly trusts
 * nothing): signature, issuer, lifetime, that it is meant for this service ({@code aud}), and that its
 * session was not signed out (in memory, see {@link RevokedSessions}). Stateless, with problem-detail
 * 401/403 answers.
 */
// before Boot's OAuth2 client web security too (a service that calls others has the OAuth2 client for
// its SERVICE tokens): whichever SecurityFilterChain comes first makes the other back off
@AutoConfiguration(
        beforeName = {
            "org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration",
            "org.springframework.boot.security.oauth2.client.autoconfigure.servlet.OAuth2ClientWebSecurityAutoConfiguration"
        })
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableWebSecurity
@EnableMethodSecurity
@EnableConfigurationProperties(LinliSecurityProperties.class)
public class SecurityAutoConfiguration {

    private static final List<String> ALWAYS_PUBLIC =
            List.of("/actuator/health/**", "/actuator/info", "/actuator/prometheus", "/error", "/v3/api-docs/**");

    @Bean
    @ConditionalOnMissingBean(SecurityFilterChain.class)
    SecurityFilterChain linliSecurityFilterChain(
            HttpSecurity http,
            LinliSecurityProperties props,
            JwtDecoder decoder,
            ObjectProvider<RevokedSessions> revokedSessions)
            throws Exception {
        RevokedSessions revoked = revokedSessions.getIfAvailable();
        String[] open = Stream.concat(ALWAYS_PUBLIC.stream(), props.publicPaths().stream())
                .toArray(String[]::new);
        http.csrf(c -> c.disable())
                .httpBasic(b -> b.disable())
                .formLogin(f -> f.disable())
                .logout(l -> l.disable())
                .requestCache(r -> r.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(
                        a -> a.requestMatchers(open).permitAll().anyRequest().authenticated())
                .oauth2ResourceServer(o -> o.bearerTokenResolver(new HeaderBearerTokenResolver(props.publicPaths()))
                        .jwt(j -> j.decoder(decoder).jwtAuthenticationConverter(jwt -> {
                            if (revoked != null && revoked.isRevoked(jwt.getClaimAsString(TokenClaims.SESSION))) {
                                throw new SessionRevokedException();
                            }
                            return CallerAuthentication.from(jwt);
                        }))
                        .authenticationEntryPoint(ProblemSecurityHandlers.unauthorized())
                        .accessDeniedHandler(ProblemSecurityHandlers.forbidden()))
                .exceptionHandling(e -> e.authenticationEntryPoint(ProblemSecurityHandlers.unauthorized())
                        .accessDeniedHandler(ProblemSecurityHandlers.forbidden()));
        return http.build();
    }

    /**
     * No Spring Security observations (a span or timer per security filter, per authentication and per
     * authorization). Turning them off in Boot's {@code management.observations.enable} only makes each
     * one a no-op: the chain is still wrapped filter by filter on every request. With these settings
     * Spring Security does not wrap it at all. {@code http.server.requests} still times every request.
     */
    @Bean
    @ConditionalOnMissingBean
    SecurityObservationSettings linliSecurityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    /**
     * Spring Security's strict firewall with the same header rules, checked without regular expressions;
     * what it refuses is answered as a problem (400).
     */
    @Bean
    WebSecurityCustomizer linliFirewall() {
        StrictHttpFirewall firewall = new StrictHttpFirewall();
        firewall.setAllowedHeaderNames(HeaderRules::isAllowedName);
        firewall.setAllowedHeaderValues(HeaderRules::isAllowedValue);
        return web -> web.httpFirewall(firewall).requestRejectedHandler(ProblemSecurityHandlers.rejected());
    }

    @Bean
    @ConditionalOnMissingBean
    JwtDecoder linliJwtDecoder(LinliSecurityProperties props, Environment environment) {
        NimbusJwtDecoder decoder;
        if (props.publicKey() != null && !props.publicKey().isBlank()) {
            decoder = NimbusJwtDecoder.withPublicKey(RsaKeys.publicKey(props.publicKey(), "linli.security.public-key"))
                    .build();
        } else if (props.jwkSetUri() != null && !props.jwkSetUri().isBlank()) {
            decoder = NimbusJwtDecoder.withJwkSetUri(props.jwkSetUri()).build();
        } else {
            throw new IllegalStateException(
                    "Set linli.security.public-key or linli.security.jwk-set-uri: a service must verify tokens");
        }
        decoder.setJwtValidator(TokenValidation.forAudience(props.audienceOr(environment)));
        return new VerifiedTokens(100_000).remembering(decoder);
    }

    @Bean("roles")
    RoleChecks roles() {
        return new RoleChecks();
    }

    @Bean
    WebMvcConfigurer callerArgumentResolver() {
        return new WebMvcConfigurer() {
            @Override
            public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
                resolvers.add(new CallerArgumentResolver());
            }
        };
    }
}
