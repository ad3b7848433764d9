package org.linli.organization.staff;

import java.time.LocalDateTime;
import org.linli.organization.account.AccountStatus;
import org.linli.platform.core.token.Role;

/** A staff account as lists show it: the staff row with its account's role and status and its unit's name. */
class StaffAccountRow {

    private Long accountId;
    private String username;
    private String displayNameCipher;
    private Role role;
    private AccountStatus status;
    private Long orgUnitId;
    private String orgUnitName;
    private String orgPath;
    private LocalDateTime createdAt;

    Long getAccountId() {
        return accountId;
    }

    void setAccountId(Long accountId) {
        this.accountId = accountId;
    }

    String getUsername() {
        return username;
    }

    void setUsername(String username) {
        this.username = username;
    }

    String getDisplayNameCipher() {
        return displayNameCipher;
    }

    void setDisplayNameCipher(String displayNameCipher) {
        this.displayNameCipher = displayNameCipher;
    }

    Role getRole() {
        return role;
    }

    void setRole(Role role) {
        this.role = role;
    }

    AccountStatus getStatus() {
        return status;
    }

    void setStatus(AccountStatus status) {
        this.status = status;
    }

    Long getOrgUnitId() {
        return orgUnitId;
    }

    void setOrgUnitId(Long orgUnitId) {
        this.orgUnitId = orgUnitId;
    }

    String getOrgUnitName() {
        return orgUnitName;
    }

    void setOrgUnitName(String orgUnitName) {
        this.orgUnitName = orgUnitName;
    }

    String getOrgPath() {
        return orgPath;
    }

    void setOrgPath(String orgPath) {
        this.orgPath = orgPath;
    }

    LocalDateTime getCreatedAt() {
        return createdAt;
    }

    void setCreatedAt(LocalDateTime createdAt) {
        this.createdAt = createdAt;
    }
}
