package org.linli.organization.coverage.dto;

import java.util.List;

/**
 * One coverage figure.
 *
 * @param total how many there are in the subtree
 * @param uncovered how many of them lack coverage
 * @param firstUncovered the first of those in tree order, at most the requested limit; when it is
 *     shorter than {@code uncovered}, staff narrow the unit to see the rest
 */
public record Coverage<T>(long total, long uncovered, List<T> firstUncovered) {}
