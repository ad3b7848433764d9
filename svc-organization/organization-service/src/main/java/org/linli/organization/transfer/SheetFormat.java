package org.linli.organization.transfer;

import java.util.Locale;
import org.linli.platform.error.DomainException;

/** The file formats staff exchange with the registry. */
enum SheetFormat {
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    CSV("text/csv;charset=UTF-8");

    private final String contentType;

    SheetFormat(String contentType) {
        this.contentType = contentType;
    }

    String contentType() {
        return contentType;
    }

    String extension() {
        return name().toLowerCase(Locale.ROOT);
    }

    static SheetFormat of(String format) {
        try {
            return valueOf(format.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw DomainException.invalid("export.unknown-format", "format", "must be xlsx or csv");
        }
    }
}
