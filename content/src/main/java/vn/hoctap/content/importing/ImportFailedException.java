package vn.hoctap.content.importing;

/**
 * Why a file could not be imported, in English for the admin who uploaded it. The message always
 * starts with the file name so that a batch import says which file to fix.
 */
public final class ImportFailedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String fileName;

    public ImportFailedException(String fileName, String reason) {
        this(fileName, reason, null);
    }

    public ImportFailedException(String fileName, String reason, Throwable cause) {
        super(displayName(fileName) + ": " + reason, cause);
        this.fileName = displayName(fileName);
    }

    /** The file as the admin named it ("(unnamed)" if no name was given). */
    public String fileName() {
        return fileName;
    }

    static String displayName(String fileName) {
        return fileName == null || fileName.isBlank() ? "(unnamed)" : fileName.strip();
    }
}
