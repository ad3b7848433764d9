package org.linli.organization.transfer;

import java.util.Map;
import org.springframework.lang.Nullable;

/** One data row of an uploaded sheet: its Excel line number and its trimmed, non-blank cell values. */
record SheetRow(int line, Map<Column, String> cells) {

    SheetRow {
        cells = Map.copyOf(cells);
    }

    @Nullable
    String get(Column column) {
        return cells.get(column);
    }

    boolean has(Column column) {
        return cells.containsKey(column);
    }
}
