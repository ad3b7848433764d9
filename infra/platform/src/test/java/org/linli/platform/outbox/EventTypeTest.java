package org.linli.platform.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class EventTypeTest {

    @Test
    void anEventRecordDeclaresItsTypeAndSchemaVersion() {
        assertThat(EventType.of(TestEvents.ParcelArrived.class)).isEqualTo(new EventType("test.parcel-arrived", 1));
    }

    @Test
    void aRecordWithoutTheConstantsIsRefusedNamingWhatIsMissing() {
        assertThatThrownBy(() -> EventType.of(TestEvents.Undeclared.class))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("public static final String TYPE");
    }

    @Test
    void aClassThatIsNoRecordIsRefused() {
        assertThatThrownBy(() -> EventType.of(String.class)).hasMessageContaining("is not a record");
    }
}
