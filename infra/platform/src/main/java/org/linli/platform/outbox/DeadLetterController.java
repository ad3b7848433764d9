package org.linli.platform.outbox;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.linli.platform.access.SystemAdminOnly;
import org.linli.platform.apidocs.ProblemCode;
import org.linli.platform.error.DomainException;
import org.linli.platform.security.Caller;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.lang.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The service's dead letters for system administrators, under {@code linli.events.dead-letters.path}:
 * list them, newest first, and put one back on its stream for its group once its cause is fixed. A
 * replayed event that the group had applied after all is not applied again (the group deduplicates by
 * event id); one that failed never was.
 */
@RestController
@RequestMapping("${linli.events.dead-letters.path}")
@SystemAdminOnly
@Tag(
        name = "事件死信 · Event dead letters",
        description = "Events this service's consumers gave up on after their retries, for system administrators to"
                + " inspect and replay once the cause is fixed.")
public class DeadLetterController {

    private static final Logger log = LoggerFactory.getLogger(DeadLetterController.class);
    private static final int MAX_LIMIT = 200;

    private final DeadLetters deadLetters;

    public DeadLetterController(DeadLetters deadLetters) {
        this.deadLetters = deadLetters;
    }

    /** At most {@code limit} (up to 200) dead letters, newest first; {@code before} a letter's id to page back. */
    @GetMapping
    @Operation(summary = "List dead letters, newest first", description = "Page back with `before`: the last id seen.")
    @ProblemCode(status = 422, code = "dead-letter.invalid-limit", when = "limit is not 1 to 200.")
    @ProblemCode(status = 422, code = "dead-letter.invalid-cursor", when = "before is not a dead letter's id.")
    public List<DeadLetter> list(
            @Parameter(description = "How many, 1 to 200.", example = "50") @RequestParam(defaultValue = "50")
                    int limit,
            @Parameter(description = "A dead letter's id: list those older than it.", example = "1767225600000-0")
                    @RequestParam(required = false)
                    @Nullable
                    String before) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw DomainException.invalid("dead-letter.invalid-limit", "limit", "limit must be 1 to " + MAX_LIMIT);
        }
        if (before != null && !DeadLetters.isEntryId(before)) {
            throw DomainException.invalid(
                    "dead-letter.invalid-cursor", "before", "before must be a dead letter's id, e.g. 1767225600000-0");
        }
        return deadLetters.list(limit, before);
    }

    /** Puts the dead letter back on its source stream for its group, and removes it from the dead letters. */
    @PostMapping("/{id}/replay")
    @Operation(
            summary = "Replay a dead letter",
            description = "Puts the event back on its stream for its consumer group and removes the dead letter. A"
                    + " group that had applied the event after all does not apply it again.")
    @ProblemCode(
            status = 404,
            code = "dead-letter.not-found",
            when = "No dead letter with this id (already replayed?).")
    public DeadLetter replay(
            @Parameter(description = "The dead letter's id.", example = "1767225600000-0") @PathVariable String id,
            Caller caller) {
        DeadLetter replayed = deadLetters.replay(id).orElseThrow(() -> DomainException.notFound("dead-letter", id));
        log.info(
                "Dead letter {} (event {} of group {}) replayed by account {}",
                id,
                replayed.eventId(),
                replayed.group(),
                caller.accountId());
        return replayed;
    }
}
