package org.linli.gateway.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetSocketAddress;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;

class ClientAddressesTest {

    private static ClientAddresses trusting(String... proxies) {
        return new ClientAddresses(new HttpProperties(List.of(proxies), List.of(), null));
    }

    private static MockServerHttpRequest from(String remote, String... forwardedFor) {
        MockServerHttpRequest.BaseBuilder<?> request =
                MockServerHttpRequest.get("/api/org/households").remoteAddress(new InetSocketAddress(remote, 40000));
        for (String value : forwardedFor) {
            request.header("X-Forwarded-For", value);
        }
        return request.build();
    }

    @Nested
    class ClientAddress {

        @Test
        void withoutTrustedProxiesForwardedForIsIgnored() {
            assertThat(trusting().of(from("203.0.113.9", "198.51.100.1"))).isEqualTo("203.0.113.9");
        }

        @Test
        void fromAnUntrustedPeerForwardedForIsIgnored() {
            assertThat(trusting("10.0.0.0/8").of(from("203.0.113.9", "198.51.100.1")))
                    .isEqualTo("203.0.113.9");
        }

        @Test
        void behindATrustedProxyTheHopItAddedIsTheClient() {
            assertThat(trusting("10.0.0.0/8").of(from("10.1.2.3", "198.51.100.1")))
                    .isEqualTo("198.51.100.1");
        }

        @Test
        void addressesTheClientWroteItselfAreSkipped() {
            // the client sent "1.2.3.4"; the proxy appended the address it saw
            assertThat(trusting("10.0.0.0/8").of(from("10.1.2.3", "1.2.3.4, 198.51.100.1")))
                    .isEqualTo("198.51.100.1");
        }

        @Test
        void chainsOfTrustedProxiesAreWalkedFromTheRight() {
            assertThat(trusting("10.0.0.0/8").of(from("10.1.2.3", "198.51.100.1, 10.9.9.9", "10.8.8.8")))
                    .isEqualTo("198.51.100.1");
        }

        @Test
        void garbageInTheChainStopsAtTheLastVouchedForAddress() {
            assertThat(trusting("10.0.0.0/8").of(from("10.1.2.3", "evil.example.com")))
                    .isEqualTo("10.1.2.3");
        }

        @Test
        void aPrefixThatSplitsAnOctetIsHonoured() {
            ClientAddresses clients = trusting("172.16.0.0/12");

            assertThat(clients.of(from("172.31.255.255", "198.51.100.1"))).isEqualTo("198.51.100.1");
            assertThat(clients.of(from("172.32.0.1", "198.51.100.1"))).isEqualTo("172.32.0.1");
        }

        @Test
        void aSingleAddressIsARangeOfOne() {
            ClientAddresses clients = trusting("10.1.2.3");

            assertThat(clients.of(from("10.1.2.3", "198.51.100.1"))).isEqualTo("198.51.100.1");
            assertThat(clients.of(from("10.1.2.4", "198.51.100.1"))).isEqualTo("10.1.2.4");
        }

        @Test
        void anIpv4RangeNeverTrustsAnIpv6Peer() {
            // the peer itself is the client (the JDK writes its address out in full)
            assertThat(trusting("0.0.0.0/0").of(from("2001:db8::7", "198.51.100.1")))
                    .isEqualTo("2001:db8:0:0:0:0:0:7");
        }

        @Test
        void ipv6RangesWork() {
            assertThat(trusting("fd00::/8").of(from("fd12::1", "2001:db8::5"))).isEqualTo("2001:db8::5");
        }
    }

    @Nested
    class Https {

        @Test
        void aTrustedProxySayingHttpsIsBelieved() {
            MockServerHttpRequest request = MockServerHttpRequest.get("/")
                    .remoteAddress(new InetSocketAddress("10.1.2.3", 40000))
                    .header("X-Forwarded-Proto", "https")
                    .build();
            assertThat(trusting("10.0.0.0/8").overHttps(request)).isTrue();
        }

        @Test
        void anyoneElseSayingHttpsIsNot() {
            MockServerHttpRequest request = MockServerHttpRequest.get("/")
                    .remoteAddress(new InetSocketAddress("203.0.113.9", 40000))
                    .header("X-Forwarded-Proto", "https")
                    .build();
            assertThat(trusting("10.0.0.0/8").overHttps(request)).isFalse();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.2.3.4", "255.255.255.255", "::1", "2001:db8::5", "::ffff:10.0.0.1"})
    void ipLiteralsAreRecognised(String text) {
        assertThat(ClientAddresses.isIpLiteral(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "evil.example.com", "999.1.1.1", "1.2.3", "1.2.3.4.5", "localhost", "1.2.3.04x"})
    void anythingElseIsNotOneAndNeverReachesDns(String text) {
        assertThat(ClientAddresses.isIpLiteral(text)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"proxy.internal", "10/8", "10.0.0.0/33", "fd00::/129", "10.0.0.0/", "10.0.0.0/x"})
    void aMistypedTrustedProxyStopsTheStart(String proxy) {
        assertThatThrownBy(() -> trusting(proxy))
                .hasMessageContaining("trusted-proxies")
                .hasMessageContaining(proxy);
    }
}
