package org.linli.platform.error;

import org.springframework.lang.Nullable;

final class Causes {

    private Causes() {}

    /** The first throwable of this type in the cause chain, the error itself included. */
    @Nullable
    static <T extends Throwable> T find(@Nullable Throwable error, Class<T> type) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
