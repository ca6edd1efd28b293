package vn.hoctap.content.corpus;

/** Prints how the importer read each corpus file (a debugging aid, not a test). */
public final class CorpusDump {

    public static void main(String[] args) {
        for (Corpus.Entry e : Corpus.load()) {
            if (args.length > 0 && !e.file().contains(args[0])) {
                continue;
            }
            var d = e.document();
            System.out.printf("== %s: %s | %s | %s | %s%n", e.file(), d.code(), d.issuer(), d.issuedOn(), d.title());
            d.sections().forEach(s -> System.out.printf("  [%d] %s%n      %s%n", s.level(), s.heading(),
                    s.text().replace("\n", "\n      ")));
        }
    }
}
