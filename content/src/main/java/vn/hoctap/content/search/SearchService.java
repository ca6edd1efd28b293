package vn.hoctap.content.search;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

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

    /**
     * Recent queries kept by default. Only pages of up to {@link #CACHED_LIMIT} documents are kept (the
     * bot asks for 5, inline mode for 10; the API's larger pages are not): with their snippets that is
     * at most about 15 KB a page, so the cache stays under 10 MB.
     */
    static final int RECENT_QUERIES = 500;
    static final int CACHED_LIMIT = 10;

    private final DocumentRepository documents;
    /**
     * Recent results of the current index: on the day a resolution is announced, thousands of
     * members type the same few words. Keyed by the index's generation, which every change bumps,
     * so a search that raced a change can only file its answer under a generation no one asks for.
     */
    private final Cache<Recent, SearchResults> recent;
    private final AtomicLong generation = new AtomicLong();
    private volatile LibraryIndex index = LibraryIndex.build(List.of());
    private volatile String version = "";
    private volatile java.time.OffsetDateTime seenUpTo = java.time.OffsetDateTime.MIN;

    public SearchService(DocumentRepository documents) {
        this(documents, RECENT_QUERIES);
    }

    /** @param recentQueries how many recent queries' results to keep ({@code hoctap.search.recent-queries}; 0 keeps none) */
    @Autowired
    public SearchService(DocumentRepository documents, @Value("${hoctap.search.recent-queries:" + RECENT_QUERIES + "}") int recentQueries) {
        this.documents = documents;
        this.recent = Caffeine.newBuilder().maximumSize(Math.max(0, recentQueries)).build();
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
        indexChanged();
        version = current;
        log.info("Search index built: {} documents, {} entries in {} ms", index.documentCount(), index.sectionCount(),
                (System.nanoTime() - start) / 1_000_000);
    }

    /** Re-indexes one document after it was imported or edited here. */
    public synchronized void documentChanged(long documentId) {
        documents.findById(documentId).ifPresent(d -> index.upsert(IndexedDocument.of(d, sectionsOf(documentId))));
        indexChanged();
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
        indexChanged();
        version = documents.version();
        log.info("Search index picked up {} document(s) changed elsewhere", changed.size());
    }

    private List<Section> sectionsOf(long documentId) {
        return documents.sections(documentId).stream().map(s -> new Section(s.level(), s.heading(), s.text())).toList();
    }

    /** The best documents for the query (at most 50), from the cache of recent queries when the index has not changed since. */
    public SearchResults search(String query, int limit) {
        Recent key = new Recent(generation.get(), QueryFactory.clean(query), Math.max(1, Math.min(limit, 50)));
        if (key.query().isEmpty() || key.limit() > CACHED_LIMIT) {
            return index.search(key.query(), key.limit());
        }
        // one search per query and generation even when many members ask at once; the others wait for it
        return recent.get(key, k -> index.search(k.query(), k.limit()));
    }

    /** Called after the index has changed (and searches see the change): answers kept before are dropped. */
    private void indexChanged() {
        generation.incrementAndGet();
        recent.invalidateAll();
    }

    private record Recent(long generation, String query, int limit) {
    }
}
