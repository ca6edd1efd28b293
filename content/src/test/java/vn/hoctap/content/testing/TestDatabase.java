package vn.hoctap.content.testing;

import javax.sql.DataSource;

import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The migrated database of a test: this JVM's shared test database, emptied when a test (or, with
 * {@link #perClass()}, a test class) first asks for it, so each starts from the schema alone and
 * no database is left per test. Keep it in a field and call {@link #dataSource()} in
 * {@code @BeforeEach} (or {@code @BeforeAll} in a {@code PER_CLASS} class whose tests share data).
 */
public final class TestDatabase {

    private DataSource dataSource;

    private TestDatabase() {
    }

    /** Emptied for each test method: call {@link #dataSource()} in {@code @BeforeEach}. */
    public static TestDatabase perTest() {
        return new TestDatabase();
    }

    /** Emptied once for the class: call {@link #dataSource()} in {@code @BeforeAll} of a {@code PER_CLASS} class. */
    public static TestDatabase perClass() {
        return new TestDatabase();
    }

    /** The database, emptied on this instance's first call. */
    public DataSource dataSource() {
        if (dataSource == null) {
            dataSource = new DriverManagerDataSource(TestPostgres.emptiedMigratedDatabase());
        }
        return dataSource;
    }
}
