package org.linli.bench;

/** Same fields, order and masking as svc-organization's ResponsibleMember, so both write the same bytes. */
record BareMember(long memberId, String name, String phone, String position, long partyOrgId, String partyOrgName) {}
