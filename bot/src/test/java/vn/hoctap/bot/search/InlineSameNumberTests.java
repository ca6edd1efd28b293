package vn.hoctap.bot.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.fasterxml.jackson.databind.JsonNode;

import vn.hoctap.bot.telegram.fake.FakeUser;
import vn.hoctap.bot.testing.BotIntegrationTest;
import vn.hoctap.content.library.DocumentLibrary;

/** "@bot nq 18" lists two resolutions numbered 18-NQ/TW: their dates tell them apart in the list and in the chat. */
class InlineSameNumberTests extends BotIntegrationTest {

    @Autowired
    DocumentLibrary library;

    @Test
    void documentsSharingANumberShowTheirDates() {
        if (documents.findAll().stream().noneMatch(d -> d.code().equals("44-NQ/TW"))) {
            library.importBundledLibrary();
        }
        FakeUser user = newUser("Nội tuyến");
        JsonNode results = telegram.awaitInlineAnswer(user.inlineQuery("nq 18"), WAIT);
        List<String> descriptions = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        results.forEach(r -> {
            if (r.path("title").asText().startsWith("18-NQ/TW")) {
                descriptions.add(r.path("description").asText());
                texts.add(r.path("input_message_content").path("message_text").asText());
            }
        });
        assertThat(descriptions).anyMatch(d -> d.startsWith("25/10/2017 · ")).anyMatch(d -> d.startsWith("16/06/2022 · "));
        assertThat(texts).anyMatch(t -> t.startsWith("📄 <b>18-NQ/TW</b> · 25/10/2017 — "))
                .anyMatch(t -> t.startsWith("📄 <b>18-NQ/TW</b> · 16/06/2022 — "));
    }
}
