package org.linli.platform.client;

import java.lang.reflect.Proxy;
import org.springframework.cloud.openfeign.FallbackFactory;

/**
 * The fallback every Feign client of ours starts from: it never invents data. When the remote service
 * failed or its breaker is open, each method throws {@link DependencyUnavailable} (503, {@code
 * dependency.unavailable}, naming the service) for the caller to catch or let through; any other
 * failure (a remote 404 as {@link RemoteProblem}, a bug) is thrown unchanged, so a fallback never turns
 * "that household does not exist" into "try again later". Spring Cloud calls a fallback for every
 * exception, which is why this is a {@code FallbackFactory} (it sees the cause) and not a plain fallback.
 *
 * <p>A consumer declares one bean per client, in the client's package:
 *
 * <pre>{@code
 * @Component
 * class OrganizationLookupFallback extends UnavailableFallback<OrganizationLookupClient> {
 *     OrganizationLookupFallback() { super(OrganizationLookupClient.class, "svc-organization"); }
 * }
 * }</pre>
 *
 * A method that has an honest degraded answer (an explicitly empty or "unknown" result the caller is
 * built to handle) may be given one by overriding {@link #create}; none is given here.
 */
public abstract class UnavailableFallback<T> implements FallbackFactory<T> {

    private final Class<T> api;
    private final String service;

    protected UnavailableFallback(Class<T> api, String service) {
        this.api = api;
        this.service = service;
    }

    @Override
    public T create(Throwable cause) {
        RuntimeException answer = RemoteFailures.meansUnavailable(cause)
                ? new DependencyUnavailable(service, cause)
                : cause instanceof RuntimeException runtime ? runtime : new IllegalStateException(cause);
        Object fallback = Proxy.newProxyInstance(api.getClassLoader(), new Class<?>[] {api}, (proxy, method, args) -> {
            if (method.getDeclaringClass() == Object.class) {
                return switch (method.getName()) {
                    case "equals" -> proxy == args[0];
                    case "hashCode" -> System.identityHashCode(proxy);
                    default -> "fallback of " + api.getSimpleName() + " for " + service;
                };
            }
            throw answer;
        });
        return api.cast(fallback);
    }

    /** The service this fallback stands in for, as named in its answers. */
    public String service() {
        return service;
    }
}
