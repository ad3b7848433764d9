package org.linli.organization.consent;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param policyVersion the privacy policy now in force; consent to an older version no longer counts, so
 *     publishing a new policy asks every resident again
 */
@ConfigurationProperties("linli.identity.consent")
public record ConsentProperties(@DefaultValue("2026-01") String policyVersion) {}
