package org.linli.requests.statistics;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import org.linli.requests.request.HandlerKind;
import org.linli.requests.request.RequestChannel;
import org.linli.requests.triage.RequestCategory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The statistics' SQL over this service's own {@code resident_request}: aggregates only, never a row. Every query
 * reads the requests submitted in [start, end) under a path prefix, by {@code idx_resident_request_scope_submitted}
 * (V5): a range of the prefix whose period is checked in the index, so only the period's rows are read. MERGED ones
 * are left out (see {@link org.linli.requests.statistics.dto.Indicators}).
 *
 * <p>The bounds are passed as {@link Timestamp}s, as MyBatis's Instant handler writes {@code submitted_at}: in the
 * JVM's zone, so both sides of the comparison are the same wall clock. No {@code NOW()}: the period is the caller's.
 */
@Repository
class StatisticsQueries {

    /** What a request is, in SQL, for the sums below: resolved now (a reopening clears resolved_at). */
    private static final String RESOLVED = "resolved_at IS NOT NULL";

    private static final String WHERE = " FROM resident_request"
            + " WHERE scope_path LIKE CONCAT(:prefix, '%') AND submitted_at >= :start AND submitted_at < :end"
            + " AND status <> 'MERGED'";

    private static final String PROPERTY_ONLY = " AND handler_kind = '" + HandlerKind.PROPERTY.name() + "'";

    // a deadline that was never stored had none to miss: COALESCE makes the comparison true
    private static final String TALLIES = "SELECT category, channel,"
            + " COUNT(*) AS received,"
            + " SUM(CASE WHEN status = 'WITHDRAWN' AND responded_at IS NULL THEN 1 ELSE 0 END) AS withdrawn_unanswered,"
            + " SUM(CASE WHEN responded_at IS NOT NULL THEN 1 ELSE 0 END) AS responded,"
            + " SUM(CASE WHEN responded_at <= COALESCE(response_due_at, responded_at) THEN 1 ELSE 0 END)"
            + " AS responded_on_time,"
            + " SUM(CASE WHEN status NOT IN ('WITHDRAWN', 'REJECTED') THEN 1 ELSE 0 END) AS resolvable,"
            + " SUM(CASE WHEN " + RESOLVED + " THEN 1 ELSE 0 END) AS resolved,"
            + " SUM(CASE WHEN resolved_at <= COALESCE(resolution_due_at, resolved_at) THEN 1 ELSE 0 END)"
            + " AS resolved_on_time,"
            + " COALESCE(SUM(TIMESTAMPDIFF(SECOND, submitted_at, resolved_at)), 0) AS handling_seconds,"
            + " SUM(CASE WHEN rating IS NOT NULL THEN 1 ELSE 0 END) AS rated,"
            + " SUM(CASE WHEN rating >= 4 THEN 1 ELSE 0 END) AS satisfied,"
            + " COALESCE(SUM(rating), 0) AS rating_sum,"
            + " SUM(CASE WHEN " + RESOLVED + " OR reopen_count > 0 THEN 1 ELSE 0 END) AS ever_resolved,"
            + " SUM(CASE WHEN reopen_count > 0 THEN 1 ELSE 0 END) AS reopened";

    // a compound is the first four units of a path: '/1/2/3/40/41/42/' up to its fifth '/' is '/1/2/3/40'
    private static final String BY_COMPOUND =
            "SELECT SUBSTRING_INDEX(scope_path, '/', 5) AS compound, category, COUNT(*) AS received";

    private final JdbcClient jdbc;

    StatisticsQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One tally per category and channel that received anything: totals and breakdowns are added from these. */
    List<Group> tallies(StatisticsArea area, Period period) {
        return query(TALLIES, area, period, " GROUP BY category, channel")
                .query((rs, row) -> new Group(
                        RequestCategory.valueOf(rs.getString("category")),
                        RequestChannel.valueOf(rs.getString("channel")),
                        tally(rs)))
                .list();
    }

    /**
     * How many requests of each category each compound received. A place above any compound (none exists today:
     * every place is a home or a compound's common area) has a path of fewer than four units and is left out.
     */
    List<CompoundCount> byCompound(StatisticsArea area, Period period) {
        return query(BY_COMPOUND, area, period, " GROUP BY compound, category")
                .query((rs, row) -> new CompoundCount(
                        rs.getString("compound"),
                        RequestCategory.valueOf(rs.getString("category")),
                        rs.getLong("received")))
                .list()
                .stream()
                .filter(count -> !count.compound().endsWith("/"))
                .map(count -> new CompoundCount(count.compound() + "/", count.category(), count.received()))
                .toList();
    }

    private JdbcClient.StatementSpec query(String select, StatisticsArea area, Period period, String groupBy) {
        return jdbc.sql(select + WHERE + (area.propertyOnly() ? PROPERTY_ONLY : "") + groupBy)
                .param("prefix", area.pathPrefix())
                .param("start", Timestamp.from(period.start()))
                .param("end", Timestamp.from(period.end()));
    }

    private static Tally tally(ResultSet rs) throws SQLException {
        return new Tally(
                rs.getLong("received"),
                rs.getLong("withdrawn_unanswered"),
                rs.getLong("responded"),
                rs.getLong("responded_on_time"),
                rs.getLong("resolvable"),
                rs.getLong("resolved"),
                rs.getLong("resolved_on_time"),
                rs.getLong("handling_seconds"),
                rs.getLong("rated"),
                rs.getLong("satisfied"),
                rs.getLong("rating_sum"),
                rs.getLong("ever_resolved"),
                rs.getLong("reopened"));
    }

    /** The requests of one category that came through one channel. */
    record Group(RequestCategory category, RequestChannel channel, Tally tally) {}

    /** How many of one category a compound received; {@code compound} is its path. */
    record CompoundCount(String compound, RequestCategory category, long received) {}
}
