package org.linli.requests.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.linli.requests.AbstractIT;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Not a test: the escalation scan over a million open requests, for `./dev bench requests` (which sets
 * {@code linli.bench.escalation}). Fills the table with 1,000,000 open requests whose next look is spread over
 * the coming year, of which {@link #DUE} are overdue now, then times one pass of the deadline job: finding what is
 * due (the indexed scan QueryPlansIT asserts) and escalating each. Heap is read before and after the pass, and at
 * its peak, from the JVM's own pools.
 */
class EscalationScanBench extends AbstractIT {

    static final int OPEN = Integer.getInteger("linli.bench.open", 1_000_000);
    static final int DUE = Integer.getInteger("linli.bench.due", 1_000);
    private static final int BATCH = 5_000;

    @Autowired
    DeadlineJob job;

    @Autowired
    ResidentRequestMapper requests;

    @Autowired
    JdbcTemplate batches;

    @Autowired
    JdbcClient jdbc;

    @Test
    void escalationScanOverAMillionOpenRequests() {
        assumeTrue(Boolean.getBoolean("linli.bench.escalation"), "a benchmark: ./dev bench requests runs it");
        Instant now = clock.instant();
        long filling = System.nanoTime();
        fill(now);
        double fillSeconds = (System.nanoTime() - filling) / 1e9;
        jdbc.sql("ANALYZE TABLE resident_request").query().listOfRows();

        System.gc();
        long heapBefore = usedHeap();
        resetPeaks();
        long scanning = System.nanoTime();
        List<Long> due = requests.selectDueIds(now, 200);
        double scanMs = (System.nanoTime() - scanning) / 1e6;
        long passing = System.nanoTime();
        int handled = job.runOnce();
        double passSeconds = (System.nanoTime() - passing) / 1e9;
        long peak = peakHeap();
        System.gc();
        long heapAfter = usedHeap();

        System.out.printf(
                "BENCH escalation open=%d due=%d fill_s=%.1f first_scan_ms=%.1f pass_s=%.2f per_request_ms=%.2f"
                        + " heap_before_mb=%.1f heap_peak_mb=%.1f heap_after_mb=%.1f%n",
                OPEN,
                handled,
                fillSeconds,
                scanMs,
                passSeconds,
                passSeconds * 1000 / Math.max(1, handled),
                heapBefore / 1e6,
                peak / 1e6,
                heapAfter / 1e6);
        assertThat(due).hasSize(Math.min(200, DUE));
        assertThat(handled).isEqualTo(DUE);
        assertThat(requests.selectDueIds(now, 10)).isEmpty();
    }

    /** Open requests, dispatched to their community, spread over 400 communities; the first DUE overdue. */
    private void fill(Instant now) {
        String insert = "INSERT INTO resident_request (kind, category, urgency, status, channel, text_cipher,"
                + " submitter_account_id, anonymous, scope_path, compound_path, submitted_at, response_amount,"
                + " response_unit, resolution_amount, resolution_unit, response_due_at, resolution_due_at, level,"
                + " handler_kind, handler_path, next_check_at, warned_at, created_at, updated_at)"
                + " VALUES ('REQUEST', 'NOISE', 'NORMAL', 'ASSIGNED', 'MINI_PROGRAM', 'x', ?, FALSE, ?, ?, ?, 1,"
                + " 'WORKING_DAYS', 13, 'WORKING_DAYS', ?, ?, 'COMMUNITY', 'ORG_UNIT', ?, ?, ?, NOW(3), NOW(3))";
        List<Object[]> rows = new ArrayList<>(BATCH);
        for (int i = 0; i < OPEN; i++) {
            boolean overdue = i < DUE;
            String community = "/9/" + (i % 20) + "/" + (i % 400) + "/";
            String compound = community + (i % 1600) + "/";
            Instant submitted = overdue ? now.minus(Duration.ofDays(20)) : now.minus(Duration.ofDays(1));
            Instant dueAt = overdue ? now.minus(Duration.ofHours(1)) : now.plus(Duration.ofMinutes(30L + i % 525_600));
            Timestamp deadline = Timestamp.from(dueAt);
            rows.add(new Object[] {
                5_000_000L + i,
                compound + (i % 50) + "/",
                compound,
                Timestamp.from(submitted),
                deadline,
                deadline,
                community,
                deadline,
                Timestamp.from(dueAt.minus(Duration.ofDays(1)))
            });
            if (rows.size() == BATCH) {
                batches.batchUpdate(insert, rows);
                rows.clear();
            }
        }
        if (!rows.isEmpty()) {
            batches.batchUpdate(insert, rows);
        }
    }

    private static long usedHeap() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static void resetPeaks() {
        heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long peakHeap() {
        return heapPools().stream()
                .mapToLong(pool -> pool.getPeakUsage().getUsed())
                .sum();
    }

    private static List<MemoryPoolMXBean> heapPools() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP)
                .toList();
    }
}
