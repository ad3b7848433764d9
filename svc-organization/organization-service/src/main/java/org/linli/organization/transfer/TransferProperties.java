package org.linli.organization.transfer;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param maxRows the most data rows one import may hold: a community's registry fits many times over,
 *     and validating everything before writing anything keeps the whole file in memory
 * @param maxConcurrentImports how many imports one instance runs at once; more are refused (503)
 */
@ConfigurationProperties("linli.organization.transfer")
public record TransferProperties(@DefaultValue("50000") int maxRows, @DefaultValue("2") int maxConcurrentImports) {}
