package org.linli.organization.person;

import com.baomidou.mybatisplus.annotation.FieldFill;
import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableField;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import com.baomidou.mybatisplus.annotation.Version;
import java.time.LocalDateTime;

/**
 * A person in the registry: who they are, as one identity every scope shares. Name and ID number are
 * stored only as ciphertext and blind index. How to reach them is not here: each scope keeps the phone
 * it recorded on its own record (household tie, party membership, ...).
 */
@TableName("person")
public class Person {
    @TableId(type = IdType.AUTO)
    private Long id;

    private String nameCipher;

    private String nameHash;

    private String idNumberCipher;

    private String idNumberHash;

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

    public String getNameCipher() {
        return nameCipher;
    }

    public void setNameCipher(String nameCipher) {
        this.nameCipher = nameCipher;
    }

    public String getNameHash() {
        return nameHash;
    }

    public void setNameHash(String nameHash) {
        this.nameHash = nameHash;
    }

    public String getIdNumberCipher() {
        return idNumberCipher;
    }

    public void setIdNumberCipher(String idNumberCipher) {
        this.idNumberCipher = idNumberCipher;
    }

    public String getIdNumberHash() {
        return idNumberHash;
    }

    public void setIdNumberHash(String idNumberHash) {
        this.idNumberHash = idNumberHash;
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
