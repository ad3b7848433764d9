package org.linli.organization.transfer;

/**
 * One thing wrong with an uploaded sheet, where staff can find it.
 *
 * @param line the row number as Excel shows it (the header is line 1)
 * @param column the column header, or null when the whole row is at fault
 */
public record RowProblem(int line, String column, String message) {}
