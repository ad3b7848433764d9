package org.linli.requests.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.linli.requests.RequestFixtures.COMMUNITY_ADMIN;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.linli.requests.AbstractIT;
import org.linli.testing.Http;
import org.springframework.http.HttpHeaders;
import tools.jackson.databind.JsonNode;

/** The .xlsx export opens, and holds the JSON's figures under Chinese headers. */
class StatisticsExportIT extends AbstractIT {

    private static final String WEEK = "from=2025-07-07&to=2025-07-13";

    /** Each header and the JSON field it shows, written out here rather than taken from the code under test. */
    private static final Map<String, String> INDICATORS = new LinkedHashMap<>();

    static {
        INDICATORS.put("受理量", "received");
        INDICATORS.put("已响应", "responded");
        INDICATORS.put("响应率", "responseRate");
        INDICATORS.put("按时响应率", "onTimeResponseRate");
        INDICATORS.put("已办结", "resolved");
        INDICATORS.put("办结率", "resolutionRate");
        INDICATORS.put("按时办结率", "onTimeRate");
        INDICATORS.put("已评价", "rated");
        INDICATORS.put("满意率", "satisfactionRate");
        INDICATORS.put("平均评分", "averageRating");
        INDICATORS.put("重办量", "reopened");
        INDICATORS.put("重办率", "reopenRate");
        INDICATORS.put("平均办理时长(小时)", "averageHandlingHours");
    }

    private static List<String> row(Sheet sheet, int index) {
        List<String> cells = new ArrayList<>();
        sheet.getRow(index).forEach(cell -> cells.add(cell.toString()));
        return cells;
    }

    /** The indicator cells of a row, from its column {@code first} on, against the JSON's figures. */
    private static void assertFigures(Row row, int first, JsonNode indicators) {
        int column = first;
        for (String field : INDICATORS.values()) {
            Cell cell = row.getCell(column++);
            JsonNode figure = indicators.get(field);
            if (figure.isNull()) {
                assertThat(cell == null || cell.getCellType() == CellType.BLANK)
                        .as(field)
                        .isTrue();
            } else {
                assertThat(cell.getNumericCellValue()).as(field).isEqualTo(figure.asDouble());
            }
        }
    }

    @Test
    void theWorkbookHoldsTheTotalsTheBreakdownsAndTheTopCategoriesOfTheJson() throws IOException {
        new StatisticsFixtures(http(), clock).knownWeek(LocalDate.parse("2025-07-07"));
        JsonNode json =
                http().get("/api/requests/statistics?" + WEEK, COMMUNITY_ADMIN).json();
        JsonNode top = http().get("/api/requests/statistics/top-categories?" + WEEK, COMMUNITY_ADMIN)
                .json();

        Http.Response export = http().get("/api/requests/statistics/export.xlsx?" + WEEK, COMMUNITY_ADMIN);

        assertThat(export.status()).as(export.toString()).isEqualTo(200);
        assertThat(export.headers().getContentType()).hasToString(StatisticsWorkbook.CONTENT_TYPE);
        assertThat(export.headers().getFirst(HttpHeaders.CONTENT_DISPOSITION))
                .startsWith("attachment;")
                .contains("request-statistics-3-2025-07-07-2025-07-13.xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(export.raw()))) {
            assertThat(List.of(book.getSheetName(0), book.getSheetName(1), book.getSheetName(2), book.getSheetName(3)))
                    .containsExactly("总体", "按类别", "按渠道", "各小区高发问题");

            Sheet totals = book.getSheet("总体");
            List<String> headers = new ArrayList<>(List.of("统计区域", "开始日期", "结束日期"));
            headers.addAll(INDICATORS.keySet());
            assertThat(row(totals, 0)).containsExactlyElementsOf(headers);
            assertThat(row(totals, 1).subList(0, 3)).containsExactly("/1/2/3/", "2025-07-07", "2025-07-13");
            assertThat(totals.getRow(1).getCell(3).getNumericCellValue()).isEqualTo(7);
            assertFigures(totals.getRow(1), 3, json.get("totals"));

            Sheet byCategory = book.getSheet("按类别");
            assertThat(row(byCategory, 0).get(0)).isEqualTo("问题类别");
            assertThat(byCategory.getLastRowNum()).isEqualTo(3);
            List<String> categories = List.of("停车管理", "噪音扰民", "其他"); // PARKING, NOISE, OTHER
            for (int i = 0; i < 3; i++) {
                assertThat(byCategory.getRow(i + 1).getCell(0).getStringCellValue())
                        .isEqualTo(categories.get(i));
                assertFigures(
                        byCategory.getRow(i + 1),
                        1,
                        json.get("byCategory").get(i).get("indicators"));
            }

            Sheet byChannel = book.getSheet("按渠道");
            assertThat(byChannel.getLastRowNum()).isEqualTo(3);
            List<String> channels = List.of("小程序", "电话", "网格巡查"); // MINI_PROGRAM, PHONE, GRID_PATROL
            for (int i = 0; i < 3; i++) {
                assertThat(byChannel.getRow(i + 1).getCell(0).getStringCellValue())
                        .isEqualTo(channels.get(i));
                assertFigures(
                        byChannel.getRow(i + 1), 1, json.get("byChannel").get(i).get("indicators"));
            }

            Sheet byCompound = book.getSheet("各小区高发问题");
            assertThat(row(byCompound, 0)).containsExactly("小区", "小区编号", "小区受理量", "排名", "问题类别", "受理量");
            JsonNode compound = top.at("/compounds/0");
            assertThat(top.get("compounds")).hasSize(1);
            assertThat(byCompound.getLastRowNum())
                    .isEqualTo(compound.get("categories").size());
            for (int i = 0; i < compound.get("categories").size(); i++) {
                Row cells = byCompound.getRow(i + 1);
                assertThat(cells.getCell(0).getStringCellValue()).isEqualTo("/1/2/3/40/");
                assertThat(cells.getCell(1).getNumericCellValue()).isEqualTo(40);
                assertThat(cells.getCell(2).getNumericCellValue()).isEqualTo(7);
                assertThat(cells.getCell(3).getNumericCellValue()).isEqualTo(i + 1);
                assertThat(cells.getCell(5).getNumericCellValue())
                        .isEqualTo(compound.get("categories")
                                .get(i)
                                .get("received")
                                .asDouble());
            }
            assertThat(byCompound.getRow(1).getCell(4).getStringCellValue()).isEqualTo("停车管理");
            assertThat(byCompound.getRow(2).getCell(4).getStringCellValue()).isEqualTo("噪音扰民");
        }
    }
}
