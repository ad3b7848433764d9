package org.linli.organization.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.linli.platform.error.DomainException;
import org.springframework.http.HttpStatus;

class ImportSlotsTest {

    private final ImportSlots slots = new ImportSlots(new TransferProperties(50_000, 1));

    @Test
    void anImportBeyondTheSlotsIsRefusedWithRetryAfterAndTheSlotIsFreeAgainAfterwards() throws Exception {
        CountDownLatch running = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(1);
        CompletableFuture<String> first = CompletableFuture.supplyAsync(() -> slots.run(() -> {
            running.countDown();
            await(finish);
            return "first";
        }));
        assertThat(running.await(5, TimeUnit.SECONDS)).isTrue();

        assertThatThrownBy(() -> slots.run(() -> "second")).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.status()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
            assertThat(e.code()).isEqualTo("import.busy");
            assertThat(e.retryAfterSeconds()).isEqualTo(10L);
        });

        finish.countDown();
        assertThat(first.get(5, TimeUnit.SECONDS)).isEqualTo("first");
        assertThat(slots.run(() -> "third")).isEqualTo("third");
    }

    @Test
    void aFailedImportGivesItsSlotBack() {
        assertThatThrownBy(() -> slots.run(() -> {
                    throw new IllegalStateException("boom");
                }))
                .hasMessage("boom");

        assertThat(slots.run(() -> "next")).isEqualTo("next");
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
