package org.linli.platform.outbox;

/** Event records as a producer's {@code -api} module declares them. */
final class TestEvents {

    private TestEvents() {}

    record ParcelArrived(long parcelId, String locker) {
        public static final String TYPE = "test.parcel-arrived";
        public static final int SCHEMA_VERSION = 1;
    }

    record ParcelCollected(long parcelId) {
        public static final String TYPE = "test.parcel-collected";
        public static final int SCHEMA_VERSION = 1;
    }

    record Undeclared(long parcelId) {}
}
