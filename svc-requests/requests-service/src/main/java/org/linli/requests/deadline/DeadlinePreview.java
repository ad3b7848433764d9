package org.linli.requests.deadline;

import java.time.Instant;
import java.time.OffsetDateTime;
import org.linli.requests.deadline.dto.DeadlineAnswer;
import org.linli.requests.triage.RequestCategory;
import org.linli.requests.triage.TriageRules;
import org.linli.requests.triage.Urgency;
import org.springframework.stereotype.Service;

/** What administrators check their tables with: the deadlines a request filed at a given instant would get. */
@Service
class DeadlinePreview {

    private final DeadlineCalculator calculator;
    private final TriageRules rules;

    DeadlinePreview(DeadlineCalculator calculator, TriageRules rules) {
        this.calculator = calculator;
        this.rules = rules;
    }

    DeadlineAnswer forCategory(Instant at, RequestCategory category, Urgency urgency) {
        Urgency applied =
                urgency != null ? urgency : rules.defaultsFor(category).urgency();
        DueDates due = calculator.dueDates(DeadlineBasis.fresh(at, rules.termsFor(category, applied)));
        return new DeadlineAnswer(
                null,
                category,
                applied,
                Deadlines.inBeijing(due.response()),
                Deadlines.inBeijing(due.resolution()),
                due.provisional() ? Boolean.TRUE : null);
    }

    DeadlineAnswer afterWorkingDays(Instant at, int workingDays) {
        OffsetDateTime deadline = calculator.afterWorkingDays(at, workingDays);
        return DeadlineAnswer.single(deadline, !calculator.isFinal(at, deadline));
    }

    DeadlineAnswer afterHours(Instant at, int hours) {
        return DeadlineAnswer.single(calculator.afterHours(at, hours), false);
    }
}
