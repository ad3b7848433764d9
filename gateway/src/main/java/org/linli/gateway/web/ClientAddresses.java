package org.linli.gateway.web;

import io.netty.handler.ipfilter.IpFilterRuleType;
import io.netty.handler.ipfilter.IpSubnetFilterRule;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;

/**
 * Who is on the other end. The remote address is the truth; {@code X-Forwarded-For} and {@code
 * X-Forwarded-Proto} are believed only when the connection comes from a configured trusted proxy,
 * because any client can send them (and would, to dodge a per-address rate limit).
 */
@Component
public class ClientAddresses {

    // Netty's, not Spring Security's IpAddressMatcher: that one's matches(HttpServletRequest) overload
    // makes javac need the Servlet API, which this WebFlux application does not have
    private final List<IpSubnetFilterRule> trustedProxies;

    public ClientAddresses(HttpProperties properties) {
        this.trustedProxies = properties.trustedProxies().stream()
                .filter(p -> !p.isBlank())
                .map(ClientAddresses::range)
                .toList();
    }

    /** {@code 10.0.0.0/8} or a single address. */
    private static IpSubnetFilterRule range(String text) {
        String range = text.trim();
        int slash = range.indexOf('/');
        InetAddress network = literal(slash < 0 ? range : range.substring(0, slash));
        if (network == null) {
            throw new IllegalStateException("linli.gateway.trusted-proxies: not an IP address or CIDR range: " + text);
        }
        try {
            int bits = slash < 0 ? network.getAddress().length * 8 : Integer.parseInt(range.substring(slash + 1));
            return new IpSubnetFilterRule(network, bits, IpFilterRuleType.ACCEPT);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("linli.gateway.trusted-proxies: bad prefix length in " + text, e);
        }
    }

    /**
     * The client's address: the remote address, or, behind trusted proxies, the right-most {@code
     * X-Forwarded-For} hop that is not itself a trusted proxy (hops further left were written by the
     * client and prove nothing).
     */
    public String of(ServerHttpRequest request) {
        String remote = remoteAddress(request);
        if (!isTrusted(remote)) {
            return remote;
        }
        List<String> hops = forwardedFor(request);
        String nearest = remote;
        for (int i = hops.size() - 1; i >= 0; i--) {
            String hop = hops.get(i);
            if (!isIpLiteral(hop)) {
                // garbage in the chain: the last address a trusted proxy vouched for is all we know
                return nearest;
            }
            if (!isTrusted(hop)) {
                return hop;
            }
            nearest = hop;
        }
        return nearest;
    }

    /** Whether the client reached us over TLS, directly or through a trusted proxy that says so. */
    public boolean overHttps(ServerHttpRequest request) {
        if (request.getSslInfo() != null || "https".equals(request.getURI().getScheme())) {
            return true;
        }
        return isTrusted(remoteAddress(request))
                && "https".equalsIgnoreCase(request.getHeaders().getFirst("X-Forwarded-Proto"));
    }

    private boolean isTrusted(String address) {
        if (trustedProxies.isEmpty()) {
            return false;
        }
        InetAddress ip = literal(address);
        if (ip == null) {
            return false;
        }
        InetSocketAddress peer = new InetSocketAddress(ip, 0);
        return trustedProxies.stream().anyMatch(proxy -> proxy.matches(peer));
    }

    /** The address an IP literal names, or null: never a DNS lookup. */
    private static InetAddress literal(String text) {
        if (!isIpLiteral(text)) {
            return null;
        }
        try {
            return InetAddress.getByName(text);
        } catch (UnknownHostException malformed) {
            return null;
        }
    }

    private static String remoteAddress(ServerHttpRequest request) {
        InetSocketAddress remote = request.getRemoteAddress();
        if (remote == null) {
            return "unknown";
        }
        return remote.getAddress() != null ? remote.getAddress().getHostAddress() : remote.getHostString();
    }

    private static List<String> forwardedFor(ServerHttpRequest request) {
        List<String> hops = new ArrayList<>();
        for (String header : request.getHeaders().getOrEmpty("X-Forwarded-For")) {
            for (String hop : header.split(",")) {
                String trimmed = hop.trim();
                if (!trimmed.isEmpty()) {
                    hops.add(trimmed);
                }
            }
        }
        return hops;
    }

    /**
     * An IPv4 dotted quad or an IPv6 literal. Anything else (a host name, "999.1.1.1") must never
     * reach InetAddress, which would try to resolve it through DNS on the event loop.
     */
    static boolean isIpLiteral(String text) {
        if (text.isEmpty() || text.length() > 45) {
            return false;
        }
        if (text.indexOf(':') >= 0) {
            // Java parses anything with a colon as an IPv6 literal or rejects it, never resolves it
            return text.chars().allMatch(c -> c == ':' || c == '.' || Character.digit(c, 16) >= 0);
        }
        String[] parts = text.split("\\.", -1);
        if (parts.length != 4) {
            return false;
        }
        for (String part : parts) {
            if (part.isEmpty() || part.length() > 3 || !part.chars().allMatch(c -> c >= '0' && c <= '9')) {
                return false;
            }
            if (Integer.parseInt(part) > 255) {
                return false;
            }
        }
        return true;
    }
}
