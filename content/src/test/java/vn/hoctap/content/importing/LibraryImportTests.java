package vn.hoctap.content.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import vn.hoctap.content.document.NewDocument;

/** Every document shipped in the library must import, so a broken file fails the build, not the app. */
class LibraryImportTests {

    private static final Path LIBRARY = Path.of("src/main/resources/library");

    private final DocumentReaders readers = new DocumentReaders();

    static Stream<Path> libraryFiles() throws IOException {
        try (Stream<Path> files = Files.list(LIBRARY)) {
            return files.filter(Files::isRegularFile).sorted().toList().stream();
        }
    }

    @Test
    void libraryIsNotEmpty() throws IOException {
        assertThat(libraryFiles()).isNotEmpty();
    }

    @ParameterizedTest
    @MethodSource("libraryFiles")
    void everyLibraryFileImports(Path file) throws IOException {
        NewDocument doc = readers.read(file.getFileName().toString(), Files.readAllBytes(file));

        assertThat(doc.title()).isNotBlank();
        assertThat(doc.sections()).isNotEmpty();
        assertThat(doc.sections()).allSatisfy(s -> assertThat(s.heading()).isNotBlank());
        assertThat(Normalizer.isNormalized(doc.title() + doc.summary(), Normalizer.Form.NFC)).isTrue();
    }
}
