package vn.hoctap.bot.conference;

/**
 * Numbers as Vietnamese reports write them: thousands with dots (43.297) and one decimal after a
 * comma (98,3), whatever the server's locale.
 */
final class VietnameseNumbers {

    private VietnameseNumbers() {
    }

    static String count(long n) {
        String digits = Long.toString(Math.abs(n));
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (digits.length() - i) % 3 == 0) {
                out.append('.');
            }
            out.append(digits.charAt(i));
        }
        return (n < 0 ? "-" : "") + out;
    }

    /** A share as a percentage with one decimal ("98,3"); 0 of 0 is "0,0". */
    static String percent(long part, long whole) {
        long perMille = whole == 0 ? 0 : Math.round(part * 1000.0 / whole);
        return count(perMille / 10) + "," + perMille % 10;
    }
}
