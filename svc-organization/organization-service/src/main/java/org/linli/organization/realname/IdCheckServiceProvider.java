package org.linli.organization.realname;

import java.net.http.HttpClient;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import org.springframework.web.client.RestClientResponseException;
import tools.jackson.databind.JsonNode;

/**
 * A third-party ID-check service (身份证二要素核验), asked about people the roster does not know:
 * {@code POST {url} {"name","idNumber"}} with a bearer key answers {@code {"result": "MATCH" | "MISMATCH" |
 * "NO_RECORD"}}. Timeouts are short and every failure to get an answer is UNAVAILABLE, never an error:
 * the resident is told to try later and the attempt is not counted against them.
 */
@Component
@Order(2)
class IdCheckServiceProvider implements RealNameProvider {

    private static final Logger log = LoggerFactory.getLogger(IdCheckServiceProvider.class);

    private final RealNameProperties.IdCheck settings;
    private final RestClient client;

    IdCheckServiceProvider(RealNameProperties properties) {
        this.settings = properties.idCheck();
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(HttpClient.newBuilder()
                .connectTimeout(settings.connectTimeout())
                .build());
        requests.setReadTimeout(settings.readTimeout());
        this.client = RestClient.builder().requestFactory(requests).build();
    }

    @Override
    public String name() {
        return "id-check";
    }

    @Override
    public Verdict check(String name, String idNumber) {
        if (!settings.enabled()) {
            return Verdict.unknown();
        }
        JsonNode answer;
        try {
            answer = client.post()
                    .uri(settings.url())
                    .header(HttpHeaders.AUTHORIZATION, "Bearer " + settings.apiKey())
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(Map.of("name", name, "idNumber", idNumber))
                    .retrieve()
                    .body(JsonNode.class);
        } catch (RestClientResponseException e) {
            // the body may echo what was sent: log the status only
            if (e.getStatusCode().value() == 401 || e.getStatusCode().value() == 403) {
                log.error(
                        "The ID-check service refused our key (HTTP {})",
                        e.getStatusCode().value());
            } else {
                log.warn(
                        "The ID-check service answered HTTP {}",
                        e.getStatusCode().value());
            }
            return Verdict.unavailable();
        } catch (RestClientException e) {
            log.warn(
                    "The ID-check service did not answer: {}",
                    e.getMostSpecificCause().getClass().getName());
            return Verdict.unavailable();
        }
        String result = answer == null || answer.get("result") == null
                ? ""
                : answer.get("result").asString();
        return switch (result) {
            case "MATCH" -> Verdict.confirmed(null);
            case "MISMATCH", "NO_RECORD" -> Verdict.refused();
            default -> {
                log.warn("The ID-check service gave an answer Linli does not understand");
                yield Verdict.unavailable();
            }
        };
    }
}
