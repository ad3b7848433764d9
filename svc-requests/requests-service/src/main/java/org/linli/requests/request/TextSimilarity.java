package org.linli.requests.request;

import java.util.HashSet;
import java.util.Set;

/**
 * How alike two residents' texts are, for duplicate suggestions: the Jaccard index of their character bigrams
 * (Chinese has no spaces to split words on, and two characters carry most words: 充电, 路灯, 噪音). Punctuation
 * and spaces are dropped first. 1 for the same text, 0 for nothing in common.
 */
final class TextSimilarity {

    /** Above this, two texts in the same compound and category are probably about the same thing. */
    static final double LIKELY_THE_SAME = 0.25;

    private TextSimilarity() {}

    static double of(String a, String b) {
        Set<String> left = bigrams(a);
        Set<String> right = bigrams(b);
        if (left.isEmpty() || right.isEmpty()) {
            return 0;
        }
        Set<String> common = new HashSet<>(left);
        common.retainAll(right);
        Set<String> all = new HashSet<>(left);
        all.addAll(right);
        return (double) common.size() / all.size();
    }

    private static Set<String> bigrams(String text) {
        int[] chars = text == null
                ? new int[0]
                : text.codePoints().filter(Character::isLetterOrDigit).toArray();
        Set<String> grams = new HashSet<>();
        for (int i = 0; i + 1 < chars.length; i++) {
            grams.add(new String(chars, i, 2));
        }
        return grams;
    }
}
