package org.linli.organization.staff;

import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import com.baomidou.mybatisplus.extension.plugins.pagination.Page;
import java.time.LocalDateTime;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

@Mapper
interface StaffAccountMapper extends BaseMapper<StaffAccount> {

    String ROW = "SELECT s.account_id, s.username, s.display_name_cipher, s.org_path, s.created_at,"
            + " a.role, a.status, a.org_unit_id, u.name AS org_unit_name"
            + " FROM staff_account s JOIN account a ON a.id = s.account_id"
            + " LEFT JOIN org_unit u ON u.id = a.org_unit_id";

    default StaffAccount selectByUsername(String username) {
        return selectOne(new LambdaQueryWrapper<StaffAccount>().eq(StaffAccount::getUsername, username));
    }

    @Select("SELECT EXISTS (SELECT 1 FROM staff_account)")
    boolean anyExists();

    /** Staff accounts whose unit lies in the subtree, by the copied path (indexed prefix scan). */
    @Select(ROW + " WHERE s.org_path LIKE CONCAT(#{prefix}, '%') ORDER BY s.account_id")
    Page<StaffAccountRow> selectPageInScope(Page<StaffAccountRow> page, @Param("prefix") String prefix);

    @Select(ROW + " WHERE s.account_id = #{id}")
    StaffAccountRow selectRow(@Param("id") long id);

    /** Queues instances starting together: the row stays locked until the bootstrap transaction ends. */
    @Update("UPDATE staff_bootstrap SET last_run_at = #{now} WHERE id = 1")
    int takeBootstrapLock(@Param("now") LocalDateTime now);

    /** A current (locking) read, so that it sees what an instance that held the bootstrap lock before us committed. */
    @Select("SELECT account_id FROM staff_account LIMIT 1 LOCK IN SHARE MODE")
    Long anyExistsLocking();

    /** Keeps the copied path true when an account moves to another unit (same transaction). */
    @Update("UPDATE staff_account SET org_path = #{path}, updated_at = NOW(3) WHERE account_id = #{id}")
    int updatePath(@Param("id") long id, @Param("path") String path);
}
