package org.linli.requests.triage;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import org.linli.platform.access.StaffOnly;
import org.linli.platform.access.SystemAdminOnly;
import org.linli.platform.apidocs.ProblemCode;
import org.linli.platform.security.Caller;
import org.linli.requests.triage.dto.CategoryRuleView;
import org.linli.requests.triage.dto.ChangeCategoryRule;
import org.linli.requests.triage.dto.ChangeSlaRow;
import org.linli.requests.triage.dto.SlaRow;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/requests/rules")
@Tag(
        name = "分类与时限 · Categories and time limits",
        description = "Each category's default urgency and route, and the SLA table (办理时限) per category ×"
                + " urgency. One table for the whole deployment, maintained by the system administrator; a"
                + " request keeps the terms it was filed under.")
class TriageRulesController {

    private static final String SAME_EVERYWHERE =
            "Any staff member: the rules are the same everywhere and hold no" + " one's data.";
    private static final String DEPLOYMENT_WIDE = "The whole deployment: every community's requests filed from now on.";

    private final TriageRules rules;

    TriageRulesController(TriageRules rules) {
        this.rules = rules;
    }

    @GetMapping("/categories")
    @StaffOnly(scope = SAME_EVERYWHERE)
    @Operation(summary = "List the category rules", description = "Every category, its default urgency and route.")
    List<CategoryRuleView> categories() {
        return rules.categoryRules();
    }

    @PutMapping("/categories/{category}")
    @SystemAdminOnly(scope = DEPLOYMENT_WIDE)
    @Operation(summary = "Change a category's defaults")
    @ProblemCode(status = 422, code = "request.invalid", when = "defaultUrgency or route is missing.")
    CategoryRuleView changeCategory(
            Caller caller,
            @Parameter(description = "The category.", example = "EBIKE_CHARGING") @PathVariable
                    RequestCategory category,
            @Valid @RequestBody ChangeCategoryRule change) {
        return rules.changeCategoryRule(caller, category, change);
    }

    @GetMapping("/sla")
    @StaffOnly(scope = SAME_EVERYWHERE)
    @Operation(summary = "Show the SLA table", description = "One row per category × urgency.")
    List<SlaRow> slaTable() {
        return rules.slaTable();
    }

    @PutMapping("/sla/{category}/{urgency}")
    @SystemAdminOnly(scope = DEPLOYMENT_WIDE)
    @Operation(
            summary = "Change one row of the SLA table",
            description = "Hours are wall-clock (1 to 720); working days follow the calendar (1 to 60). Requests"
                    + " already filed keep their deadlines.")
    @ProblemCode(
            status = 422,
            code = "request.invalid",
            when = "An amount is missing or below 1, or a unit is missing; `errors` names it.")
    @ProblemCode(status = 422, code = "sla.too-long", when = "More than 60 working days.")
    @ProblemCode(
            status = 422,
            code = "sla.response-after-resolution",
            when = "In the same unit, the time to respond is longer than the time to resolve.")
    SlaRow changeSla(
            Caller caller,
            @Parameter(description = "The category.", example = "NOISE") @PathVariable RequestCategory category,
            @Parameter(description = "The urgency.", example = "NORMAL") @PathVariable Urgency urgency,
            @Valid @RequestBody ChangeSlaRow change) {
        return rules.changeSlaRow(caller, category, urgency, change);
    }
}
