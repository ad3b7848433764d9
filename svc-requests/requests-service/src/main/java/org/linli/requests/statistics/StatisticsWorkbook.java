package org.linli.requests.statistics;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.linli.requests.statistics.IndicatorColumn.Format;
import org.linli.requests.statistics.dto.CategoryCount;
import org.linli.requests.statistics.dto.CategoryIndicators;
import org.linli.requests.statistics.dto.ChannelIndicators;
import org.linli.requests.statistics.dto.CompoundTopCategories;
import org.linli.requests.statistics.dto.Indicators;
import org.linli.requests.statistics.dto.RequestStatisticsReport;
import org.linli.requests.statistics.dto.TopCategoriesReport;

/**
 * The statistics as an .xlsx workbook: 总体 (the totals), 按类别, 按渠道 (the breakdowns) and 各小区高发问题 (each
 * compound's top categories), with Chinese headers. The figures are the JSON's, numbers as numbers (rates as
 * shares Excel shows as percentages); where there is nothing to count the cell stays empty. Rows are streamed to
 * disk as they are written (SXSSF), as svc-organization's exports are.
 */
final class StatisticsWorkbook {

    static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    static final String TOTALS = "总体";
    static final String BY_CATEGORY = "按类别";
    static final String BY_CHANNEL = "按渠道";
    static final String TOP_CATEGORIES = "各小区高发问题";

    private StatisticsWorkbook() {}

    static void write(RequestStatisticsReport report, TopCategoriesReport top, OutputStream out) throws IOException {
        try (SXSSFWorkbook book = new SXSSFWorkbook(100)) {
            Styles styles = new Styles(book);

            Sheet totals = book.createSheet(TOTALS);
            header(totals, List.of("统计区域", "开始日期", "结束日期"));
            Row total = totals.createRow(1);
            text(total, 0, report.unitPath());
            text(total, 1, report.from().toString());
            text(total, 2, report.to().toString());
            indicators(total, 3, report.totals(), styles);

            Sheet byCategory = book.createSheet(BY_CATEGORY);
            header(byCategory, List.of("问题类别"));
            int next = 1;
            for (CategoryIndicators row : report.byCategory()) {
                Row cells = byCategory.createRow(next++);
                text(cells, 0, ChineseNames.of(row.category()));
                indicators(cells, 1, row.indicators(), styles);
            }

            Sheet byChannel = book.createSheet(BY_CHANNEL);
            header(byChannel, List.of("渠道"));
            next = 1;
            for (ChannelIndicators row : report.byChannel()) {
                Row cells = byChannel.createRow(next++);
                text(cells, 0, ChineseNames.of(row.channel()));
                indicators(cells, 1, row.indicators(), styles);
            }

            topCategories(book.createSheet(TOP_CATEGORIES), top, styles);
            book.write(out);
            out.flush();
        }
    }

    private static void topCategories(Sheet sheet, TopCategoriesReport top, Styles styles) {
        headers(sheet, List.of("小区", "小区编号", "小区受理量", "排名", "问题类别", "受理量"));
        int next = 1;
        for (CompoundTopCategories compound : top.compounds()) {
            int rank = 1;
            for (CategoryCount category : compound.categories()) {
                Row row = sheet.createRow(next++);
                text(row, 0, compound.compoundPath());
                number(row, 1, compound.compoundId(), styles.of(Format.COUNT));
                number(row, 2, compound.received(), styles.of(Format.COUNT));
                number(row, 3, rank++, styles.of(Format.COUNT));
                text(row, 4, ChineseNames.of(category.category()));
                number(row, 5, category.received(), styles.of(Format.COUNT));
            }
        }
    }

    /** A header row: the given leading columns, then one per indicator. */
    private static void header(Sheet sheet, List<String> leading) {
        List<String> headers = new ArrayList<>(leading);
        for (IndicatorColumn column : IndicatorColumn.values()) {
            headers.add(column.header());
        }
        headers(sheet, headers);
    }

    private static void headers(Sheet sheet, List<String> headers) {
        Row row = sheet.createRow(0);
        for (int i = 0; i < headers.size(); i++) {
            text(row, i, headers.get(i));
        }
    }

    private static void indicators(Row row, int first, Indicators indicators, Styles styles) {
        IndicatorColumn[] columns = IndicatorColumn.values();
        for (int i = 0; i < columns.length; i++) {
            Number value = columns[i].of(indicators);
            if (value != null) {
                number(row, first + i, value, styles.of(columns[i].format()));
            }
        }
    }

    private static void text(Row row, int column, String value) {
        row.createCell(column).setCellValue(value);
    }

    private static void number(Row row, int column, Number value, CellStyle style) {
        Cell cell = row.createCell(column);
        // the JSON's rounded figure, so the sheet and the console show the same number
        cell.setCellValue(value.doubleValue());
        cell.setCellStyle(style);
    }

    /** One cell style per number format: a workbook holds at most 64,000 styles, so they are shared. */
    private static final class Styles {
        private final Map<Format, CellStyle> styles = new EnumMap<>(Format.class);

        Styles(SXSSFWorkbook book) {
            for (Format format : Format.values()) {
                CellStyle style = book.createCellStyle();
                style.setDataFormat(book.createDataFormat().getFormat(format.pattern()));
                styles.put(format, style);
            }
        }

        CellStyle of(Format format) {
            return styles.get(format);
        }
    }
}
