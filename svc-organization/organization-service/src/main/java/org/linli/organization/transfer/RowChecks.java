package org.linli.organization.transfer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.linli.platform.pii.ChineseIdNumber;
import org.linli.platform.pii.PhoneNumber;
import org.springframework.lang.Nullable;

/** Collects every problem of every row, so staff fix a file in one pass rather than one error per upload. */
final class RowChecks {

    static final String ANOTHER_NAME = "this ID number is registered under another name; check the name and the ID"
            + " number against the ID card";

    private final Dataset dataset;
    private final List<RowProblem> problems = new ArrayList<>();

    RowChecks(Dataset dataset) {
        this.dataset = dataset;
    }

    void add(int line, @Nullable Column column, String message) {
        problems.add(new RowProblem(line, column == null ? null : column.header(), message));
    }

    /** True when the row's own cells are well-formed: present where required, not too long. */
    boolean wellFormed(SheetRow row) {
        boolean ok = true;
        for (Column column : dataset.columns()) {
            String value = row.get(column);
            if (value == null && dataset.requires(column)) {
                add(row.line(), column, "is required");
                ok = false;
            } else if (value != null && value.length() > column.maxLength()) {
                add(row.line(), column, "is longer than " + column.maxLength() + " characters");
                ok = false;
            }
        }
        return ok;
    }

    /** The normalized ID number, or empty after reporting why it is wrong. */
    Optional<String> idNumber(SheetRow row) {
        String raw = row.get(Column.ID_NUMBER);
        if (raw == null) {
            return Optional.empty();
        }
        String problem = ChineseIdNumber.problem(raw);
        if (problem != null) {
            add(row.line(), Column.ID_NUMBER, problem);
            return Optional.empty();
        }
        return Optional.of(ChineseIdNumber.normalize(raw));
    }

    /** True when the phone is absent or a valid mainland mobile number. */
    boolean phone(SheetRow row) {
        String raw = row.get(Column.PHONE);
        if (raw != null && !PhoneNumber.isValid(raw)) {
            add(row.line(), Column.PHONE, "must be an 11-digit mobile number such as 13812345678");
            return false;
        }
        return true;
    }

    <E extends Enum<E>> Optional<E> word(SheetRow row, Column column, Vocabulary<E> vocabulary) {
        String raw = row.get(column);
        if (raw == null) {
            return Optional.empty();
        }
        Optional<E> value = vocabulary.parse(raw);
        if (value.isEmpty()) {
            add(row.line(), column, "must be one of " + vocabulary.choices() + ", not '" + raw + "'");
        }
        return value;
    }

    /** Ends validation: nothing may be written when any row was wrong. */
    void throwIfAny() {
        if (!problems.isEmpty()) {
            problems.sort(Comparator.comparingInt(RowProblem::line));
            throw InvalidImport.rows(problems);
        }
    }
}
