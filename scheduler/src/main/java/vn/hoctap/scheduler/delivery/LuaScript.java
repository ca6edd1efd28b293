package vn.hoctap.scheduler.delivery;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

import redis.clients.jedis.Jedis;
import redis.clients.jedis.exceptions.JedisNoScriptException;

/**
 * A Lua script run by its SHA1 ({@code EVALSHA}), sent whole ({@code EVAL}) only when Redis does not
 * have it yet (first use, a restart, {@code SCRIPT FLUSH}): the send budget runs a script for every
 * reply, and sending its text each time cost more bytes than the rest of the call.
 */
record LuaScript(String text, String sha) {

    LuaScript(String text) {
        this(text, sha1(text));
    }

    Object run(Jedis jedis, List<String> keys, List<String> args) {
        try {
            return jedis.evalsha(sha, keys, args);
        } catch (JedisNoScriptException e) {
            return jedis.eval(text, keys, args);
        }
    }

    private static String sha1(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is missing from this Java runtime", e);
        }
    }
}
