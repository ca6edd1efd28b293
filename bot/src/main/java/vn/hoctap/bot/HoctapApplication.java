package vn.hoctap.bot;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableScheduling;

import vn.hoctap.bot.documents.ImportCommand;
import vn.hoctap.content.library.DocumentLibrary;

/** The Hoctap Bot application: Telegram bot, web API and the content and scheduler modules. */
@SpringBootApplication(scanBasePackages = "vn.hoctap")
@ConfigurationPropertiesScan("vn.hoctap")
@EnableScheduling
public class HoctapApplication {

    public static void main(String[] args) {
        if (args.length > 0 && "import".equals(args[0])) {
            System.exit(runImport(args));
        }
        SpringApplication.run(HoctapApplication.class, args);
    }

    /** {@code import FILE…}: the same application without web server or Telegram, then exit. */
    static int runImport(String[] args) {
        List<String> files = Arrays.stream(args).skip(1).filter(a -> !a.startsWith("--")).toList();
        String[] options = Arrays.stream(args).skip(1).filter(a -> a.startsWith("--")).toArray(String[]::new);
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(HoctapApplication.class)
                .web(WebApplicationType.NONE).properties("hoctap.telegram.token=", "spring.main.banner-mode=off")
                .logStartupInfo(false).run(options)) {
            return new ImportCommand(context.getBean(DocumentLibrary.class), System.out).run(files);
        }
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
