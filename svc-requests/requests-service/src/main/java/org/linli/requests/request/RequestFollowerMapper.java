package org.linli.requests.request;

import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Delete;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

/**
 * request_follower: the neighbours who said "me too" (+1) and the residents whose requests were merged in. Plain
 * SQL, because the count on resident_request moves with each row, by its own UPDATE rather than with a step.
 */
@Mapper
interface RequestFollowerMapper {

    /** 1 when the account now follows the request, 0 when it did already. */
    @Insert("INSERT IGNORE INTO request_follower (request_id, account_id, kind, created_at)"
            + " VALUES (#{requestId}, #{accountId}, #{kind}, #{at})")
    int follow(
            @Param("requestId") long requestId,
            @Param("accountId") long accountId,
            @Param("kind") String kind,
            @Param("at") Instant at);

    @Delete("DELETE FROM request_follower WHERE request_id = #{requestId} AND account_id = #{accountId}"
            + " AND kind = 'SUPPORTER'")
    int unfollow(@Param("requestId") long requestId, @Param("accountId") long accountId);

    @Select("SELECT COUNT(*) > 0 FROM request_follower WHERE request_id = #{requestId} AND account_id = #{accountId}")
    boolean follows(@Param("requestId") long requestId, @Param("accountId") long accountId);

    /** Of these requests, the ones the account follows. */
    @Select("<script>SELECT request_id FROM request_follower WHERE account_id = #{accountId} AND request_id IN"
            + "<foreach item='id' collection='ids' open='(' separator=',' close=')'>#{id}</foreach></script>")
    List<Long> followedAmong(@Param("accountId") long accountId, @Param("ids") List<Long> ids);

    /** A merge: the merged request's followers follow the one it went into (those already there stay as they are). */
    @Insert("INSERT IGNORE INTO request_follower (request_id, account_id, kind, created_at)"
            + " SELECT #{into}, account_id, kind, #{at} FROM request_follower WHERE request_id = #{from}")
    int carryOver(@Param("from") long from, @Param("into") long into, @Param("at") Instant at);

    /** Sets the request's supporter count from its followers: the count shown is the rows there are. */
    @Update("UPDATE resident_request SET supporter_count ="
            + " (SELECT COUNT(*) FROM request_follower WHERE request_id = #{requestId}) WHERE id = #{requestId}")
    int recount(@Param("requestId") long requestId);
}
