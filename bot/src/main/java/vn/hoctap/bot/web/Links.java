package vn.hoctap.bot.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.util.UriComponentsBuilder;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Links to the current page with some parameters changed (a page number, a sort, the language),
 * relative to the site so they stay right behind a reverse proxy, with the rest of the query kept.
 */
public final class Links {

    private Links() {
    }

    public static String with(String name, Object value) {
        Map<String, Object> one = new LinkedHashMap<>();
        one.put(name, value);
        return with(one);
    }

    /**
     * The current page with the given parameters replaced (a null value removes one). Values must be
     * plain ASCII; a current query that is not validly encoded is dropped rather than failing the page.
     */
    public static String with(Map<String, Object> changes) {
        HttpServletRequest request = ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes()).getRequest();
        try {
            UriComponentsBuilder b = UriComponentsBuilder.fromPath(request.getRequestURI()).query(request.getQueryString());
            changes.forEach((k, v) -> {
                if (v == null) {
                    b.replaceQueryParam(k);
                } else {
                    b.replaceQueryParam(k, v);
                }
            });
            return b.build(true).toUriString();
        } catch (IllegalArgumentException malformed) {
            UriComponentsBuilder b = UriComponentsBuilder.fromPath(request.getRequestURI());
            changes.forEach((k, v) -> {
                if (v != null) {
                    b.queryParam(k, v);
                }
            });
            return b.build().encode().toUriString();
        }
    }
}
