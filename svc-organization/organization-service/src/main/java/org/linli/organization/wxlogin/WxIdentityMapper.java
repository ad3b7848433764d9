package org.linli.organization.wxlogin;

import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

@Mapper
interface WxIdentityMapper extends BaseMapper<WxIdentity> {

    default WxIdentity selectByOpenId(String appId, String openId) {
        return selectOne(new LambdaQueryWrapper<WxIdentity>()
                .eq(WxIdentity::getAppId, appId)
                .eq(WxIdentity::getOpenId, openId));
    }

    default WxIdentity selectByAccount(long accountId, String appId) {
        return selectOne(new LambdaQueryWrapper<WxIdentity>()
                .eq(WxIdentity::getAccountId, accountId)
                .eq(WxIdentity::getAppId, appId));
    }

    /** The account a union id already logs in to, locking the index range even when there is none yet. */
    @Select("SELECT account_id FROM wx_identity WHERE union_id = #{unionId} ORDER BY id LIMIT 1 FOR UPDATE")
    Long lockAccountByUnionId(@Param("unionId") String unionId);
}
