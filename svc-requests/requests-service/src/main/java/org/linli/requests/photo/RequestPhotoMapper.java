package org.linli.requests.photo;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Mapper;

@Mapper
interface RequestPhotoMapper extends BaseMapper<RequestPhoto> {}
