package org.linli.requests.request;

import com.baomidou.mybatisplus.extension.plugins.pagination.Page;
import org.linli.platform.mybatis.PageResult;
import org.linli.platform.scope.DataScope;
import org.linli.platform.security.Caller;
import org.linli.requests.request.dto.RequestView;
import org.springframework.stereotype.Service;

/** Reading requests: a resident their own, staff what lies in their org subtree; anything else is 404. */
@Service
public class RequestQueries {

    private final ResidentRequestMapper requests;
    private final RequestViews views;

    RequestQueries(ResidentRequestMapper requests, RequestViews views) {
        this.requests = requests;
        this.views = views;
    }

    public PageResult<RequestView> mine(Caller caller, long page, long size) {
        return PageResult.of(
                requests.selectPageBySubmitter(caller.accountId(), new Page<>(page, size)), views::withoutTimeline);
    }

    /** Staff: what lies in their subtree, without timelines. */
    public PageResult<RequestView> inScope(Caller caller, RequestStatus status, long page, long size) {
        return PageResult.of(
                requests.selectPageInScope(caller.scopePrefix(), status, new Page<>(page, size)),
                views::withoutTimeline);
    }

    public RequestView get(Caller caller, long id) {
        ResidentRequest request = DataScope.require(
                caller,
                requests.selectById(id),
                ResidentRequest::getScopePath,
                found -> found.getSubmitterAccountId() == caller.accountId(),
                "resident-request",
                id);
        // staff notes marked internal are for staff; the submitter reads the public timeline
        return views.withTimeline(request, caller.sees(request.getScopePath()));
    }
}
