package org.linli.requests.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.linli.requests.RequestFixtures.COMMUNITY_ADMIN;
import static org.linli.requests.RequestFixtures.GRID_WORKER;
import static org.linli.requests.RequestFixtures.OTHER_PROPERTY_STAFF;
import static org.linli.requests.RequestFixtures.PROPERTY_STAFF;
import static org.linli.requests.RequestFixtures.STREET_ADMIN;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.linli.requests.AbstractIT;
import org.linli.requests.statistics.StatisticsFixtures.Filed;
import org.linli.requests.statistics.dto.Indicators;
import org.linli.testing.TestTokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** 接诉即办 statistics: each indicator on a week worked out by hand, the breakdowns, the top problems, whose. */
class StatisticsIT extends AbstractIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    JdbcClient jdbc;

    private StatisticsFixtures fixtures() {
        return new StatisticsFixtures(http(), clock);
    }

    /**
     * Indicators from a line in their order: received responded responseRate onTimeResponseRate resolved
     * resolutionRate onTimeRate rated satisfactionRate averageRating reopened reopenRate averageHandlingHours, "-"
     * for null.
     */
    static Indicators figures(String line) {
        String[] f = line.trim().split("\\s+");
        assertThat(f).hasSize(13);
        return new Indicators(
                Long.parseLong(f[0]),
                Long.parseLong(f[1]),
                decimal(f[2]),
                decimal(f[3]),
                Long.parseLong(f[4]),
                decimal(f[5]),
                decimal(f[6]),
                Long.parseLong(f[7]),
                decimal(f[8]),
                decimal(f[9]),
                Long.parseLong(f[10]),
                decimal(f[11]),
                decimal(f[12]));
    }

    private static BigDecimal decimal(String figure) {
        return figure.equals("-") ? null : new BigDecimal(figure);
    }

    /** The indicators in {@code node} are those of {@code line} ({@link #figures}); 0.8 is 0.8000, JSON has no scale. */
    private static void assertFigures(JsonNode node, String line) {
        assertThat(JSON.treeToValue(node, Indicators.class))
                .usingRecursiveComparison()
                .withComparatorForType(BigDecimal::compareTo, BigDecimal.class)
                .isEqualTo(figures(line));
    }

    private static List<String> keys(JsonNode rows, String key) {
        List<String> keys = new ArrayList<>();
        rows.forEach(row -> keys.add(row.get(key).asString()));
        return keys;
    }

    /**
     * Moves a request to another place: the fake district has one compound, so others are made by hand, at paths no
     * other test counts (RequestIntakeIT expects community 5 to hold nothing).
     */
    private void moveTo(Filed request, String path) {
        jdbc.sql("UPDATE resident_request SET scope_path = ? WHERE id = ?")
                .param(path)
                .param(request.id())
                .update();
    }

    @Nested
    class OfAKnownWeek {

        @Test
        void eachIndicatorIsExactlyWhatTheWeekGives() {
            fixtures().knownWeek(LocalDate.parse("2025-06-09"));

            JsonNode statistics = fixtures().statistics(COMMUNITY_ADMIN, "from=2025-06-09&to=2025-06-15");

            assertThat(statistics.get("from").asString()).isEqualTo("2025-06-09");
            assertThat(statistics.get("to").asString()).isEqualTo("2025-06-15");
            assertThat(statistics.get("unitPath").asString()).isEqualTo("/1/2/3/");
            assertFigures(statistics.get("totals"), "7 5 0.8333 0.8000 3 0.6000 0.6667 2 0.5000 3.50 1 0.3333 104.0");

            // the same requests by category, most received first and PARKING before NOISE among equals
            JsonNode byCategory = statistics.get("byCategory");
            assertThat(keys(byCategory, "category")).containsExactly("PARKING", "NOISE", "OTHER");
            assertFigures(
                    byCategory.get(0).get("indicators"), "3 3 1.0000 0.6667 1 0.5000 0.0000 0 - - 0 0.0000 240.0");
            assertFigures(
                    byCategory.get(1).get("indicators"),
                    "3 2 1.0000 1.0000 2 1.0000 1.0000 2 0.5000 3.50 1 0.5000 36.0");
            assertFigures(byCategory.get(2).get("indicators"), "1 0 0.0000 - 0 0.0000 - 0 - - 0 - -");

            // and by channel
            JsonNode byChannel = statistics.get("byChannel");
            assertThat(keys(byChannel, "channel")).containsExactly("MINI_PROGRAM", "PHONE", "GRID_PATROL");
            assertFigures(
                    byChannel.get(0).get("indicators"),
                    "5 3 0.7500 0.6667 3 0.7500 0.6667 2 0.5000 3.50 1 0.3333 104.0");
            assertFigures(byChannel.get(1).get("indicators"), "1 1 1.0000 1.0000 0 - - 0 - - 0 - -");
            assertFigures(byChannel.get(2).get("indicators"), "1 1 1.0000 1.0000 0 0.0000 - 0 - - 0 - -");
        }

        @Test
        void aSingleDayCountsFromBeijingMidnightToBeijingMidnight() {
            fixtures().knownWeek(LocalDate.parse("2025-06-23"));

            // Monday 10:00 brought A to E; Tuesday brought H; Sunday 23:59 brought F
            assertThat(fixtures()
                            .statistics(COMMUNITY_ADMIN, "from=2025-06-23&to=2025-06-23")
                            .at("/totals/received")
                            .asLong())
                    .isEqualTo(5);
            assertThat(fixtures()
                            .statistics(COMMUNITY_ADMIN, "from=2025-06-29&to=2025-06-29")
                            .at("/totals/received")
                            .asLong())
                    .isEqualTo(1);
            // the two just outside
            assertThat(fixtures()
                            .statistics(COMMUNITY_ADMIN, "from=2025-06-22&to=2025-06-22")
                            .at("/totals/received")
                            .asLong())
                    .isEqualTo(1);
            assertThat(fixtures()
                            .statistics(COMMUNITY_ADMIN, "from=2025-06-30&to=2025-06-30")
                            .at("/totals/received")
                            .asLong())
                    .isEqualTo(1);
        }
    }

    @Nested
    class WithNothingToCount {

        @Test
        void aQuietPeriodHasZeroReceivedAndNullRatesShownAsNull() {
            JsonNode statistics = fixtures().statistics(COMMUNITY_ADMIN, "from=2025-09-01&to=2025-09-07");

            assertFigures(statistics.get("totals"), "0 0 - - 0 - - 0 - - 0 - -");
            assertThat(statistics.at("/totals/responseRate").isNull()).isTrue(); // present, and null
            assertThat(statistics.get("byCategory")).isEmpty();
            assertThat(statistics.get("byChannel")).isEmpty();
        }
    }

    @Nested
    class TopCategoriesByCompound {

        /**
         * A week whose Tuesday brought compound 40: 3 NOISE, 2 PARKING, SAFETY, OTHER; compound 45: 2 PARKING,
         * ENVIRONMENT; community 6: NOISE. Answers the week as a query.
         */
        private String week(LocalDate monday) {
            StatisticsFixtures fixtures = fixtures();
            LocalDateTime tuesday = monday.plusDays(1).atTime(10, 0);
            for (String category : List.of("NOISE", "OTHER", "PARKING", "NOISE", "SAFETY", "PARKING", "NOISE")) {
                fixtures.filed(category, tuesday);
            }
            for (String category : List.of("ENVIRONMENT", "PARKING", "PARKING")) {
                moveTo(fixtures.filed(category, tuesday), "/1/2/3/45/46/47/");
            }
            moveTo(fixtures.filed("NOISE", tuesday), "/1/2/6/60/61/62/");
            return "from=" + monday + "&to=" + monday.plusDays(6);
        }

        private static List<String> ranked(JsonNode compound) {
            List<String> ranked = new ArrayList<>();
            compound.get("categories")
                    .forEach(c -> ranked.add(c.get("category").asString() + "="
                            + c.get("received").asLong()));
            return ranked;
        }

        @Test
        void eachCompoundRanksItsCategoriesMostFirstUpToTheLimit() {
            String week = week(LocalDate.parse("2025-08-04"));

            JsonNode top = fixtures().topCategories(COMMUNITY_ADMIN, week + "&limit=3");

            assertThat(top.get("limit").asInt()).isEqualTo(3);
            JsonNode compounds = top.get("compounds");
            assertThat(keys(compounds, "compoundPath")).containsExactly("/1/2/3/40/", "/1/2/3/45/");
            assertThat(compounds.get(0).get("compoundId").asLong()).isEqualTo(40);
            assertThat(compounds.get(0).get("received").asLong()).isEqualTo(7);
            // SAFETY and OTHER have one each: the categories' order decides
            assertThat(ranked(compounds.get(0))).containsExactly("NOISE=3", "PARKING=2", "SAFETY=1");
            assertThat(compounds.get(1).get("received").asLong()).isEqualTo(3);
            assertThat(ranked(compounds.get(1))).containsExactly("PARKING=2", "ENVIRONMENT=1");
        }

        @Test
        void fiveByDefaultAndTheStreetSeesEveryCommunitysCompounds() {
            String week = week(LocalDate.parse("2025-08-11"));

            JsonNode community = fixtures().topCategories(COMMUNITY_ADMIN, week);
            JsonNode street = fixtures().topCategories(STREET_ADMIN, week);

            assertThat(community.get("limit").asInt()).isEqualTo(5);
            assertThat(ranked(community.at("/compounds/0")))
                    .containsExactly("NOISE=3", "PARKING=2", "SAFETY=1", "OTHER=1");
            assertThat(keys(street.get("compounds"), "compoundPath"))
                    .containsExactly("/1/2/3/40/", "/1/2/3/45/", "/1/2/6/60/");
            assertThat(keys(
                            fixtures()
                                    .topCategories(STREET_ADMIN, week + "&unitPath=/1/2/3/45/")
                                    .get("compounds"),
                            "compoundPath"))
                    .containsExactly("/1/2/3/45/");
        }
    }

    @Nested
    class Whose {

        /**
         * A week whose Monday brought compound 40 two PARKING requests given to its property company, a NOISE one
         * given to the party member, and one about its gate nobody took up yet. Answers the week as a query.
         */
        private String week(LocalDate monday) {
            StatisticsFixtures fixtures = fixtures();
            LocalDateTime at = monday.atTime(10, 0);
            for (String category : List.of("PARKING", "PARKING", "NOISE")) {
                fixtures.accept(fixtures.filed(category, at), at.plusHours(1));
            }
            fixtures.recorded("WALK_IN", "PARKING", at);
            return "from=" + monday + "&to=" + monday.plusDays(6);
        }

        private long received(String token, String query) {
            return fixtures().statistics(token, query).at("/totals/received").asLong();
        }

        @Test
        void dispatchersCountTheirWholeAreaOrAUnitInsideIt() {
            String week = week(LocalDate.parse("2025-08-18"));

            assertThat(received(COMMUNITY_ADMIN, week)).isEqualTo(4);
            assertThat(received(GRID_WORKER, week)).isEqualTo(4);
            assertThat(received(STREET_ADMIN, week + "&unitPath=/1/2/3/")).isEqualTo(4);
            assertThat(received(TestTokens.systemAdmin(), week + "&unitPath=/1/2/3/40/"))
                    .isEqualTo(4);
            // the building holds the three homes' requests, not the one about the compound's gate
            assertThat(received(COMMUNITY_ADMIN, week + "&unitPath=/1/2/3/40/41/"))
                    .isEqualTo(3);
        }

        @Test
        void propertyStaffCountWhatIsDispatchedToTheirCompanyOnly() {
            String week = week(LocalDate.parse("2025-08-25"));

            JsonNode property = fixtures().statistics(PROPERTY_STAFF, week);

            assertThat(property.get("unitPath").asString()).isEqualTo("/1/2/3/40/");
            assertThat(property.at("/totals/received").asLong()).isEqualTo(2);
            assertThat(property.at("/totals/responded").asLong()).isEqualTo(2);
            assertThat(keys(property.get("byCategory"), "category")).containsExactly("PARKING");
            assertThat(received(OTHER_PROPERTY_STAFF, week)).isZero();
        }
    }
}
