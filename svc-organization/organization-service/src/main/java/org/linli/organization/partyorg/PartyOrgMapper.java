package org.linli.organization.partyorg;

import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import com.baomidou.mybatisplus.extension.plugins.pagination.Page;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;

@Mapper
interface PartyOrgMapper extends BaseMapper<PartyOrg> {

    default List<PartyOrg> selectChildren(long parentId) {
        return selectList(new LambdaQueryWrapper<PartyOrg>()
                .eq(PartyOrg::getParentId, parentId)
                .orderByAsc(PartyOrg::getId));
    }

    default List<PartyOrg> selectInScope(String scopePrefix) {
        return selectList(new LambdaQueryWrapper<PartyOrg>()
                .likeRight(PartyOrg::getScopePath, scopePrefix)
                .orderByAsc(PartyOrg::getPath));
    }

    /** Organisations anchored in a subtree, in tree order (a parent before its children). */
    default Page<PartyOrg> selectPageInScope(String scopePrefix, Page<PartyOrg> page) {
        return selectPage(
                page,
                new LambdaQueryWrapper<PartyOrg>()
                        .likeRight(PartyOrg::getScopePath, scopePrefix)
                        .orderByAsc(PartyOrg::getPath));
    }
}
