package org.linli.requests.photo;

import java.util.List;
import org.linli.platform.error.DomainException;
import org.linli.platform.error.FieldProblem;
import org.springframework.http.HttpStatus;

/** The photo feature's refusals, each with its stable code (documented on the operations that answer it). */
final class PhotoProblems {

    static final String PHOTO_IDS = "photoIds";

    private PhotoProblems() {}

    static DomainException realNameRequired() {
        return new DomainException(
                HttpStatus.FORBIDDEN,
                "real-name.required",
                "Verify your real name before adding photos to a request (POST /api/auth/real-name).");
    }

    static DomainException tooLarge(long maxBytes) {
        return new DomainException(
                HttpStatus.CONTENT_TOO_LARGE,
                "photo.too-large",
                "The photo is larger than " + megabytes(maxBytes) + ": send a smaller or more compressed one.");
    }

    static DomainException unsupportedType() {
        return new DomainException(
                HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                "photo.unsupported-type",
                "The file is not a JPEG, PNG or WebP photo (its content decides, not its name).");
    }

    static DomainException unreadable(String why) {
        return new DomainException(
                HttpStatus.UNPROCESSABLE_CONTENT,
                "photo.unreadable",
                "The photo could not be read (" + why + "): it may be damaged or cut short; take or save it again.");
    }

    static DomainException tooSmall(int width, int height, int minSide) {
        return new DomainException(
                HttpStatus.UNPROCESSABLE_CONTENT,
                "photo.dimensions-too-small",
                "The photo is " + width + " × " + height + " pixels; each side needs at least " + minSide + ".");
    }

    static DomainException tooBig(int width, int height, int maxSide) {
        return new DomainException(
                HttpStatus.UNPROCESSABLE_CONTENT,
                "photo.dimensions-too-large",
                "The photo is " + width + " × " + height + " pixels; each side may have at most " + maxSide
                        + ": send a smaller copy.");
    }

    static DomainException tooMany(int max) {
        return field("photo.too-many", "at most " + max + " photos per request");
    }

    static DomainException notAttachable(List<Long> ids) {
        return field(
                "photo.not-attachable",
                "photos " + ids + " are not photos you uploaded and have not attached yet (or they were removed"
                        + " after waiting too long): upload them again");
    }

    static DomainException namedTwice(List<Long> ids) {
        return field("photo.not-attachable", "names photos " + ids + " more than once");
    }

    static DomainException notFound(long photoId) {
        return DomainException.notFound("photo", photoId);
    }

    private static DomainException field(String code, String message) {
        return new DomainException(
                HttpStatus.UNPROCESSABLE_CONTENT,
                code,
                "Please correct: " + PHOTO_IDS + " " + message + ".",
                List.of(new FieldProblem(PHOTO_IDS, message)));
    }

    private static String megabytes(long bytes) {
        return bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) + " MB" : bytes + " bytes";
    }
}
