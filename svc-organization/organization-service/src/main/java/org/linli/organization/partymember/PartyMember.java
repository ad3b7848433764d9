package org.linli.organization.partymember;

import com.baomidou.mybatisplus.annotation.FieldFill;
import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableField;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import com.baomidou.mybatisplus.annotation.Version;
import java.time.LocalDateTime;

/** A party member (党员) registered in a party organisation of the registry. */
@TableName("party_member")
public class PartyMember {
    @TableId(type = IdType.AUTO)
    private Long id;

    private Long personId;

    /** the phone the enrolling scope recorded, encrypted; the person's other scopes keep their own */
    private String phoneCipher;

    private Long partyOrgId;

    private String scopePath;

    private MemberCategory category;

    private MemberPosition position;

    private Long centralHouseholdId;

    private Long partnerUnitId;

    private String employer;

    private String employerPartyOrg;

    private Integer linkedHouseholds;

    @Version
    private Integer version;

    @TableField(fill = FieldFill.INSERT)
    private LocalDateTime createdAt;

    @TableField(fill = FieldFill.INSERT_UPDATE)
    private LocalDateTime updatedAt;

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Long getPersonId() {
        return personId;
    }

    public void setPersonId(Long personId) {
        this.personId = personId;
    }

    public String getPhoneCipher() {
        return phoneCipher;
    }

    public void setPhoneCipher(String phoneCipher) {
        this.phoneCipher = phoneCipher;
    }

    public Long getPartyOrgId() {
        return partyOrgId;
    }

    public void setPartyOrgId(Long partyOrgId) {
        this.partyOrgId = partyOrgId;
    }

    public String getScopePath() {
        return scopePath;
    }

    public void setScopePath(String scopePath) {
        this.scopePath = scopePath;
    }

    public MemberCategory getCategory() {
        return category;
    }

    public void setCategory(MemberCategory category) {
        this.category = category;
    }

    public MemberPosition getPosition() {
        return position;
    }

    public void setPosition(MemberPosition position) {
        this.position = position;
    }

    public Long getCentralHouseholdId() {
        return centralHouseholdId;
    }

    public void setCentralHouseholdId(Long centralHouseholdId) {
        this.centralHouseholdId = centralHouseholdId;
    }

    public Long getPartnerUnitId() {
        return partnerUnitId;
    }

    public void setPartnerUnitId(Long partnerUnitId) {
        this.partnerUnitId = partnerUnitId;
    }

    public String getEmployer() {
        return employer;
    }

    public void setEmployer(String employer) {
        this.employer = employer;
    }

    public String getEmployerPartyOrg() {
        return employerPartyOrg;
    }

    public void setEmployerPartyOrg(String employerPartyOrg) {
        this.employerPartyOrg = employerPartyOrg;
    }

    public Integer getLinkedHouseholds() {
        return linkedHouseholds;
    }

    public void setLinkedHouseholds(Integer linkedHouseholds) {
        this.linkedHouseholds = linkedHouseholds;
    }

    public Integer getVersion() {
        return version;
    }

    public void setVersion(Integer version) {
        this.version = version;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public void setCreatedAt(LocalDateTime createdAt) {
        this.createdAt = createdAt;
    }

    public LocalDateTime getUpdatedAt() {
        return updatedAt;
    }

    public void setUpdatedAt(LocalDateTime updatedAt) {
        this.updatedAt = updatedAt;
    }
}
