package org.linli.organization.partner;

/** What sort of organisation a partner unit is; staff filter and report by it. */
public enum PartnerUnitKind {
    ENTERPRISE,
    SCHOOL,
    POLICE,
    HOSPITAL,
    GOVERNMENT_AGENCY,
    OTHER
}
