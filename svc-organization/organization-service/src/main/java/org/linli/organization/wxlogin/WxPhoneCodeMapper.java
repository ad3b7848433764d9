package org.linli.organization.wxlogin;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import java.time.LocalDateTime;
import org.apache.ibatis.annotations.Delete;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface WxPhoneCodeMapper extends BaseMapper<WxPhoneCode> {

    /** Claims made before {@code before}, oldest first, at most {@code limit} of them. */
    @Delete("DELETE FROM wx_phone_code WHERE created_at < #{before} ORDER BY created_at LIMIT #{limit}")
    int purge(@Param("before") LocalDateTime before, @Param("limit") int limit);
}
