package org.linli.bench;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The lookup's shape answered from a map filled at start: households 1..12000, one member each. */
@RestController
class BarePartyMembersController {

    static final int HOUSEHOLDS = 12_000;
    private static final String[] SURNAMES = {"张", "王", "李", "赵", "刘", "陈", "杨", "黄"};
    private static final String[] GIVEN_LAST = {"明", "华", "芳", "军", "丽", "强", "敏", "静"};
    private static final String[] POSITIONS = {"SECRETARY", "COMMITTEE_MEMBER", "GROUP_LEADER", "MEMBER"};

    private final Map<Long, List<BareMember>> membersByHousehold = prefill();

    @GetMapping("/bare/households/{id}/party-members")
    ResponseEntity<List<BareMember>> partyMembers(@PathVariable long id) {
        List<BareMember> members = membersByHousehold.get(id);
        return members == null ? ResponseEntity.notFound().build() : ResponseEntity.ok(members);
    }

    private static Map<Long, List<BareMember>> prefill() {
        Map<Long, List<BareMember>> map = new HashMap<>(HOUSEHOLDS * 2);
        for (long id = 1; id <= HOUSEHOLDS; id++) {
            // as in the demo data, a member looks after a block of about 20 households
            long memberId = (id - 1) / 20 + 1;
            int i = (int) memberId;
            BareMember member = new BareMember(
                    memberId,
                    SURNAMES[i % SURNAMES.length] + "*" + GIVEN_LAST[(i / 8) % GIVEN_LAST.length],
                    "13" + (i % 10) + "****" + String.format("%04d", i % 10_000),
                    POSITIONS[i % POSITIONS.length],
                    (memberId - 1) / 30 + 100,
                    "第" + ((memberId - 1) / 30 + 1) + "网格党支部");
            map.put(id, List.of(member));
        }
        return Map.copyOf(map);
    }
}
