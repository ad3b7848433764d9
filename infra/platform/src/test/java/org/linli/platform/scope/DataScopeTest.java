package org.linli.platform.scope;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.linli.platform.core.token.Role;
import org.linli.platform.error.DomainException;
import org.linli.platform.security.Caller;
import org.springframework.http.HttpStatus;

class DataScopeTest {

    private record Flat(long owner, String path) {}

    private static final Caller COMMUNITY_ADMIN = new Caller(7, null, Set.of(Role.COMMUNITY_ADMIN), 4L, "/1/4/");
    private static final Caller RESIDENT = new Caller(9, 33L, Set.of(Role.RESIDENT), null, null);

    @Test
    void aRecordInsideTheScopeIsReturned() {
        Flat flat = new Flat(1, "/1/4/17/");

        assertThat(DataScope.require(COMMUNITY_ADMIN, flat, Flat::path, "flat", 5))
                .isSameAs(flat);
    }

    @Test
    void aRecordOutsideTheScopeIsAnsweredExactlyLikeAMissingOne() {
        DomainException outside =
                notFound(() -> DataScope.require(COMMUNITY_ADMIN, new Flat(1, "/1/5/"), Flat::path, "flat", 5));
        DomainException missing = notFound(() -> DataScope.require(COMMUNITY_ADMIN, null, Flat::path, "flat", 5));

        assertThat(outside.status()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(outside.code()).isEqualTo("flat.not-found").isEqualTo(missing.code());
        assertThat(outside.getMessage()).isEqualTo("No flat with id 5.").isEqualTo(missing.getMessage());
    }

    @Test
    void theirOwnRecordIsSeenWhereverItLies() {
        Flat own = new Flat(9, "/2/8/");

        assertThat(DataScope.require(RESIDENT, own, Flat::path, f -> f.owner() == RESIDENT.accountId(), "flat", 5))
                .isSameAs(own);
        notFound(() -> DataScope.require(
                RESIDENT, new Flat(10, "/2/8/"), Flat::path, f -> f.owner() == RESIDENT.accountId(), "flat", 5));
    }

    @Test
    void ownershipIsNotAskedWhenTheScopeAlreadyAnswers() {
        AtomicInteger asked = new AtomicInteger();

        DataScope.require(
                COMMUNITY_ADMIN, new Flat(1, "/1/4/"), Flat::path, f -> asked.incrementAndGet() > 0, "flat", 5);
        assertThat(asked).hasValue(0);
        notFound(() ->
                DataScope.require(COMMUNITY_ADMIN, null, Flat::path, f -> asked.incrementAndGet() > 0, "flat", 5));
        assertThat(asked).as("nor for a missing record").hasValue(0);
    }

    private static DomainException notFound(Runnable read) {
        DomainException[] thrown = new DomainException[1];
        assertThatThrownBy(read::run).isInstanceOfSatisfying(DomainException.class, e -> thrown[0] = e);
        assertThat(thrown[0].status()).isEqualTo(HttpStatus.NOT_FOUND);
        return thrown[0];
    }
}
