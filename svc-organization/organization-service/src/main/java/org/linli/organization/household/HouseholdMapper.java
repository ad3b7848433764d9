package org.linli.organization.household;

import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import com.baomidou.mybatisplus.extension.plugins.pagination.Page;
import org.apache.ibatis.annotations.Mapper;

@Mapper
interface HouseholdMapper extends BaseMapper<Household> {

    default Page<Household> selectPageUnder(String pathPrefix, Page<Household> page) {
        return selectPage(
                page,
                new LambdaQueryWrapper<Household>()
                        .likeRight(Household::getPath, pathPrefix)
                        .orderByAsc(Household::getId));
    }
}
