package org.linli.requests.statistics;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.linli.platform.access.StaffOnly;
import org.linli.platform.apidocs.ProblemCode;
import org.linli.platform.security.Caller;
import org.linli.requests.statistics.dto.RequestStatisticsReport;
import org.linli.requests.statistics.dto.TopCategoriesReport;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** 接诉即办 statistics for the console: the indicators of an area and period, its compounds' top problems, a sheet. */
@RestController
@RequestMapping("/api/requests/statistics")
@Tag(
        name = "诉求统计 · Request statistics",
        description = "The Beijing 接诉即办 indicators (响应率, 办结率, 满意率 and more) of the requests received in an area"
                + " over a period of Beijing calendar days, by category and by channel; each compound's most frequent"
                + " problems (高发问题); the same as an .xlsx sheet. Each indicator is defined in the Indicators"
                + " schema; one with nothing to count is null.")
@StaffOnly(
        scope = "Dispatchers (grid workers, community, street and system administrators): the requests placed in"
                + " their own org subtree, or in the unit unitPath inside it. Property staff: only those of their"
                + " compound dispatched to their property company. A unitPath outside the caller's subtree answers"
                + " 404.")
@ProblemCode(
        status = 404,
        code = "org-unit.not-found",
        when = "unitPath lies outside the caller's subtree (whether or not such a unit exists).")
@ProblemCode(status = 422, code = "statistics.period-reversed", when = "to is before from; `errors` names to.")
@ProblemCode(
        status = 422,
        code = "statistics.period-too-long",
        when = "The period is longer than 366 days, from and to included; `errors` names to.")
@ProblemCode(
        status = 422,
        code = "request.invalid",
        when = "unitPath is no org path (/1/2/3/), or limit is out of range; `errors` names it.")
class StatisticsController {

    private static final String FROM = "The first day counted, a Beijing calendar day (ISO date).";
    private static final String TO = "The last day counted, included; at most 366 days after from, counting both.";
    private static final String UNIT_PATH =
            "A unit inside the caller's subtree, by its org path; the caller's own subtree when left out.";
    /** An org path: "/" (a system administrator's whole platform) or ids each followed by a slash. */
    private static final String ORG_PATH = "^/(\\d+/)*$";

    private final RequestStatistics statistics;

    StatisticsController(RequestStatistics statistics) {
        this.statistics = statistics;
    }

    @GetMapping
    @Operation(
            summary = "The indicators of an area and period",
            description = "Of the requests submitted on the period's days whose place lies in the area: received,"
                    + " response rate and on-time response rate, resolution rate and on-time rate, satisfaction rate"
                    + " and average rating, reopen rate, average handling hours; in total, by category and by"
                    + " channel. Each request counts as it stands now, so a past period's figures still move as"
                    + " its requests do.")
    RequestStatisticsReport statistics(
            Caller caller,
            @Parameter(description = FROM, example = "2026-03-01")
                    @RequestParam
                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    LocalDate from,
            @Parameter(description = TO, example = "2026-03-31")
                    @RequestParam
                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    LocalDate to,
            @Parameter(description = UNIT_PATH, example = "/1/2/3/")
                    @RequestParam(required = false)
                    @Pattern(regexp = ORG_PATH)
                    String unitPath) {
        return statistics.indicators(caller, from, to, unitPath);
    }

    @GetMapping("/top-categories")
    @Operation(
            summary = "Each compound's most frequent problems (高发问题)",
            description = "For each compound of the area that received requests in the period (most first): how"
                    + " many it received, and its categories ranked by how many, at most limit of them.")
    TopCategoriesReport topCategories(
            Caller caller,
            @Parameter(description = FROM, example = "2026-03-01")
                    @RequestParam
                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    LocalDate from,
            @Parameter(description = TO, example = "2026-03-31")
                    @RequestParam
                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    LocalDate to,
            @Parameter(description = UNIT_PATH, example = "/1/2/3/")
                    @RequestParam(required = false)
                    @Pattern(regexp = ORG_PATH)
                    String unitPath,
            @Parameter(description = "How many categories per compound, 1 to 13.", example = "5")
                    @RequestParam(defaultValue = "5")
                    @Min(1)
                    @Max(13)
                    int limit) {
        return statistics.topCategories(caller, from, to, unitPath, limit);
    }

    @GetMapping("/export.xlsx")
    @Operation(
            summary = "The statistics as an .xlsx sheet",
            description = "Sheets 总体 (the totals), 按类别 (by category), 按渠道 (by channel) and 各小区高发问题 (each"
                    + " compound's top 5 categories), with Chinese headers (受理量, 响应率, 按时办结率, 办结率, 满意率, 重办率,"
                    + " 平均办理时长(小时) ...) and the same figures as the JSON; rates are shares shown as percentages, and"
                    + " a cell with nothing to count is empty.")
    @ApiResponse(
            responseCode = "200",
            description = "The workbook, as a download (Content-Disposition: attachment). The area and period are"
                    + " checked before its first byte.",
            headers =
                    @Header(
                            name = "Content-Disposition",
                            description = "attachment; filename=request-statistics-<unit id>-<from>-<to>.xlsx",
                            schema =
                                    @Schema(
                                            type = "string",
                                            example =
                                                    "attachment; filename=\"request-statistics-3-2026-03-01-2026-03-31.xlsx\"")),
            content =
                    @Content(
                            mediaType = StatisticsWorkbook.CONTENT_TYPE,
                            schema = @Schema(type = "string", format = "binary")))
    void exportStatistics(
            Caller caller,
            @Parameter(description = FROM, example = "2026-03-01")
                    @RequestParam
                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    LocalDate from,
            @Parameter(description = TO, example = "2026-03-31")
                    @RequestParam
                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    LocalDate to,
            @Parameter(description = UNIT_PATH, example = "/1/2/3/")
                    @RequestParam(required = false)
                    @Pattern(regexp = ORG_PATH)
                    String unitPath,
            HttpServletResponse response)
            throws IOException {
        // both read before the first byte: a 404 or 422 is still a problem, not half a file
        RequestStatisticsReport report = statistics.indicators(caller, from, to, unitPath);
        TopCategoriesReport top = statistics.topCategories(caller, from, to, unitPath, 5);
        response.setContentType(StatisticsWorkbook.CONTENT_TYPE);
        response.setHeader(
                HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment()
                        .filename(fileName(report), StandardCharsets.UTF_8)
                        .build()
                        .toString());
        StatisticsWorkbook.write(report, top, response.getOutputStream());
    }

    /** request-statistics-3-2026-03-01-2026-03-31.xlsx; "all" for a system administrator's whole platform. */
    private static String fileName(RequestStatisticsReport report) {
        Long unit = StatisticsArea.unitIdOf(report.unitPath());
        return "request-statistics-" + (unit == null ? "all" : unit) + "-" + report.from() + "-" + report.to()
                + ".xlsx";
    }
}
