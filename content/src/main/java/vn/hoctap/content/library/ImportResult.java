package vn.hoctap.content.library;

import vn.hoctap.content.document.Document;

/** What an import did: the stored document, whether it was new, and how it was summarised. */
public record ImportResult(String fileName, Document document, boolean created, int sections) {
}
