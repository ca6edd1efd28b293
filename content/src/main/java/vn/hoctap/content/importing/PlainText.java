package vn.hoctap.content.importing;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes .txt and .md files. Authors are asked for UTF-8, but Windows tools also save UTF-16 with a
 * byte-order mark, and old files are 8-bit TCVN3/VNI; those are decoded as Windows-1252 so the
 * legacy-font check can name the encoding instead of failing on bad UTF-8.
 */
final class PlainText {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private PlainText() {
    }

    static String decode(byte[] bytes) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return strict(bytes, 3, StandardCharsets.UTF_8);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return strict(bytes, 2, StandardCharsets.UTF_16LE);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return strict(bytes, 2, StandardCharsets.UTF_16BE);
        }
        try {
            return decoder(StandardCharsets.UTF_8).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            String eightBit = new String(bytes, WINDOWS_1252);
            if (LegacyEncodingDetector.detect(eightBit).isPresent()) {
                return eightBit;
            }
            throw new ImportProblem("the text is not UTF-8; save the file as UTF-8 and import again");
        }
    }

    private static String strict(byte[] bytes, int offset, Charset charset) {
        try {
            return decoder(charset).decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
        } catch (CharacterCodingException e) {
            throw new ImportProblem("the text is not valid " + charset.name() + " although it starts with a "
                    + charset.name() + " byte-order mark");
        }
    }

    private static java.nio.charset.CharsetDecoder decoder(Charset charset) {
        return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
