package org.linli.bench.insert;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Under svc-requests' path, so the same wrk script and body drive both: one row, one transaction, 201. */
@RestController
class BareSubmissionController {

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;

    BareSubmissionController(JdbcClient jdbc, TransactionTemplate transaction) {
        this.jdbc = jdbc;
        this.transaction = transaction;
    }

    @PostMapping("/api/requests")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, Long> submit(@RequestBody BareSubmission submission) {
        // a transaction as svc-requests opens one (TransactionTemplate), around its one insert
        long id = transaction.execute(status -> insert(submission));
        return Map.of("id", id);
    }

    /** Ready once the pool reaches the database and schema.sql made the table. */
    @GetMapping("/bare/ready")
    String ready() {
        jdbc.sql("SELECT 1 FROM bare_request LIMIT 1").query().listOfRows();
        return "ready";
    }

    private long insert(BareSubmission submission) {
        KeyHolder id = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO bare_request (category, text, household_id, anonymous, submitted_at)"
                        + " VALUES (?, ?, ?, ?, ?)")
                .params(
                        submission.category(),
                        submission.text(),
                        submission.householdId(),
                        Boolean.TRUE.equals(submission.anonymous()),
                        Timestamp.valueOf(LocalDateTime.now()))
                .update(id);
        return id.getKey().longValue();
    }
}
