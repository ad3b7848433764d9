package org.linli.testing;

import java.util.concurrent.atomic.AtomicLong;
import org.linli.platform.pii.ChineseIdNumber;

/** Valid, distinct GB 11643 ID numbers for tests (area 110105, born 1980-01-01, rising sequence). */
public final class IdNumbers {

    private static final AtomicLong SEQ = new AtomicLong(System.nanoTime() % 1_000_000_000L);

    private IdNumbers() {}

    public static String next() {
        long n = SEQ.incrementAndGet();
        // vary the birth date as well as the sequence so a JVM can make many thousands
        int day = (int) (n / 1000 % 28) + 1;
        int month = (int) (n / 28_000 % 12) + 1;
        int year = 1950 + (int) (n / 336_000 % 50);
        String first17 = String.format("110105%04d%02d%02d%03d", year, month, day, n % 1000);
        return first17 + ChineseIdNumber.checkCharacter(first17);
    }
}
