package org.linli.organization.account;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Mapper;

@Mapper
interface AccountMapper extends BaseMapper<Account> {}
