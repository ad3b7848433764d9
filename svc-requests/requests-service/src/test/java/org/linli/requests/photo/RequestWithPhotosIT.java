package org.linli.requests.photo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.linli.requests.RequestFixtures.COMMUNITY_ADMIN;
import static org.linli.requests.RequestFixtures.OTHER_COMMUNITY;
import static org.linli.requests.RequestFixtures.assertProblem;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.linli.requests.AbstractIT;
import org.linli.requests.FakeOrganization;
import org.linli.requests.RequestFixtures;
import org.linli.testing.Http;
import tools.jackson.databind.JsonNode;

/** Photos filed with a request: attached in its transaction, read with the request's own access rules. */
class RequestWithPhotosIT extends AbstractIT {

    private Http.Response file(String resident, List<Long> photoIds) {
        Map<String, Object> body = new HashMap<>();
        body.put("category", "EBIKE_CHARGING");
        body.put("text", "3号楼楼道里每晚有电动车在充电，见照片。");
        body.put("householdId", FakeOrganization.HOME);
        body.put("photoIds", photoIds);
        return http().post("/api/requests", resident, body);
    }

    @Test
    void aResidentFilesWithPhotosAndWhoeverReadsTheRequestSeesThem() {
        long account = PhotoHttp.newAccount();
        String resident = PhotoHttp.resident(account);
        long first = PhotoHttp.uploaded(http(), resident, TestPhotos.phoneJpeg(800, 600, 1));
        long second = PhotoHttp.uploaded(http(), resident, TestPhotos.jpeg(640, 480));

        Http.Response filed = file(resident, List.of(first, second));

        assertThat(filed.status()).as(filed.toString()).isEqualTo(201);
        long id = filed.id();
        JsonNode request = new RequestFixtures(http()).read(id, COMMUNITY_ADMIN);
        assertThat(request.get("photos").findValuesAsString("id"))
                .containsExactly(String.valueOf(first), String.valueOf(second));
        Http.Response image = http().get("/api/requests/" + id + "/photos/" + first, COMMUNITY_ADMIN);
        assertThat(image.status()).isEqualTo(200);
        assertThat(image.headers().getFirst("Content-Type")).isEqualTo("image/jpeg");
        assertThat(image.headers().getFirst("ETag")).isNotBlank();
        assertThat(image.headers().getFirst("Cache-Control")).contains("private");
        assertThat(http().get("/api/requests/" + id + "/photos/" + first, resident)
                        .status())
                .isEqualTo(200);
    }

    @Test
    void nobodyElseReadsThemAndAPhotoOfAnotherRequestIsNotThisOnes() {
        String resident = PhotoHttp.resident(PhotoHttp.newAccount());
        long photo = PhotoHttp.uploaded(http(), resident, TestPhotos.jpeg(640, 480));
        long id = file(resident, List.of(photo)).id();
        long other = file(resident, List.of()).id();

        assertProblem(
                http().get("/api/requests/" + id + "/photos/" + photo, OTHER_COMMUNITY),
                404,
                "resident-request.not-found");
        assertProblem(
                http().get("/api/requests/" + id + "/photos/" + photo, PhotoHttp.resident(PhotoHttp.newAccount())),
                404,
                "resident-request.not-found");
        assertProblem(http().get("/api/requests/" + other + "/photos/" + photo, resident), 404, "photo.not-found");
    }

    @Test
    void someoneElsesPhotoOrTenPhotosAreRefusedAndNothingIsFiled() {
        String owner = PhotoHttp.resident(PhotoHttp.newAccount());
        String thief = PhotoHttp.resident(PhotoHttp.newAccount());
        long photo = PhotoHttp.uploaded(http(), owner, TestPhotos.jpeg(640, 480));

        Http.Response stolen = file(thief, List.of(photo));
        Http.Response tooMany = file(owner, List.of(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L));

        assertProblem(stolen, 422, "photo.not-attachable");
        assertThat(stolen.json().get("errors").findValuesAsString("field")).containsExactly("photoIds");
        assertProblem(tooMany, 422, "request.invalid");
        assertThat(http().get("/api/requests/mine", thief).json().get("total").asLong())
                .isZero();
        // the photo is still the owner's to attach
        assertThat(file(owner, List.of(photo)).status()).isEqualTo(201);
    }
}
