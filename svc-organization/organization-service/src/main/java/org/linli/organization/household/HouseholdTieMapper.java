package org.linli.organization.household;

import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;

@Mapper
interface HouseholdTieMapper extends BaseMapper<HouseholdTie> {

    default List<HouseholdTie> selectByHousehold(long householdId) {
        return selectList(new LambdaQueryWrapper<HouseholdTie>()
                .eq(HouseholdTie::getHouseholdId, householdId)
                .orderByAsc(HouseholdTie::getId));
    }

    default List<HouseholdTie> selectByPerson(long personId) {
        return selectList(new LambdaQueryWrapper<HouseholdTie>().eq(HouseholdTie::getPersonId, personId));
    }

    default int deleteTie(long householdId, long personId) {
        return delete(new LambdaQueryWrapper<HouseholdTie>()
                .eq(HouseholdTie::getHouseholdId, householdId)
                .eq(HouseholdTie::getPersonId, personId));
    }
}
