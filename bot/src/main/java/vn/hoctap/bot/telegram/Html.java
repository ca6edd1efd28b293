package vn.hoctap.bot.telegram;

/**
 * Escaping for Telegram's HTML parse mode, which accepts only {@code &lt; &gt; &amp; &quot;} and
 * numeric entities: named entities such as {@code &oacute;} would be refused, so Vietnamese letters
 * are left as they are.
 */
public final class Html {

    private Html() {
    }

    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    /** Plain text of a snippet that carries {@code <b>} marks and entities. */
    public static String toPlain(String html) {
        return html.replaceAll("</?b>", "").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replaceAll("&#x2F;", "/").replaceAll("&#x27;", "'").replace("&amp;", "&");
    }
}
