package vn.hoctap.bot.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DatabaseUrlsTests {

    @Test
    void jdbcUrlIsUsedAsGiven() {
        var jdbc = DatabaseUrls.toJdbc("jdbc:postgresql://db:5432/hoctap", "u", "p");
        assertThat(jdbc).isEqualTo(new DatabaseUrls.Jdbc("jdbc:postgresql://db:5432/hoctap", "u", "p"));
    }

    @Test
    void herokuStyleUrlIsConvertedWithDecodedCredentials() {
        var jdbc = DatabaseUrls.toJdbc("postgres://hoc%40tap:p%3Ass@db.example:6543/prod?sslmode=require", null, null);
        assertThat(jdbc.url()).isEqualTo("jdbc:postgresql://db.example:6543/prod?sslmode=require");
        assertThat(jdbc.username()).isEqualTo("hoc@tap");
        assertThat(jdbc.password()).isEqualTo("p:ss");
    }

    @Test
    void defaultPortIsFilledIn() {
        assertThat(DatabaseUrls.toJdbc("postgresql://db/x", "a", "b").url()).isEqualTo("jdbc:postgresql://db:5432/x");
    }

    @Test
    void otherSchemesAreRefusedWithAClearMessage() {
        assertThatThrownBy(() -> DatabaseUrls.toJdbc("mysql://db/x", null, null))
                .hasMessageContaining("unsupported database URL");
    }
}
