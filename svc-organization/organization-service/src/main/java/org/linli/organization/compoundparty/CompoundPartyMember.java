package org.linli.organization.compoundparty;

import com.baomidou.mybatisplus.annotation.FieldFill;
import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableField;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import java.time.LocalDateTime;

/** A person serving in one of a compound's three parties. */
@TableName("compound_party_member")
public class CompoundPartyMember {
    @TableId(type = IdType.AUTO)
    private Long id;

    private Long compoundPartyId;

    private Long personId;

    private CompoundPartyRole role;

    /** the phone the compound's staff recorded for this seat, encrypted */
    private String phoneCipher;

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

    public Long getCompoundPartyId() {
        return compoundPartyId;
    }

    public void setCompoundPartyId(Long compoundPartyId) {
        this.compoundPartyId = compoundPartyId;
    }

    public Long getPersonId() {
        return personId;
    }

    public void setPersonId(Long personId) {
        this.personId = personId;
    }

    public CompoundPartyRole getRole() {
        return role;
    }

    public void setRole(CompoundPartyRole role) {
        this.role = role;
    }

    public String getPhoneCipher() {
        return phoneCipher;
    }

    public void setPhoneCipher(String phoneCipher) {
        this.phoneCipher = phoneCipher;
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
