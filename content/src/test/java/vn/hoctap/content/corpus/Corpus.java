package vn.hoctap.content.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import vn.hoctap.content.document.NewDocument;
import vn.hoctap.content.importing.DocumentReaders;
import vn.hoctap.content.importing.ImportHints;

/**
 * The test corpus in {@code corpus/}: news articles pasted from web pages (with captions,
 * timestamps, comment forms), reports, plans, guidance, outlines and speeches, written for these
 * tests (fictional but plausible), read by the real importer. Undated texts get a fixed "today".
 */
public final class Corpus {

    /** A corpus file and the document the importer made of it. */
    public record Entry(String file, byte[] content, NewDocument document) {
    }

    public static final LocalDate TODAY = LocalDate.of(2020, 2, 29);

    private static List<Entry> cached;

    private Corpus() {
    }

    public static synchronized List<Entry> load() {
        if (cached != null) {
            return cached;
        }
        try {
            Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath*:corpus/*.*");
            Arrays.sort(files, Comparator.comparing(Resource::getFilename));
            DocumentReaders readers = new DocumentReaders();
            List<Entry> out = new ArrayList<>();
            for (Resource f : files) {
                byte[] bytes = f.getContentAsByteArray();
                out.add(new Entry(f.getFilename(), bytes,
                        readers.read(f.getFilename(), bytes, new ImportHints(null, null, null, TODAY))));
            }
            cached = List.copyOf(out);
            return cached;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether the file is written as a news article (as opposed to an office's report, plan or outline). */
    public static boolean newsStyle(Entry e) {
        return e.file().startsWith("n") || e.file().startsWith("m");
    }
}
