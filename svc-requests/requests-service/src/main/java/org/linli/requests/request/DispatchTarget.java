package org.linli.requests.request;

/**
 * Whom a request is dispatched to, resolved: the kind, the member / property company / unit, the member's
 * person (to recognise their token), the path of the unit whose staff handle it, and the level that then
 * answers for it.
 */
record DispatchTarget(HandlerKind kind, Long ref, Long personId, String path, Level level, String why) {

    void applyTo(ResidentRequest request) {
        request.setHandlerKind(kind);
        request.setHandlerRef(ref);
        request.setHandlerPersonId(personId);
        request.setHandlerPath(path);
        request.setLevel(level);
        request.setDispatchPending(false);
    }

    static void clear(ResidentRequest request) {
        request.setHandlerKind(null);
        request.setHandlerRef(null);
        request.setHandlerPersonId(null);
        request.setHandlerPath(null);
    }
}
