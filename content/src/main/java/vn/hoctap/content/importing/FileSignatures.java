package vn.hoctap.content.importing;

/**
 * Names what a file really is from its first bytes, so that "report.pdf" that is really an old
 * Word .doc gets a message the admin can act on.
 */
final class FileSignatures {

    private FileSignatures() {
    }

    /** "a PDF", "an old Word .doc (or a password-protected .docx)", "a ZIP archive", or null if unknown. */
    static String describe(byte[] bytes) {
        if (starts(bytes, '%', 'P', 'D', 'F')) {
            return "a PDF";
        }
        if (starts(bytes, 0xD0, 0xCF, 0x11, 0xE0)) {
            return "an old Word .doc (or a password-protected .docx); save it as .docx";
        }
        if (starts(bytes, 'P', 'K', 3, 4)) {
            return "a ZIP archive, perhaps a .docx";
        }
        if (starts(bytes, '{', '\\', 'r', 't', 'f')) {
            return "an RTF document; save it as .docx";
        }
        return null;
    }

    private static boolean starts(byte[] bytes, int... prefix) {
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
