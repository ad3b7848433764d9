package org.linli.organization.person;

import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Mapper;

@Mapper
interface PersonMapper extends BaseMapper<Person> {

    default Person selectByIdNumberHash(String hash) {
        return selectOne(new LambdaQueryWrapper<Person>().eq(Person::getIdNumberHash, hash));
    }
}
