package vn.hoctap.bot.webapp;

import java.util.Optional;

import org.springframework.stereotype.Component;

import vn.hoctap.bot.telegram.Button;
import vn.hoctap.bot.telegram.Texts;

/** The "Đọc toàn văn" buttons that open the Mini App on a document (none when the Mini App is off). */
@Component
public class WebAppLinks {

    private final WebAppProperties props;
    private final Texts texts;

    WebAppLinks(WebAppProperties props, Texts texts) {
        this.props = props;
        this.texts = texts;
    }

    /** Opens the document, at section {@code position} (-1 for the top). */
    public Optional<Button> readDocument(long documentId, int position) {
        if (!props.enabled()) {
            return Optional.empty();
        }
        String url = props.pageUrl() + "?d=" + documentId + (position >= 0 ? "&s=" + position : "");
        return Optional.of(Button.webApp(texts.get("button.readFull"), url));
    }
}
