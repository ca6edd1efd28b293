package vn.hoctap.content.importing;

/**
 * A parser's complaint about the text it was given. Parsers work on text and do not know the file
 * name, so {@link DocumentReaders} turns this into an {@link ImportFailedException} naming the file.
 */
final class ImportProblem extends RuntimeException {

    private static final long serialVersionUID = 1L;

    ImportProblem(String reason) {
        super(reason);
    }
}
