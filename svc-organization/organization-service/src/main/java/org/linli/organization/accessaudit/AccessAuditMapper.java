package org.linli.organization.accessaudit;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import com.baomidou.mybatisplus.extension.plugins.pagination.Page;
import java.time.LocalDateTime;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

@Mapper
interface AccessAuditMapper extends BaseMapper<AccessAuditEntry> {

    @Update("UPDATE access_audit SET row_count = #{rows}, completed = #{completed}, ended_at = #{at} WHERE id = #{id}")
    int end(
            @Param("id") long id,
            @Param("rows") int rows,
            @Param("completed") boolean completed,
            @Param("at") LocalDateTime at);

    /**
     * Newest first, inside a path prefix, optionally narrowed. The staff username is joined in so an
     * auditor reads who it was without a second lookup (residents never read in clear).
     */
    @Select("<script>SELECT a.id, a.account_id, s.username, a.role, a.action, a.subject, a.record_id, a.person_id,"
            + " a.scope_path, a.reason, a.row_count, a.completed, a.started_at, a.ended_at"
            + " FROM access_audit a LEFT JOIN staff_account s ON s.account_id = a.account_id"
            + " WHERE a.scope_path LIKE CONCAT(#{q.prefix}, '%')"
            + "<if test='q.personId != null'> AND a.person_id = #{q.personId}</if>"
            + "<if test='q.accountId != null'> AND a.account_id = #{q.accountId}</if>"
            + "<if test='q.from != null'> AND a.started_at &gt;= #{q.from}</if>"
            + "<if test='q.to != null'> AND a.started_at &lt; #{q.to}</if>"
            + " ORDER BY a.id DESC</script>")
    Page<AccessAuditRow> selectPage(Page<AccessAuditRow> page, @Param("q") AuditCriteria criteria);
}
