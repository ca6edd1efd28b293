package vn.hoctap.bot;

import java.time.Clock;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;

/** The Hoctap Bot application: Telegram bot, web API and the content and scheduler modules. */
@SpringBootApplication(scanBasePackages = "vn.hoctap")
@ConfigurationPropertiesScan("vn.hoctap")
public class HoctapApplication {

    public static void main(String[] args) {
        SpringApplication.run(HoctapApplication.class, args);
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
