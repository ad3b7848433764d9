package org.linli.requests.triage;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Mapper;

@Mapper
interface CategoryRuleMapper extends BaseMapper<CategoryRule> {}
