package org.linli.organization;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.linli.testing.Http;
import org.springframework.http.HttpMethod;

/** Builds the files staff upload, and uploads them as a browser form would. */
public final class Uploads {

    private static final String BOUNDARY = "linli-test-boundary";

    private Uploads() {}

    /** A CSV as Excel's "CSV UTF-8" writes it: with a byte-order mark. */
    public static byte[] csv(String... lines) {
        return ("\uFEFF" + String.join("\r\n", lines) + "\r\n").getBytes(StandardCharsets.UTF_8);
    }

    /** An .xlsx whose cells are all text, the way staff keep ID numbers. */
    public static byte[] xlsx(List<List<String>> rows) {
        try (XSSFWorkbook book = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = book.createSheet("Sheet1");
            for (int r = 0; r < rows.size(); r++) {
                var row = sheet.createRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    row.createCell(c).setCellValue(rows.get(r).get(c));
                }
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Http.Response upload(Http http, String path, String token, String fileName, byte[] content) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                        + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return http.exchange(
                HttpMethod.POST,
                path,
                token,
                body.toByteArray(),
                Map.of("Content-Type", "multipart/form-data; boundary=" + BOUNDARY));
    }
}
