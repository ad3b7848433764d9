package org.linli.requests.triage;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.linli.platform.error.DomainException;
import org.linli.platform.security.Caller;
import org.linli.requests.triage.dto.CategoryRuleView;
import org.linli.requests.triage.dto.ChangeCategoryRule;
import org.linli.requests.triage.dto.ChangeSlaRow;
import org.linli.requests.triage.dto.SlaRow;
import org.springframework.stereotype.Service;

/**
 * The rules triage applies (分类分级): each category's default urgency and route, and the SLA table. A request
 * takes its terms when it is filed (or when staff change its urgency); editing the table later changes no
 * deadline already given, since a resident was told that one. Every filing reads them, so each instance keeps
 * them for {@link #KEPT_FOR}: a change made on another instance applies here within that time, one made here at
 * once.
 */
@Service
public class TriageRules {

    static final Duration KEPT_FOR = Duration.ofSeconds(30);

    private final CategoryRuleMapper categories;
    private final SlaRuleMapper sla;
    private final Clock clock;
    private final LoadingCache<RequestCategory, CategoryDefaults> defaults;
    private final LoadingCache<SlaKey, SlaTerms> terms;

    TriageRules(CategoryRuleMapper categories, SlaRuleMapper sla, Clock clock) {
        this.categories = categories;
        this.sla = sla;
        this.clock = clock;
        this.defaults = Caffeine.newBuilder().expireAfterWrite(KEPT_FOR).build(this::loadDefaults);
        this.terms = Caffeine.newBuilder().expireAfterWrite(KEPT_FOR).build(this::loadTerms);
    }

    public CategoryDefaults defaultsFor(RequestCategory category) {
        return defaults.get(category);
    }

    public SlaTerms termsFor(RequestCategory category, Urgency urgency) {
        return terms.get(new SlaKey(category, urgency));
    }

    private CategoryDefaults loadDefaults(RequestCategory category) {
        CategoryRule rule = categories.selectById(category);
        if (rule == null) {
            // V3 holds a rule per category; a category added in code without its row is a deployment bug
            throw new IllegalStateException("no category_rule row for " + category);
        }
        return new CategoryDefaults(rule.getDefaultUrgency(), rule.getRoute());
    }

    private SlaTerms loadTerms(SlaKey key) {
        SlaRule row = sla.selectRow(key.category(), key.urgency());
        if (row == null) {
            throw new IllegalStateException("no sla_rule row for " + key.category() + " × " + key.urgency());
        }
        return row.terms();
    }

    private record SlaKey(RequestCategory category, Urgency urgency) {}

    public List<CategoryRuleView> categoryRules() {
        return categories.selectList(null).stream()
                .sorted((a, b) -> a.getCategory().compareTo(b.getCategory()))
                .map(TriageRules::view)
                .toList();
    }

    public CategoryRuleView changeCategoryRule(Caller caller, RequestCategory category, ChangeCategoryRule change) {
        CategoryRule rule = new CategoryRule();
        rule.setCategory(category);
        rule.setDefaultUrgency(change.defaultUrgency());
        rule.setRoute(change.route());
        rule.setUpdatedAt(clock.instant());
        rule.setUpdatedBy(caller.accountId());
        categories.updateById(rule);
        defaults.invalidate(category);
        return view(categories.selectById(category));
    }

    public List<SlaRow> slaTable() {
        return sla.selectTable().stream().map(TriageRules::row).toList();
    }

    public SlaRow changeSlaRow(Caller caller, RequestCategory category, Urgency urgency, ChangeSlaRow change) {
        SlaTerms terms = checked(change);
        SlaRule row = new SlaRule();
        row.setCategory(category);
        row.setUrgency(urgency);
        row.setResponseAmount(terms.response().amount());
        row.setResponseUnit(terms.response().unit());
        row.setResolutionAmount(terms.resolution().amount());
        row.setResolutionUnit(terms.resolution().unit());
        row.setUpdatedAt(clock.instant());
        row.setUpdatedBy(caller.accountId());
        sla.updateRow(row);
        this.terms.invalidate(new SlaKey(category, urgency));
        return row(sla.selectRow(category, urgency));
    }

    private static SlaTerms checked(ChangeSlaRow change) {
        Sla response = sla("responseAmount", change.responseAmount(), change.responseUnit());
        Sla resolution = sla("resolutionAmount", change.resolutionAmount(), change.resolutionUnit());
        if (response.unit() == resolution.unit() && response.amount() > resolution.amount()) {
            throw DomainException.invalid(
                    "sla.response-after-resolution",
                    "responseAmount",
                    "the time to respond cannot be longer than the time to resolve");
        }
        return new SlaTerms(response, resolution);
    }

    private static Sla sla(String field, int amount, SlaUnit unit) {
        int max = unit == SlaUnit.HOURS ? Sla.MAX_HOURS : Sla.MAX_WORKING_DAYS;
        if (amount > max) {
            throw DomainException.invalid(
                    "sla.too-long",
                    field,
                    "at most " + max + " " + unit.name().toLowerCase().replace('_', ' '));
        }
        return new Sla(amount, unit);
    }

    private static CategoryRuleView view(CategoryRule rule) {
        return new CategoryRuleView(rule.getCategory(), rule.getDefaultUrgency(), rule.getRoute());
    }

    private static SlaRow row(SlaRule rule) {
        return new SlaRow(
                rule.getCategory(),
                rule.getUrgency(),
                rule.getResponseAmount(),
                rule.getResponseUnit(),
                rule.getResolutionAmount(),
                rule.getResolutionUnit());
    }
}
