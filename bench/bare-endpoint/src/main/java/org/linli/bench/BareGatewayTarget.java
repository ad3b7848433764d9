package org.linli.bench;

import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The same answer under svc-organization's path, so {@code ./dev bench gateway} can put the gateway
 * in front of this trivial upstream and isolate what routing and token checks cost.
 */
@RestController
class BareGatewayTarget {

    private final BarePartyMembersController bare;

    BareGatewayTarget(BarePartyMembersController bare) {
        this.bare = bare;
    }

    @GetMapping("/api/org/households/{id}/party-members")
    ResponseEntity<List<BareMember>> partyMembers(@PathVariable long id) {
        return bare.partyMembers(id);
    }
}
