package org.linli.organization.wxlogin;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Mapper;

@Mapper
interface WxPhoneCodeMapper extends BaseMapper<WxPhoneCode> {}
