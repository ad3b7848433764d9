package org.linli.requests.photo;

import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import com.baomidou.mybatisplus.core.conditions.update.LambdaUpdateWrapper;
import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.ibatis.annotations.Mapper;

@Mapper
interface RequestPhotoMapper extends BaseMapper<RequestPhoto> {

    /**
     * Attaches those of the photos that are still pending and the owner's, in one statement: a photo
     * attached elsewhere meanwhile, or deleted by the clean-up, is simply not counted.
     */
    default int attachPending(long requestId, long ownerAccountId, Collection<Long> ids, LocalDateTime now) {
        return update(
                null,
                new LambdaUpdateWrapper<RequestPhoto>()
                        .set(RequestPhoto::getRequestId, requestId)
                        .set(RequestPhoto::getAttachedAt, now)
                        .in(RequestPhoto::getId, ids)
                        .eq(RequestPhoto::getOwnerAccountId, ownerAccountId)
                        .isNull(RequestPhoto::getRequestId));
    }

    /** Which of the ids are photos the owner uploaded and has not attached yet. */
    default Set<Long> selectPendingIds(long ownerAccountId, Collection<Long> ids) {
        return selectList(new LambdaQueryWrapper<RequestPhoto>()
                        .select(RequestPhoto::getId)
                        .in(RequestPhoto::getId, ids)
                        .eq(RequestPhoto::getOwnerAccountId, ownerAccountId)
                        .isNull(RequestPhoto::getRequestId))
                .stream()
                .map(RequestPhoto::getId)
                .collect(Collectors.toSet());
    }

    /** A request's photos in the order they were uploaded (idx_request_photo_request). */
    default List<RequestPhoto> selectByRequest(long requestId) {
        return selectList(new LambdaQueryWrapper<RequestPhoto>()
                .eq(RequestPhoto::getRequestId, requestId)
                .orderByAsc(RequestPhoto::getId));
    }

    default long countByRequest(long requestId) {
        return selectCount(new LambdaQueryWrapper<RequestPhoto>().eq(RequestPhoto::getRequestId, requestId));
    }

    default RequestPhoto selectOfRequest(long requestId, long photoId) {
        return selectOne(new LambdaQueryWrapper<RequestPhoto>()
                .eq(RequestPhoto::getId, photoId)
                .eq(RequestPhoto::getRequestId, requestId));
    }

    /** The oldest photos still pending that were uploaded before {@code cutoff}. */
    default List<RequestPhoto> selectPendingBefore(LocalDateTime cutoff, int limit) {
        return selectList(new LambdaQueryWrapper<RequestPhoto>()
                .isNull(RequestPhoto::getRequestId)
                .lt(RequestPhoto::getCreatedAt, cutoff)
                .orderByAsc(RequestPhoto::getCreatedAt)
                .last("LIMIT " + limit));
    }

    /**
     * Deletes the row only if it is still pending: of an attach and the clean-up racing for one photo
     * (or two instances cleaning up at once), exactly one wins, and only the winner touches the file.
     */
    default boolean deleteIfPending(long id) {
        return delete(new LambdaQueryWrapper<RequestPhoto>()
                        .eq(RequestPhoto::getId, id)
                        .isNull(RequestPhoto::getRequestId))
                == 1;
    }
}
