package org.linli.platform.outbox;

import java.util.List;
import org.linli.platform.access.SystemAdminOnly;
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
public class DeadLetterController {

    private static final Logger log = LoggerFactory.getLogger(DeadLetterController.class);
    private static final int MAX_LIMIT = 200;

    private final DeadLetters deadLetters;

    public DeadLetterController(DeadLetters deadLetters) {
        this.deadLetters = deadLetters;
    }

    /** At most {@code limit} (up to 200) dead letters, newest first; {@code before} a letter's id to page back. */
    @GetMapping
    public List<DeadLetter> list(
            @RequestParam(defaultValue = "50") int limit, @RequestParam(required = false) @Nullable String before) {
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
    public DeadLetter replay(@PathVariable String id, Caller caller) {
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
