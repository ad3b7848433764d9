package org.linli.organization.transfer;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/** Writes one sheet row by row: a header row of {@link Column} headers, then data. */
interface SheetWriter extends AutoCloseable {

    /** A data row; a {@link BigDecimal} cell stays a number, everything else is text. */
    void row(List<Object> cells) throws IOException;

    @Override
    void close() throws IOException;

    static SheetWriter open(SheetFormat format, Dataset dataset, OutputStream out) throws IOException {
        SheetWriter writer = format == SheetFormat.CSV ? new Csv(out) : new Xlsx(dataset, out);
        writer.row(dataset.columns().stream().map(c -> (Object) c.header()).toList());
        return writer;
    }

    /** UTF-8 with a byte-order mark, which is how Excel recognises UTF-8 and shows the Chinese right. */
    final class Csv implements SheetWriter {
        private final CSVPrinter printer;

        Csv(OutputStream out) throws IOException {
            OutputStreamWriter writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            writer.write('\uFEFF');
            this.printer = new CSVPrinter(writer, CSVFormat.DEFAULT);
        }

        @Override
        public void row(List<Object> cells) throws IOException {
            printer.printRecord(cells.stream().map(c -> c instanceof BigDecimal d ? d.toPlainString() : c));
        }

        @Override
        public void close() throws IOException {
            printer.close(true);
        }
    }

    /** Streams rows to disk as it goes (SXSSF), so a district-wide export does not sit in memory. */
    final class Xlsx implements SheetWriter {
        private final SXSSFWorkbook book = new SXSSFWorkbook(200);
        private final SXSSFSheet sheet;
        private final OutputStream out;
        private int next;

        Xlsx(Dataset dataset, OutputStream out) {
            this.sheet = book.createSheet(dataset.title());
            this.out = out;
        }

        @Override
        public void row(List<Object> cells) {
            Row row = sheet.createRow(next++);
            for (int i = 0; i < cells.size(); i++) {
                Object value = cells.get(i);
                if (value instanceof BigDecimal number) {
                    row.createCell(i).setCellValue(number.doubleValue());
                } else if (value != null) {
                    // ID and phone numbers as text: as numbers Excel would round them to 1.10105E+17
                    row.createCell(i).setCellValue(value.toString());
                }
            }
        }

        @Override
        public void close() throws IOException {
            try (book) {
                book.write(out);
                out.flush();
            }
        }
    }
}
