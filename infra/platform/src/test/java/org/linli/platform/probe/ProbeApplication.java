package org.linli.platform.probe;

import java.util.Map;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * A servlet service made of nothing but the platform library and a few endpoints, one per kind of
 * argument a client can get wrong; it needs no database (its auto-configuration is excluded by the
 * test) and no Redis (nothing here calls it).
 */
@SpringBootApplication
public class ProbeApplication {

    enum Color {
        RED,
        GREEN
    }

    record Order(Color color, Long quantity, String note) {}

    @RestController
    static class ProbeController {

        @PostMapping("/probe/upload")
        Map<String, Object> upload(@RequestParam MultipartFile file) {
            return Map.of("name", String.valueOf(file.getOriginalFilename()), "size", file.getSize());
        }

        @PostMapping("/probe/orders")
        Order order(@RequestBody Order order) {
            return order;
        }

        @GetMapping("/probe/items/{id}")
        Map<String, Object> item(@PathVariable long id, @RequestParam(required = false) Color color) {
            return Map.of("id", id, "color", String.valueOf(color));
        }

        @GetMapping("/probe/search")
        Map<String, Object> search(@RequestParam long under) {
            return Map.of("under", under);
        }

        @GetMapping("/probe/versioned")
        Map<String, Object> versioned(@RequestHeader("X-Client-Version") String version) {
            return Map.of("version", version);
        }
    }
}
