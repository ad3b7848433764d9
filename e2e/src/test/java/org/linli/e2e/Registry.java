package org.linli.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.linli.testing.Http;

/**
 * Builds a small registry the way the console does: through the gateway, as a staff member who logged
 * in. Names are unique per call so that tests never collide.
 */
final class Registry {

    private static final AtomicInteger SEQ = new AtomicInteger();

    record Community(long streetId, long communityId, String communityPath, long compoundId, long unitId) {}

    private final Client client;
    private final String adminToken;

    Registry(Client client, String adminToken) {
        this.client = client;
        this.adminToken = adminToken;
    }

    /** The bootstrap system administrator's token, through the gateway's staff login. */
    static String adminToken(Client client) {
        return client.accessToken(client.post(
                "/api/auth/staff/login",
                null,
                Map.of("username", RunningLinli.ADMIN_USERNAME, "password", RunningLinli.ADMIN_PASSWORD)));
    }

    /** District → street → community → compound → building → unit. */
    Community community() {
        int n = SEQ.incrementAndGet();
        long district = unit(null, "DISTRICT", "e2e区" + n);
        long street = unit(district, "STREET", "e2e街道" + n);
        Http.Response community = create(street, "COMMUNITY", "e2e社区" + n);
        long compound = unit(community.id(), "COMPOUND", "e2e小区" + n);
        long building = unit(compound, "BUILDING", n + "栋");
        long unit = unit(building, "UNIT", "1单元");
        return new Community(
                street, community.id(), community.json().get("path").asString(), compound, unit);
    }

    long household(Community community, String room) {
        Http.Response household = client.post(
                "/api/org/households",
                adminToken,
                Map.of("unitId", community.unitId(), "room", room, "floorArea", "88.50"));
        assertThat(household.status()).as(household.toString()).isEqualTo(201);
        return household.id();
    }

    void resident(long household, String name, String idNumber) {
        Map<String, Object> person = new HashMap<>();
        person.put("name", name);
        person.put("idNumber", idNumber);
        Http.Response added = client.post(
                "/api/org/households/" + household + "/residents",
                adminToken,
                Map.of("person", person, "relation", "OWNER"));
        assertThat(added.status()).as(added.toString()).isBetween(200, 201);
    }

    /** The compound's property company (one of its three parties), to which property matters are dispatched. */
    void propertyCompany(Community community, String name) {
        Http.Response created = client.post(
                "/api/org/compounds/" + community.compoundId() + "/parties",
                adminToken,
                Map.of("kind", "PROPERTY_COMPANY", "name", name));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
    }

    private long unit(Long parentId, String kind, String name) {
        return create(parentId, kind, name).id();
    }

    private Http.Response create(Long parentId, String kind, String name) {
        Map<String, Object> body = new HashMap<>();
        body.put("parentId", parentId);
        body.put("kind", kind);
        body.put("name", name);
        Http.Response created = client.post("/api/org/units", adminToken, body);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created;
    }
}
