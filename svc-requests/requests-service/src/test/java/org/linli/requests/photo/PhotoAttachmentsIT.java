package org.linli.requests.photo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.drew.metadata.exif.GpsDirectory;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.linli.platform.core.token.Role;
import org.linli.platform.error.DomainException;
import org.linli.platform.error.FieldProblem;
import org.linli.requests.AbstractIT;
import org.linli.requests.FakeOrganization;
import org.linli.requests.photo.dto.PhotoView;
import org.linli.testing.Http;
import org.linli.testing.TestTokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Attaching photos to a request, as intake will: a resident uploads, files the request, and the
 * request's transaction attaches the photos. The request is filed through the API; the attaching is
 * called here directly, in a transaction of the test's.
 */
class PhotoAttachmentsIT extends AbstractIT {

    @Autowired
    PhotoAttachments attachments;

    @Autowired
    TransactionTemplate transaction;

    private final long account = PhotoHttp.newAccount();
    private final String resident = PhotoHttp.resident(account);

    private long fileRequest(String token) {
        Http.Response filed = http().post(
                        "/api/requests",
                        token,
                        Map.of("category", "SAFETY", "text", "楼道里的灯坏了，晚上很黑。", "householdId", FakeOrganization.HOME));
        assertThat(filed.status()).as(filed.toString()).isEqualTo(201);
        return filed.id();
    }

    private long photo(String token) {
        return PhotoHttp.uploaded(http(), token, TestPhotos.jpeg(320, 240));
    }

    private void attach(long requestId, long owner, List<Long> photoIds) {
        transaction.executeWithoutResult(status -> attachments.attach(requestId, owner, photoIds));
    }

    /** @return what the field problem on photoIds says */
    private static String refusedOnPhotoIds(Runnable attaching, String code) {
        DomainException refused = catchThrowableOfType(DomainException.class, attaching::run);
        assertThat(refused).as("refused").isNotNull();
        assertThat(refused.code()).isEqualTo(code);
        assertThat(refused.status().value()).isEqualTo(422);
        assertThat(refused.fieldProblems()).extracting(FieldProblem::field).containsExactly("photoIds");
        return refused.fieldProblems().get(0).message();
    }

    @Nested
    class Attaching {

        @Test
        void theFilersPhotosBecomeTheRequestsAndItsPhotoComesBackWithoutItsGpsPosition() {
            long request = fileRequest(resident);
            long first = PhotoHttp.uploaded(http(), resident, TestPhotos.phoneJpeg(640, 480, 6));
            long second = photo(resident);

            attach(request, account, List.of(first, second));

            assertThat(attachments.photosOf(request))
                    .extracting(PhotoView::id, PhotoView::width, PhotoView::height)
                    .containsExactly(Tuple.tuple(first, 480, 640), Tuple.tuple(second, 320, 240));
            PhotoContent content = attachments.open(request, first);
            assertThat(content.contentType()).isEqualTo("image/jpeg");
            assertThat(PhotoMetadataTest.metadata(content.bytes()).getFirstDirectoryOfType(GpsDirectory.class))
                    .isNull();
            assertThat(PhotoMetadataTest.orientation(content.bytes())).isEqualTo(6);
            assertThat(content.sha256()).isEqualTo(PhotoUploads.sha256(content.bytes()));
        }

        @Test
        void staffAttachThePhotosTheyUploadedForAResidentsRequestAndTheResidentCannot() {
            long request = fileRequest(resident);
            String gridWorker = TestTokens.staff(Role.GRID_WORKER, 9, "/1/2/3/9/");
            long gridWorkerAccount = 1009; // TestTokens: staff accounts are 1000 + their unit
            long first = photo(gridWorker);
            long second = photo(gridWorker);

            refusedOnPhotoIds(() -> attach(request, account, List.of(first)), "photo.not-attachable");
            attach(request, gridWorkerAccount, List.of(first, second));

            assertThat(attachments.photosOf(request)).extracting(PhotoView::id).containsExactly(first, second);
        }

        @Test
        void noPhotosIsNothingToDo() {
            long request = fileRequest(resident);

            attach(request, account, List.of());

            assertThat(attachments.photosOf(request)).isEmpty();
        }

        @Test
        void itRunsOnlyInsideTheTransactionThatWritesTheRequest() {
            long request = fileRequest(resident);
            long photo = photo(resident);

            assertThatThrownBy(() -> attachments.attach(request, account, List.of(photo)))
                    .isInstanceOf(IllegalTransactionStateException.class);
        }
    }

    @Nested
    class Refusing {

        @Test
        void someoneElsesPhotoAndNoneOfTheOthersIsAttached() {
            long request = fileRequest(resident);
            long mine = photo(resident);
            long theirs = photo(PhotoHttp.resident(PhotoHttp.newAccount()));

            String why =
                    refusedOnPhotoIds(() -> attach(request, account, List.of(mine, theirs)), "photo.not-attachable");

            assertThat(why).contains("[" + theirs + "]");
            assertThat(attachments.photosOf(request)).isEmpty();
            attach(request, account, List.of(mine)); // still pending, so still the resident's to attach
            assertThat(attachments.photosOf(request)).extracting(PhotoView::id).containsExactly(mine);
        }

        @Test
        void aPhotoAlreadyAttachedToAnotherRequest() {
            long first = fileRequest(resident);
            long second = fileRequest(resident);
            long photo = photo(resident);
            attach(first, account, List.of(photo));

            refusedOnPhotoIds(() -> attach(second, account, List.of(photo)), "photo.not-attachable");

            assertThat(attachments.photosOf(first)).extracting(PhotoView::id).containsExactly(photo);
            assertThat(attachments.photosOf(second)).isEmpty();
        }

        @Test
        void anUnknownPhotoOrOneNamedTwice() {
            long request = fileRequest(resident);
            long photo = photo(resident);

            refusedOnPhotoIds(() -> attach(request, account, List.of(photo, 999_999_999L)), "photo.not-attachable");
            assertThat(refusedOnPhotoIds(() -> attach(request, account, List.of(photo, photo)), "photo.not-attachable"))
                    .contains("more than once");
        }

        @Test
        void moreThanNinePhotos() {
            long request = fileRequest(resident);
            List<Long> ten = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                ten.add(photo(resident));
            }

            refusedOnPhotoIds(() -> attach(request, account, ten), "photo.too-many");
            attach(request, account, ten.subList(0, 9));
            refusedOnPhotoIds(() -> attach(request, account, ten.subList(9, 10)), "photo.too-many");
            assertThat(attachments.photosOf(request)).hasSize(9);
        }
    }

    @Nested
    class Reading {

        @Test
        void aPhotoOfAnotherRequestIsNotFound() {
            long request = fileRequest(resident);
            long other = fileRequest(resident);
            long photo = photo(resident);
            attach(request, account, List.of(photo));

            assertThatThrownBy(() -> attachments.open(other, photo))
                    .isInstanceOfSatisfying(
                            DomainException.class, e -> assertThat(e.code()).isEqualTo("photo.not-found"));
        }

        @Test
        void aPendingPhotoIsNoRequestsPhoto() {
            long request = fileRequest(resident);
            long pending = photo(resident);

            assertThatThrownBy(() -> attachments.open(request, pending))
                    .isInstanceOfSatisfying(
                            DomainException.class, e -> assertThat(e.code()).isEqualTo("photo.not-found"));
        }
    }
}
