package org.linli.organization.person.dto;

/**
 * A person's details in clear, as one record holds them; only ever answered after an access-audit
 * entry is written, and never stored by caches or the idempotency store ({@code no-store}).
 */
public record UnmaskedPerson(long id, String name, String idNumber, String phone) {}
