package org.linli.requests.request;

import com.baomidou.mybatisplus.extension.plugins.pagination.Page;
import org.linli.platform.core.token.Role;
import org.linli.platform.mybatis.PageResult;
import org.linli.platform.security.Caller;
import org.linli.requests.request.dto.RequestView;
import org.springframework.stereotype.Service;

/**
 * Reading requests ({@link RequestAccess}): a resident their own; a party member what is dispatched to them;
 * dispatchers what lies in their org subtree; property staff what is dispatched to their property company.
 * Anything else is 404.
 */
@Service
public class RequestQueries {

    private final ResidentRequestMapper requests;
    private final RequestLoader loader;
    private final RequestViews views;

    RequestQueries(ResidentRequestMapper requests, RequestLoader loader, RequestViews views) {
        this.requests = requests;
        this.loader = loader;
        this.views = views;
    }

    public PageResult<RequestView> mine(Caller caller, long page, long size) {
        return PageResult.of(
                requests.selectPageBySubmitter(caller.accountId(), new Page<>(page, size)),
                request -> views.withoutTimeline(caller, request));
    }

    /**
     * A party member's or volunteer's queue: what is dispatched to them as a household's responsible member,
     * and the micro-wishes they claimed.
     */
    public PageResult<RequestView> dispatchedToMe(Caller caller, long page, long size) {
        if (!(caller.has(Role.PARTY_MEMBER) || caller.has(Role.VOLUNTEER)) || caller.personId() == null) {
            return new PageResult<>(java.util.List.of(), page, size, 0);
        }
        return PageResult.of(
                requests.selectPageHandledBy(caller.personId(), new Page<>(page, size)),
                request -> views.withoutTimeline(caller, request));
    }

    /** Staff: what lies in their subtree (property staff: what is given to their property company), no timelines. */
    public PageResult<RequestView> inArea(Caller caller, AreaFilter filter, long page, long size) {
        HandlerKind only = RequestAccess.isDispatcher(caller) ? null : HandlerKind.PROPERTY;
        return PageResult.of(
                requests.selectPageInScope(caller.scopePrefix(), filter, only, new Page<>(page, size)),
                request -> views.withoutTimeline(caller, request));
    }

    public RequestView get(Caller caller, long id) {
        return views.withTimeline(caller, loader.visible(caller, id));
    }
}
