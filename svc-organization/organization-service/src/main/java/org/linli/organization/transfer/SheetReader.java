package org.linli.organization.transfer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.springframework.stereotype.Component;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Reads the first sheet of an .xlsx, or a UTF-8 .csv (with or without the BOM Excel writes), into rows
 * keyed by column. Headers are matched by name, in any order; unknown columns are ignored. The .xlsx is
 * read with POI's SAX event API, so a large sheet never becomes a full object model in memory.
 */
@Component
class SheetReader {

    private final TransferProperties properties;

    SheetReader(TransferProperties properties) {
        this.properties = properties;
    }

    List<SheetRow> read(String fileName, InputStream in, Dataset dataset) throws IOException {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        Collector rows = new Collector(dataset, properties.maxRows());
        if (name.endsWith(".csv")) {
            readCsv(in, rows);
        } else if (name.endsWith(".xlsx")) {
            readXlsx(in, rows);
        } else {
            throw InvalidImport.file(
                    "import.unsupported-format", "Upload an .xlsx or a .csv file (Excel: 另存为 .xlsx or CSV UTF-8).");
        }
        return rows.finish();
    }

    private static void readCsv(InputStream in, Collector rows) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        reader.mark(1);
        if (reader.read() != '\uFEFF') {
            reader.reset();
        }
        CSVFormat format =
                CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false).get();
        try (CSVParser parser = CSVParser.parse(reader, format)) {
            for (CSVRecord record : parser) {
                Map<Integer, String> cells = new HashMap<>();
                for (int i = 0; i < record.size(); i++) {
                    cells.put(i, record.get(i));
                }
                // the record number is the line Excel shows, unless a quoted cell spans lines
                rows.row((int) record.getRecordNumber(), cells);
            }
        } catch (UncheckedIOException | IllegalStateException e) {
            throw InvalidImport.file(
                    "import.unreadable", "The CSV file cannot be read: check its quotes and encoding.");
        }
    }

    private static void readXlsx(InputStream in, Collector rows) throws IOException {
        try (OPCPackage pkg = OPCPackage.open(in)) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
            StylesTable styles = reader.getStylesTable();
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            if (!sheets.hasNext()) {
                return;
            }
            try (InputStream sheet = sheets.next()) {
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(
                        new XSSFSheetXMLHandler(styles, null, strings, new XlsxRows(rows), new DataFormatter(), false));
                parser.parse(new InputSource(sheet));
            }
        } catch (OpenXML4JException | SAXException | ParserConfigurationException | RuntimeException e) {
            if (e instanceof InvalidImport invalid) {
                throw invalid;
            }
            throw InvalidImport.file("import.unreadable", "The .xlsx file cannot be read: open and save it in Excel.");
        }
    }

    private record XlsxRows(Collector rows, Map<Integer, String> cells)
            implements XSSFSheetXMLHandler.SheetContentsHandler {

        XlsxRows(Collector rows) {
            this(rows, new HashMap<>());
        }

        @Override
        public void startRow(int rowNum) {
            cells.clear();
        }

        @Override
        public void endRow(int rowNum) {
            rows.row(rowNum + 1, cells);
        }

        @Override
        public void cell(String reference, String value, XSSFComment comment) {
            cells.put((int) new CellReference(reference).getCol(), value);
        }
    }

    /** Turns positional cells into rows keyed by column, once the header row has said where each is. */
    private static final class Collector {

        private final Dataset dataset;
        private final int maxRows;
        private final List<SheetRow> rows = new ArrayList<>();
        private Map<Integer, Column> positions;

        Collector(Dataset dataset, int maxRows) {
            this.dataset = dataset;
            this.maxRows = maxRows;
        }

        void row(int line, Map<Integer, String> cells) {
            if (positions == null) {
                if (!cells.values().stream().allMatch(String::isBlank)) {
                    positions = header(line, cells);
                }
                return;
            }
            Map<Column, String> values = new EnumMap<>(Column.class);
            positions.forEach((index, column) -> {
                String value = cells.get(index);
                if (value != null && !value.isBlank()) {
                    values.put(column, value.strip());
                }
            });
            if (values.isEmpty()) {
                return; // Excel leaves formatted-but-empty rows behind: they are not data
            }
            if (rows.size() == maxRows) {
                throw InvalidImport.file(
                        "import.too-many-rows",
                        "A file may hold at most " + maxRows + " rows; split it (for example one file per compound).");
            }
            rows.add(new SheetRow(line, values));
        }

        private Map<Integer, Column> header(int line, Map<Integer, String> cells) {
            Map<Integer, Column> found = new HashMap<>();
            cells.forEach((index, text) -> {
                for (Column column : dataset.columns()) {
                    if (column.header().equals(text.strip())) {
                        found.put(index, column);
                    }
                }
            });
            List<RowProblem> missing = dataset.columns().stream()
                    .filter(c -> dataset.requires(c) && !found.containsValue(c))
                    .map(c -> new RowProblem(line, c.header(), "column is missing from the header row"))
                    .toList();
            if (!missing.isEmpty()) {
                throw InvalidImport.rows(missing);
            }
            return found;
        }

        List<SheetRow> finish() {
            if (positions == null) {
                throw InvalidImport.file(
                        "import.empty", "The file is empty: the first row must hold the column headers.");
            }
            return rows;
        }
    }
}
