package org.linli.requests.demo;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.linli.requests.request.RequestChannel;
import org.linli.requests.request.RequestStatus;
import org.linli.requests.triage.RequestCategory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Counts the demo requests: those a demo resident filed or demo staff recorded, by the account range reserved
 * for demo actors ({@link DemoArea}). Each is written whole in one transaction, in plan order, so the count is
 * also how far the plan got.
 */
@Component
@ConditionalOnProperty(prefix = "linli.demo", name = "requests")
class DemoCensus {

    private static final String DEMO = " FROM resident_request WHERE submitter_account_id BETWEEN :from AND :to"
            + " OR recorded_by_account_id BETWEEN :from AND :to";

    private final JdbcClient jdbc;

    DemoCensus(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long count() {
        return demo("SELECT COUNT(*)" + DEMO).query(Long.class).single();
    }

    DemoReport report(int added, Duration took) {
        Map<RequestStatus, Long> byStatus = new EnumMap<>(RequestStatus.class);
        demo("SELECT status, COUNT(*)" + DEMO + " GROUP BY status")
                .query((rs, row) -> byStatus.put(RequestStatus.valueOf(rs.getString(1)), rs.getLong(2)))
                .list();
        Map<RequestChannel, Long> byChannel = new EnumMap<>(RequestChannel.class);
        demo("SELECT channel, COUNT(*)" + DEMO + " GROUP BY channel")
                .query((rs, row) -> byChannel.put(RequestChannel.valueOf(rs.getString(1)), rs.getLong(2)))
                .list();
        long total = byStatus.values().stream().mapToLong(Long::longValue).sum();
        return new DemoReport(total, added, byStatus, byChannel, took);
    }

    /**
     * A demo request a duplicate of {@code category} may be merged into: open, not a micro-wish, in a compound,
     * at a level the community's dispatchers answer for, and with its last step before {@code before} (so that
     * the duplicate comes after it). The latest such; of any category when none has this one.
     */
    Optional<Target> mergeTarget(RequestCategory category, Instant before) {
        Optional<Target> alike = target(" AND r.category = :category", category, before);
        return alike.isPresent() ? alike : target("", category, before);
    }

    /** A request to merge into: where it lies and when its last step was. */
    record Target(long id, String compoundPath, Instant lastStep) {}

    private Optional<Target> target(String alike, RequestCategory category, Instant before) {
        String sql = "SELECT r.id, r.compound_path, MAX(t.occurred_at) FROM resident_request r"
                + " JOIN request_timeline t ON t.request_id = r.id"
                + " WHERE (r.submitter_account_id BETWEEN :from AND :to OR r.recorded_by_account_id BETWEEN :from AND :to)"
                + " AND r.kind = 'REQUEST' AND r.compound_path IS NOT NULL"
                + " AND r.status IN ('SUBMITTED', 'ACCEPTED', 'ASSIGNED', 'IN_PROGRESS', 'RETURNED', 'ESCALATED', 'REOPENED')"
                + " AND r.level IN ('BUILDING', 'COMPOUND', 'COMMUNITY')" + alike
                + " GROUP BY r.id, r.compound_path HAVING MAX(t.occurred_at) < :before ORDER BY r.id DESC LIMIT 1";
        return demo(sql)
                .param("category", category.name())
                .param("before", Timestamp.from(before))
                .query((rs, row) -> new Target(
                        rs.getLong(1), rs.getString(2), rs.getTimestamp(3).toInstant()))
                .optional();
    }

    private JdbcClient.StatementSpec demo(String sql) {
        return jdbc.sql(sql).param("from", DemoArea.ACCOUNTS_FROM).param("to", DemoArea.ACCOUNTS_TO);
    }
}
