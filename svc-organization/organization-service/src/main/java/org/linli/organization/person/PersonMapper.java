package org.linli.organization.person;

import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import java.util.Collection;
import java.util.List;
import org.apache.ibatis.annotations.Delete;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

@Mapper
interface PersonMapper extends BaseMapper<Person> {

    default Person selectByIdNumberHash(String hash) {
        return selectOne(new LambdaQueryWrapper<Person>().eq(Person::getIdNumberHash, hash));
    }

    default List<Person> selectByIdNumberHashes(Collection<String> hashes) {
        return selectList(new LambdaQueryWrapper<Person>().in(Person::getIdNumberHash, hashes));
    }

    /**
     * The org paths of every record a scope keeps of the person: household ties, party memberships,
     * seats in a compound's three parties, 双报到 registrations. One statement across those features'
     * tables, because the question is about the person and a scope check that missed a table would
     * leak. A new kind of record about people belongs here too.
     */
    @Select("SELECT h.path FROM household_tie t JOIN household h ON h.id = t.household_id WHERE t.person_id = #{id}"
            + " UNION ALL SELECT scope_path FROM party_member WHERE person_id = #{id}"
            + " UNION ALL SELECT c.scope_path FROM compound_party_member s"
            + " JOIN compound_party c ON c.id = s.compound_party_id WHERE s.person_id = #{id}"
            + " UNION ALL SELECT scope_path FROM registration WHERE person_id = #{id}")
    List<String> selectRecordPaths(@Param("id") long id);

    /** Whether a resident account verified this identity itself (it then owns the name, not staff). */
    @Select("SELECT EXISTS (SELECT 1 FROM account WHERE resident_person_id = #{id})")
    boolean isVerifiedByResident(@Param("id") long id);

    /**
     * IGNORE turns a foreign-key refusal into a warning and 0 rows, so every table that refers to people
     * (now or added later) keeps its person without this query having to know them all.
     */
    @Delete("DELETE IGNORE FROM person WHERE id = #{id}")
    int deleteIgnoringReferences(@Param("id") long id);
}
