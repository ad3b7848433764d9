package org.linli.organization.account;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

@Mapper
interface AccountMapper extends BaseMapper<Account> {

    @Select("SELECT * FROM account WHERE id = #{id} FOR UPDATE")
    Account selectByIdForUpdate(@Param("id") long id);
}
