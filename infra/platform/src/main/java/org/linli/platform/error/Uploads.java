package org.linli.platform.error;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;
import java.util.ArrayList;
import java.util.List;
import org.springframework.core.MethodParameter;
import org.springframework.core.ResolvableType;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.HandlerMapping;

/** What an upload endpoint expects, to tell a client who sent something else. */
final class Uploads {

    private Uploads() {}

    /** The form fields the matched handler reads files from ('file'), if a handler was matched. */
    static List<String> partNames(HttpServletRequest request) {
        if (!(request.getAttribute(HandlerMapping.BEST_MATCHING_HANDLER_ATTRIBUTE) instanceof HandlerMethod handler)) {
            return List.of();
        }
        List<String> names = new ArrayList<>();
        for (MethodParameter parameter : handler.getMethodParameters()) {
            if (!isFile(parameter)) {
                continue;
            }
            RequestPart part = parameter.getParameterAnnotation(RequestPart.class);
            RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
            String name =
                    part != null ? or(part.name(), part.value()) : param != null ? or(param.name(), param.value()) : "";
            names.add(name.isEmpty() ? parameter.getParameter().getName() : name);
        }
        return names;
    }

    /** 20 MB, 1 KB, 1500 bytes. */
    static String size(long bytes) {
        if (bytes % (1024 * 1024) == 0) {
            return bytes / (1024 * 1024) + " MB";
        }
        if (bytes % 1024 == 0) {
            return bytes / 1024 + " KB";
        }
        return bytes + " bytes";
    }

    private static String or(String name, String value) {
        return name.isEmpty() ? value : name;
    }

    private static boolean isFile(MethodParameter parameter) {
        ResolvableType type = ResolvableType.forMethodParameter(parameter);
        Class<?> element = type.isArray()
                ? type.getComponentType().resolve()
                : type.asCollection() != ResolvableType.NONE
                        ? type.asCollection().getGeneric(0).resolve()
                        : type.resolve();
        return element != null
                && (MultipartFile.class.isAssignableFrom(element) || Part.class.isAssignableFrom(element));
    }
}
