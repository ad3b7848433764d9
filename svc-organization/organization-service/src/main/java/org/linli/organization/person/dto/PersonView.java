package org.linli.organization.person.dto;

/**
 * A person as shown by default: every personal field masked (张*明, 110***********1234, 138****5678).
 *
 * @param phone the phone of the record shown (a household tie, a membership ...), as that record's
 *     scope recorded it; null when it recorded none
 */
public record PersonView(long id, String name, String idNumber, String phone) {}
