package org.linli.organization.token;

import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import com.baomidou.mybatisplus.core.conditions.update.LambdaUpdateWrapper;
import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

@Mapper
interface RefreshTokenMapper extends BaseMapper<RefreshToken> {

    /** Locks the row, so that two refreshes racing with one token cannot both spend it. */
    @Select("SELECT * FROM refresh_token WHERE token_hash = #{hash} FOR UPDATE")
    RefreshToken selectByHashForUpdate(@Param("hash") String hash);

    default int revokeFamily(String familyId) {
        return update(new LambdaUpdateWrapper<RefreshToken>()
                .eq(RefreshToken::getFamilyId, familyId)
                .eq(RefreshToken::getStatus, RefreshTokenStatus.ACTIVE)
                .set(RefreshToken::getStatus, RefreshTokenStatus.REVOKED));
    }

    default List<String> activeFamiliesOf(long accountId) {
        return selectList(new LambdaQueryWrapper<RefreshToken>()
                        .select(RefreshToken::getFamilyId)
                        .eq(RefreshToken::getAccountId, accountId)
                        .eq(RefreshToken::getStatus, RefreshTokenStatus.ACTIVE))
                .stream()
                .map(RefreshToken::getFamilyId)
                .distinct()
                .toList();
    }
}
