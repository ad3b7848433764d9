package org.linli.organization.consent;

/**
 * In-process signal, published inside the withdrawal's transaction: every feature that collected data
 * under the consent erases or stops what it holds for the account before the withdrawal commits.
 */
public record ConsentWithdrawn(long accountId) {}
