package org.linli.requests.demo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.linli.requests.demo.DemoCase.PlannedStep;
import org.linli.requests.demo.DemoScript.Step;
import org.linli.requests.demo.DemoTexts.Template;
import org.linli.requests.request.RequestChannel;
import org.linli.requests.triage.RequestCategory;

/**
 * The demo requests, planned one by one and deterministically: case {@code i} depends on {@code i} alone (its
 * own seed), so a run asked for more requests than the last one adds to them without changing those made, and
 * a run cut short goes on where it stopped. The first cases tell every story once, through every channel and
 * category in turn; the rest are drawn by weight, as a community sees them.
 */
final class DemoPlan {

    static final long SEED = 20_261_208L;
    private static final DemoStory[] STORIES = DemoStory.values();
    private static final RequestChannel[] CHANNELS = RequestChannel.values();
    private static final RequestCategory[] CATEGORIES = RequestCategory.values();
    /**
     * How requests reach a community, in {@link RequestChannel}'s order: most from the mini-program, the rest
     * recorded by staff.
     */
    private static final int[] CHANNEL_WEIGHTS = {60, 12, 8, 10, 10};
    /** How often each category comes, in {@link RequestCategory}'s order: property matters the most. */
    private static final int[] CATEGORY_WEIGHTS = {12, 10, 14, 12, 6, 9, 7, 5, 7, 4, 5, 2, 7};
    /** Share of residents who hide who they are from the handlers. */
    private static final int ANONYMOUS_PERCENT = 8;

    /** Nine in ten resolved on time rate it 4 or 5 (满意); one resolved late rates lower. */
    private static final int[] RATINGS = {5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 4, 4, 4, 4, 4, 4, 3, 2};

    private static final int[] LATE_RATINGS = {3, 3, 2, 2, 1, 1};
    /** Share of finished requests the community accepted after its time to respond. */
    private static final int LATE_RESPONSE_PERCENT = 12;

    private static final DemoScript.Window LATE_RESPONSE = DemoScript.response(1.05, 1.4);

    private DemoPlan() {}

    static DemoCase caseAt(int index) {
        SplittableRandom random = new SplittableRandom(SEED + 7_919L * index);
        boolean covering = index < STORIES.length;
        DemoStory story = covering ? STORIES[index] : STORIES[weighted(random, weights())];
        RequestChannel channel = covering ? channelInTurn(story, index) : drawChannel(story, random);
        RequestCategory category =
                covering ? categoryInTurn(story, channel, index) : drawCategory(story, channel, random);
        List<Template> templates = templatesFor(story, channel, category);
        Template template = templates.get(random.nextInt(templates.size()));
        String place = template.aboutAPlace() ? DemoTexts.pick(template.places(), random) : null;
        boolean recorded = channel != RequestChannel.MINI_PROGRAM;
        boolean contact = recorded && channel != RequestChannel.GRID_PATROL;
        return new DemoCase(
                index,
                story,
                category,
                channel,
                template.write(place),
                place,
                !recorded && random.nextInt(100) < ANONYMOUS_PERCENT,
                contact ? DemoTexts.contactName(random) : null,
                contact ? DemoTexts.contactPhone(random) : null,
                random.nextDouble(),
                random.nextInt(Integer.MAX_VALUE),
                story.now().draw(random.nextDouble()),
                7 * 60 + random.nextInt(15 * 60),
                steps(story, category, random));
    }

    private static List<PlannedStep> steps(DemoStory story, RequestCategory category, SplittableRandom random) {
        List<String> question = DemoTexts.QUESTIONS.get(random.nextInt(DemoTexts.QUESTIONS.size()));
        boolean late = story == DemoStory.CLOSED_LATE;
        List<PlannedStep> planned = new ArrayList<>();
        // only where the story is over: a late acceptance of an open one could fall after now
        boolean respondsLate = story.now().daytime() && random.nextInt(100) < LATE_RESPONSE_PERCENT;
        for (Step step : story.steps()) {
            DemoScript.Window window =
                    step.action() == DemoAction.ACCEPT && respondsLate ? LATE_RESPONSE : step.window();
            DemoScript.Moment when = window.draw(random.nextDouble());
            Integer rating = null;
            String note =
                    switch (step.action()) {
                        case RESOLVE -> DemoTexts.RESOLUTIONS.get(category);
                        case REJECT -> DemoTexts.pick(DemoTexts.REJECTIONS, random);
                        case SEND_BACK -> DemoTexts.pick(DemoTexts.SEND_BACKS, random);
                        case ESCALATE -> DemoTexts.pick(DemoTexts.ESCALATIONS, random);
                        case ASK -> question.get(0);
                        case ANSWER -> question.get(1);
                        case REOPEN -> DemoTexts.pick(DemoTexts.REOPENS, random);
                        case WITHDRAW -> DemoTexts.pick(DemoTexts.WITHDRAWALS, random);
                        case REASSIGN_TO_COMMUNITY -> DemoTexts.REASSIGNED;
                        case REDISPATCH -> DemoTexts.REDISPATCHED;
                        case RAISE_URGENCY -> DemoTexts.RAISED;
                        case CONFIRM -> {
                            int[] from = late ? LATE_RATINGS : RATINGS;
                            rating = from[random.nextInt(from.length)];
                            yield DemoTexts.pick(DemoTexts.COMMENTS.get(rating), random);
                        }
                        default -> null;
                    };
            planned.add(new PlannedStep(step.action(), when, note, rating));
        }
        return List.copyOf(planned);
    }

    static boolean suits(DemoStory story, RequestChannel channel) {
        DemoStory.Fit fit = story.fit();
        return !(fit.residentOnly() && channel != RequestChannel.MINI_PROGRAM)
                && !(fit.needsHousehold() && channel == RequestChannel.GRID_PATROL)
                && Arrays.stream(CATEGORIES).anyMatch(category -> suits(story, channel, category));
    }

    /** The templates a case may use: about a place when found on patrol, about the home when its story needs it. */
    static List<Template> templatesFor(DemoStory story, RequestChannel channel, RequestCategory category) {
        return DemoTexts.templatesOf(category).stream()
                .filter(t -> channel != RequestChannel.GRID_PATROL || t.aboutAPlace())
                .filter(t -> !story.fit().aboutTheHome() || !t.aboutAPlace())
                .toList();
    }

    private static boolean suits(DemoStory story, RequestChannel channel, RequestCategory category) {
        return story.fit().allows(category)
                && !templatesFor(story, channel, category).isEmpty();
    }

    private static RequestChannel channelInTurn(DemoStory story, int index) {
        for (int k = 0; k < CHANNELS.length; k++) {
            RequestChannel channel = CHANNELS[(index + k) % CHANNELS.length];
            if (suits(story, channel)) {
                return channel;
            }
        }
        throw new IllegalStateException("no channel suits " + story);
    }

    private static RequestCategory categoryInTurn(DemoStory story, RequestChannel channel, int index) {
        for (int k = 0; k < CATEGORIES.length; k++) {
            RequestCategory category = CATEGORIES[(index + k) % CATEGORIES.length];
            if (suits(story, channel, category)) {
                return category;
            }
        }
        throw new IllegalStateException("no category suits " + story + " through " + channel);
    }

    private static RequestChannel drawChannel(DemoStory story, SplittableRandom random) {
        int[] weights = CHANNEL_WEIGHTS.clone();
        for (int c = 0; c < CHANNELS.length; c++) {
            if (!suits(story, CHANNELS[c])) {
                weights[c] = 0;
            }
        }
        return CHANNELS[weighted(random, weights)];
    }

    private static RequestCategory drawCategory(DemoStory story, RequestChannel channel, SplittableRandom random) {
        int[] weights = CATEGORY_WEIGHTS.clone();
        for (int c = 0; c < CATEGORIES.length; c++) {
            if (!suits(story, channel, CATEGORIES[c])) {
                weights[c] = 0;
            }
        }
        return CATEGORIES[weighted(random, weights)];
    }

    private static int[] weights() {
        return Arrays.stream(STORIES).mapToInt(DemoStory::weight).toArray();
    }

    private static int weighted(SplittableRandom random, int[] weights) {
        int roll = random.nextInt(Arrays.stream(weights).sum());
        for (int i = 0; i < weights.length; i++) {
            roll -= weights[i];
            if (roll < 0) {
                return i;
            }
        }
        throw new IllegalStateException("weights sum to nothing");
    }
}
