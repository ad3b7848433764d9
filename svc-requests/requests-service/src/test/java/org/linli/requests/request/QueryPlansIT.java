package org.linli.requests.request;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.ibatis.mapping.BoundSql;
import org.apache.ibatis.session.SqlSessionFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.linli.requests.AbstractIT;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The background jobs' scans read indexes only, however many requests are open: EXPLAIN of the very statements
 * the mappers run (taken from MyBatis, parameters bound) over a table holding thousands of open requests due
 * some time this year. `./dev bench requests` times the same scan over a million.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QueryPlansIT extends AbstractIT {

    private static final int OPEN_REQUESTS = 20_000;
    private static final String MAPPER = ResidentRequestMapper.class.getName() + ".";

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SqlSessionFactory mybatis;

    @Autowired
    JdbcTemplate batches;

    @BeforeAll
    void manyOpenRequests() {
        Instant now = Instant.now();
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < OPEN_REQUESTS; i++) {
            Timestamp at = Timestamp.from(now.plus(Duration.ofMinutes(10 + i)));
            rows.add(new Object[] {"/9/8/7/" + (i % 40) + "/", at, at});
        }
        String insert = "INSERT INTO resident_request (category, status, channel, text_cipher, submitter_account_id,"
                + " anonymous, scope_path, submitted_at, next_check_at, created_at, updated_at)"
                + " VALUES ('NOISE', 'ASSIGNED', 'MINI_PROGRAM', 'x', 1, FALSE, ?, NOW(3), ?, NOW(3), ?)";
        batches.batchUpdate(insert, rows);
        jdbc.sql("ANALYZE TABLE resident_request").query().listOfRows();
    }

    /** The other tests share the database: they should not page through these. */
    @AfterAll
    void forgetThem() {
        jdbc.sql("DELETE FROM resident_request WHERE scope_path LIKE '/9/8/7/%'")
                .update();
    }

    /** The plan of a mapper's statement with these parameters, one row per table read. */
    private List<Map<String, Object>> plan(String statement, Map<String, Object> parameters) {
        BoundSql bound = mybatis.getConfiguration()
                .getMappedStatement(MAPPER + statement)
                .getBoundSql(parameters);
        List<Object> values = new ArrayList<>();
        bound.getParameterMappings().forEach(mapping -> {
            Object value = parameters.get(mapping.getProperty());
            values.add(value instanceof Instant instant ? Timestamp.from(instant) : value);
        });
        return jdbc.sql("EXPLAIN " + bound.getSql()).params(values).query().listOfRows();
    }

    private static void readsByIndex(List<Map<String, Object>> plan, String index) {
        assertThat(plan).singleElement().satisfies(row -> {
            assertThat(String.valueOf(row.get("type")))
                    .as("%s", row)
                    .isIn("range", "ref", "ref_or_null", "const", "eq_ref");
            assertThat(row.get("key")).as("%s", row).isEqualTo(index);
        });
    }

    private static Map<String, Object> params(Object... pairs) {
        Map<String, Object> map = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1]);
        }
        return map;
    }

    @Test
    void theDeadlineJobFindsWhatIsDueByItsIndexAlone() {
        List<Map<String, Object>> plan =
                plan("selectDueIds", params("now", Instant.now().plus(Duration.ofHours(1)), "limit", 200));

        readsByIndex(plan, "idx_resident_request_next_check");
        assertThat(String.valueOf(plan.get(0).get("Extra"))).contains("Using index");
    }

    @Test
    void eachDueRequestIsLockedByItsPrimaryKey() {
        long due = jdbc.sql("SELECT MIN(id) FROM resident_request WHERE next_check_at IS NOT NULL")
                .query(Long.class)
                .single();
        Instant later = Instant.now().plus(Duration.ofDays(400));

        readsByIndex(plan("lockIfDue", params("id", due, "now", later)), "PRIMARY");
        readsByIndex(plan("lockOrSkip", params("id", due)), "PRIMARY");
    }

    @Test
    void dispatchRetriesFindWhatWaitsByTheirIndexes() {
        readsByIndex(plan("selectDispatchPendingIds", params("limit", 100)), "idx_resident_request_dispatch");
        readsByIndex(plan("selectUnplacedIds", params("limit", 100)), "idx_resident_request_scope");
    }
}
