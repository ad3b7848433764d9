package org.linli.requests.request;

import org.linli.platform.security.Caller;
import org.linli.requests.photo.PhotoAttachments;
import org.linli.requests.photo.PhotoContent;
import org.springframework.stereotype.Service;

/** A request's photos, read with the request's own access rules (404 for anyone who may not read it). */
@Service
public class RequestPhotos {

    private final RequestLoader loader;
    private final PhotoAttachments photos;

    RequestPhotos(RequestLoader loader, PhotoAttachments photos) {
        this.loader = loader;
        this.photos = photos;
    }

    public PhotoContent open(Caller caller, long requestId, long photoId) {
        loader.visible(caller, requestId);
        return photos.open(requestId, photoId);
    }
}
