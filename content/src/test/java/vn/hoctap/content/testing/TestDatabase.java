package vn.hoctap.content.testing;

import javax.sql.DataSource;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * A migrated database of a test (or of a test class), dropped after it, so repeated runs leave
 * no databases behind. Register it on a field:
 * {@code @RegisterExtension final TestDatabase database = TestDatabase.perTest();} and call
 * {@link #dataSource()} in {@code @BeforeEach}; or {@link #perClass()} in a class whose tests
 * share one database built in {@code @BeforeAll} ({@code PER_CLASS} lifecycle).
 */
public final class TestDatabase implements AfterEachCallback, AfterAllCallback {

    private final boolean perClass;
    private String url;

    private TestDatabase(boolean perClass) {
        this.perClass = perClass;
    }

    /** A database per test method, dropped after each. */
    public static TestDatabase perTest() {
        return new TestDatabase(false);
    }

    /** One database for the whole class, dropped after its last test. */
    public static TestDatabase perClass() {
        return new TestDatabase(true);
    }

    /** The database, created (as a copy of the migrated template) on the first call. */
    public DataSource dataSource() {
        if (url == null) {
            url = TestPostgres.createMigratedDatabase();
        }
        return new DriverManagerDataSource(url);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (!perClass) {
            dropIfCreated();
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        dropIfCreated();
    }

    private void dropIfCreated() {
        if (url != null) {
            TestPostgres.dropLater(url);
            url = null;
        }
    }
}
