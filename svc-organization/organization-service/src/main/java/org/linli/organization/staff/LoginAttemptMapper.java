package org.linli.organization.staff;

import java.time.LocalDateTime;
import org.apache.ibatis.annotations.Delete;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

/**
 * Failed sign-ins per account, or per username where it names none (by keyed hash). Each statement runs
 * on its own (autocommit): the counting is a single conditional UPDATE, so concurrent attempts are
 * counted exactly without holding a lock across statements.
 */
@Mapper
interface LoginAttemptMapper {

    /** The row the count lives in; a no-op when it exists. */
    @Insert("INSERT IGNORE INTO staff_login_attempt (username_hash, failures, last_attempt_at)"
            + " VALUES (#{hash}, 0, #{now})")
    int ensure(@Param("hash") String hash, @Param("now") LocalDateTime now);

    /**
     * Counts one attempt unless the username is locked (0 rows then). A streak whose last attempt is
     * older than the lock duration starts again from one; the attempt that reaches the maximum sets the
     * lock. Each assignment reads only columns assigned after it, so the result is the same whether the
     * server applies SET left to right (MySQL, MariaDB by default) or all at once (MariaDB's
     * SIMULTANEOUS_ASSIGNMENT).
     */
    @Update("UPDATE staff_login_attempt SET"
            + " locked_until = CASE WHEN (CASE WHEN last_attempt_at <= #{staleBefore} THEN 0 ELSE failures END) + 1"
            + " >= #{maxFailures} THEN #{lockUntil} ELSE NULL END,"
            + " failures = CASE WHEN last_attempt_at <= #{staleBefore} THEN 1 ELSE failures + 1 END,"
            + " last_attempt_at = #{now}"
            + " WHERE username_hash = #{hash} AND (locked_until IS NULL OR locked_until <= #{now})")
    int count(
            @Param("hash") String hash,
            @Param("now") LocalDateTime now,
            @Param("staleBefore") LocalDateTime staleBefore,
            @Param("maxFailures") int maxFailures,
            @Param("lockUntil") LocalDateTime lockUntil);

    @Select("SELECT locked_until FROM staff_login_attempt WHERE username_hash = #{hash}")
    LocalDateTime lockedUntil(@Param("hash") String hash);

    @Delete("DELETE FROM staff_login_attempt WHERE username_hash = #{hash}")
    int clear(@Param("hash") String hash);

    /** Streaks that ended (and their locks with them); they would start afresh anyway. */
    @Delete("DELETE FROM staff_login_attempt WHERE last_attempt_at <= #{staleBefore} LIMIT #{limit}")
    int purge(@Param("staleBefore") LocalDateTime staleBefore, @Param("limit") int limit);
}
