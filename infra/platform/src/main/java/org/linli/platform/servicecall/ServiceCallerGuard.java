package org.linli.platform.servicecall;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.linli.platform.error.DomainException;
import org.linli.platform.security.Caller;
import org.linli.platform.security.CallerAuthentication;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Lets a SERVICE caller reach only the endpoints opened to services ({@link ServiceCallable}) and only
 * with the grant they name: 403 {@code auth.service-not-allowed} elsewhere, 403 {@code
 * auth.grant-missing} without the grant. Safe by default: an endpoint added tomorrow is closed to
 * services until someone decides what a service may see there. People's calls pass untouched.
 */
public class ServiceCallerGuard implements HandlerInterceptor {

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        // an error dispatch renders the problem of a request already judged
        if (request.getDispatcherType() != DispatcherType.REQUEST || !(handler instanceof HandlerMethod method)) {
            return true;
        }
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (!(authentication instanceof CallerAuthentication verified)
                || !verified.caller().isService()) {
            return true;
        }
        Caller caller = verified.caller();
        ServiceCallable door = method.getMethodAnnotation(ServiceCallable.class);
        if (door == null) {
            door = AnnotatedElementUtils.findMergedAnnotation(method.getBeanType(), ServiceCallable.class);
        }
        if (door == null) {
            throw new DomainException(
                    HttpStatus.FORBIDDEN,
                    "auth.service-not-allowed",
                    "This endpoint is not open to services; service client '" + caller.client() + "' may not call it.");
        }
        if (!caller.mayDo(door.grant())) {
            throw new DomainException(
                    HttpStatus.FORBIDDEN,
                    "auth.grant-missing",
                    "Service client '" + caller.client() + "' lacks the grant '" + door.grant()
                            + "' this endpoint needs.");
        }
        return true;
    }
}
