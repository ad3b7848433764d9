package org.linli.organization.person;

import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Delete;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface PersonMapper extends BaseMapper<Person> {

    default Person selectByIdNumberHash(String hash) {
        return selectOne(new LambdaQueryWrapper<Person>().eq(Person::getIdNumberHash, hash));
    }

    /**
     * IGNORE turns a foreign-key refusal into a warning and 0 rows, so every table that refers to people
     * (now or added later) keeps its person without this query having to know them all.
     */
    @Delete("DELETE IGNORE FROM person WHERE id = #{id}")
    int deleteIgnoringReferences(@Param("id") long id);
}
