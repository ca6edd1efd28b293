package vn.hoctap.content.search;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

import vn.hoctap.content.document.DocumentRepository;
import vn.hoctap.content.document.Section;
import vn.hoctap.content.document.StoredSection;

/**
 * The library's search, answered from an index built from PostgreSQL at start-up and kept current
 * document by document: right after an import on this instance, and for imports made by another
 * instance, by periodically picking up documents updated since the last look.
 */
@Service
public class SearchService implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(SearchService.class);

    private final DocumentRepository documents;
    private volatile LibraryIndex index = LibraryIndex.build(List.of());
    private volatile String version = "";
    private volatile java.time.OffsetDateTime seenUpTo = java.time.OffsetDateTime.MIN;

    public SearchService(DocumentRepository documents) {
        this.documents = documents;
    }

    @Override
    public void afterSingletonsInstantiated() {
        rebuild();
    }

    public synchronized void rebuild() {
        long start = System.nanoTime();
        String current = documents.version();
        seenUpTo = documents.lastUpdate();
        Map<Long, List<Section>> sections = documents.allSections().stream().collect(Collectors.groupingBy(
                StoredSection::documentId, Collectors.mapping(s -> new Section(s.level(), s.heading(), s.text()), Collectors.toList())));
        List<IndexedDocument> all = documents.findAll().stream()
                .map(d -> IndexedDocument.of(d, sections.getOrDefault(d.id(), List.of()))).toList();
        // The previous index is not closed: searches may still run on it; it holds only heap memory.
        index = LibraryIndex.build(all);
        version = current;
        log.info("Search index built: {} documents, {} entries in {} ms", index.documentCount(), index.sectionCount(),
                (System.nanoTime() - start) / 1_000_000);
    }

    /** Re-indexes one document after it was imported or edited here. */
    public synchronized void documentChanged(long documentId) {
        documents.findById(documentId).ifPresent(d -> index.upsert(IndexedDocument.of(d, sectionsOf(documentId))));
        version = documents.version();
    }

    @Scheduled(fixedDelayString = "${hoctap.search.refresh-interval:30s}", initialDelayString = "${hoctap.search.refresh-interval:30s}")
    public synchronized void refreshIfChanged() {
        if (documents.version().equals(version)) {
            return;
        }
        java.time.OffsetDateTime since = seenUpTo;
        seenUpTo = documents.lastUpdate();
        var changed = documents.updatedSince(since);
        changed.forEach(d -> index.upsert(IndexedDocument.of(d, sectionsOf(d.id()))));
        version = documents.version();
        log.info("Search index picked up {} document(s) changed elsewhere", changed.size());
    }

    private List<Section> sectionsOf(long documentId) {
        return documents.sections(documentId).stream().map(s -> new Section(s.level(), s.heading(), s.text())).toList();
    }

    public SearchResults search(String query, int limit) {
        return index.search(query, Math.max(1, Math.min(limit, 50)));
    }
}
