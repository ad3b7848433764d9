package org.linli.organization.transfer;

import java.util.List;
import org.linli.platform.error.DomainException;
import org.springframework.http.HttpStatus;

/** An uploaded sheet that cannot be imported as it is; nothing of it was written. */
public class InvalidImport extends DomainException {

    private final List<RowProblem> problems;

    InvalidImport(String code, String detail, List<RowProblem> problems) {
        super(HttpStatus.UNPROCESSABLE_CONTENT, code, detail);
        this.problems = List.copyOf(problems);
    }

    static InvalidImport rows(List<RowProblem> problems) {
        long lines = problems.stream().mapToInt(RowProblem::line).distinct().count();
        return new InvalidImport(
                "import.invalid-rows",
                lines + (lines == 1 ? " row needs" : " rows need") + " correcting; nothing was imported.",
                problems);
    }

    static InvalidImport file(String code, String detail) {
        return new InvalidImport(code, detail, List.of());
    }

    public List<RowProblem> problems() {
        return problems;
    }
}
