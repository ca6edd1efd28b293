package vn.hoctap.bot.storage;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/** Turns the URL forms operators paste ({@code postgres://user:pass@host/db} or JDBC) into JDBC. */
final class DatabaseUrls {

    private DatabaseUrls() {
    }

    record Jdbc(String url, String username, String password) {
    }

    static Jdbc toJdbc(String url, String username, String password) {
        if (url.startsWith("jdbc:")) {
            return new Jdbc(url, username, password);
        }
        if (!url.startsWith("postgres://") && !url.startsWith("postgresql://")) {
            throw new IllegalArgumentException("unsupported database URL (use jdbc:postgresql://… or postgres://…): " + url);
        }
        URI uri = URI.create(url);
        String user = username;
        String pass = password;
        if (uri.getRawUserInfo() != null) {
            String[] parts = uri.getRawUserInfo().split(":", 2);
            user = decode(parts[0]);
            pass = parts.length > 1 ? decode(parts[1]) : pass;
        }
        int port = uri.getPort() < 0 ? 5432 : uri.getPort();
        String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
        return new Jdbc("jdbc:postgresql://" + uri.getHost() + ":" + port + uri.getRawPath() + query, user, pass);
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }
}
