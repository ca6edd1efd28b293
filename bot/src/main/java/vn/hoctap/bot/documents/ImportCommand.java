package vn.hoctap.bot.documents;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import vn.hoctap.content.importing.ImportFailedException;
import vn.hoctap.content.library.DocumentLibrary;
import vn.hoctap.content.library.ImportResult;

/**
 * The command line import: {@code java -jar hoctap-bot.jar import FILE…}. Each file is imported
 * on its own (a bad file does not stop the others); the exit code is 0 only if all succeeded.
 */
public final class ImportCommand {

    private final DocumentLibrary library;
    private final PrintStream out;

    public ImportCommand(DocumentLibrary library, PrintStream out) {
        this.library = library;
        this.out = out;
    }

    public int run(List<String> files) {
        if (files.isEmpty()) {
            out.println("usage: java -jar hoctap-bot.jar import FILE.md|.txt|.docx|.pdf …");
            return 2;
        }
        int failures = 0;
        for (String file : files) {
            Path path = Path.of(file);
            try {
                ImportResult r = library.importFile(path.getFileName().toString(), Files.readAllBytes(path));
                out.printf("%s: %s %s (%d sections%s)%n", file, r.created() ? "imported" : "updated", r.document().code(),
                        r.sections(), r.document().summaryGenerated() ? ", summary generated" : "");
            } catch (ImportFailedException e) {
                failures++;
                out.println("FAILED " + e.getMessage());
            } catch (IOException e) {
                failures++;
                out.println("FAILED " + file + ": cannot read the file (" + e.getMessage() + ")");
            }
        }
        return failures == 0 ? 0 : 1;
    }
}
