package org.linli.organization.geography;

import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;

@Mapper
interface OrgUnitMapper extends BaseMapper<OrgUnit> {

    default List<OrgUnit> selectChildren(long parentId) {
        return selectList(new LambdaQueryWrapper<OrgUnit>()
                .eq(OrgUnit::getParentId, parentId)
                .orderByAsc(OrgUnit::getKind, OrgUnit::getName));
    }

    default List<OrgUnit> selectInSubtree(String pathPrefix, OrgUnitKind kind) {
        return selectList(new LambdaQueryWrapper<OrgUnit>()
                .eq(OrgUnit::getKind, kind)
                .likeRight(OrgUnit::getPath, pathPrefix)
                .orderByAsc(OrgUnit::getPath));
    }

    default List<OrgUnit> selectRoots() {
        return selectList(new LambdaQueryWrapper<OrgUnit>().isNull(OrgUnit::getParentId));
    }
}
