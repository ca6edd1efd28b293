package vn.hoctap.bot.storage;

import java.net.URI;

/**
 * A {@code redis://[user:pass@]host:port[/db]} URL taken apart once, for the two clients built on
 * it (the app's Jedis pool and Spring Session's connection factory).
 */
record RedisTarget(String host, int port, String user, String password, int database) {

    static RedisTarget parse(String url) {
        URI uri = URI.create(url);
        String user = null;
        String password = null;
        if (uri.getUserInfo() != null) {
            String[] parts = uri.getUserInfo().split(":", 2);
            if (parts.length == 2) {
                user = parts[0].isEmpty() ? null : parts[0];
                password = parts[1];
            }
        }
        int database = uri.getPath() != null && uri.getPath().length() > 1 ? Integer.parseInt(uri.getPath().substring(1)) : 0;
        return new RedisTarget(uri.getHost(), uri.getPort() < 0 ? 6379 : uri.getPort(), user, password, database);
    }
}
