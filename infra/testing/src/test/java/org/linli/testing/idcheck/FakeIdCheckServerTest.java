package org.linli.testing.idcheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.linli.platform.pii.ChineseIdNumber;
import org.linli.testing.fake.Json;

class FakeIdCheckServerTest {

    private final HttpClient client = HttpClient.newHttpClient();
    private FakeIdCheckServer service;

    @BeforeEach
    void start() {
        service = new FakeIdCheckServer("key").person("钱多多", "11010519800101001x");
        service.start(0);
    }

    @AfterEach
    void stop() {
        service.close();
    }

    @Test
    void confirmsAPairOnItsRosterAndTellsAWrongNameFromAnUnknownNumber() throws Exception {
        assertThat(check("key", "钱多多", "11010519800101001X").body()).contains("\"MATCH\"");
        assertThat(check("key", "钱少少", "11010519800101001X").body()).contains("\"MISMATCH\"");
        assertThat(check("key", "钱多多", "110105198001010028").body()).contains("\"NO_RECORD\"");
    }

    @Test
    void aWrongKeyIsUnauthorisedAndAScriptedFailureAnswersItsStatusOnce() throws Exception {
        assertThat(check("wrong", "钱多多", "11010519800101001X").statusCode()).isEqualTo(401);

        service.failNext(503);

        assertThat(check("key", "钱多多", "11010519800101001X").statusCode()).isEqualTo(503);
        assertThat(check("key", "钱多多", "11010519800101001X").statusCode()).isEqualTo(200);
        assertThat(service.calls(FakeIdCheckServer.CHECKS)).isEqualTo(3);
    }

    @Test
    void theDemoPersonHasAValidIdNumber() {
        assertThat(ChineseIdNumber.isValid(FakeIdCheckServer.DEMO_ID_NUMBER)).isTrue();
    }

    private HttpResponse<String> check(String key, String name, String idNumber) throws Exception {
        return client.send(
                HttpRequest.newBuilder(URI.create(service.url() + FakeIdCheckServer.CHECKS))
                        .header("Authorization", "Bearer " + key)
                        .POST(HttpRequest.BodyPublishers.ofString(
                                Json.write(Map.of("name", name, "idNumber", idNumber))))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
