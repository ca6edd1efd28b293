package vn.hoctap.bot.telegram;

import java.util.ArrayList;
import java.util.List;

/** Rows of inline buttons under a message. */
public record Keyboard(List<List<Button>> rows) {

    public static final Keyboard NONE = new Keyboard(List.of());

    public static Keyboard of(Button... oneButtonPerRow) {
        List<List<Button>> rows = new ArrayList<>();
        for (Button b : oneButtonPerRow) {
            rows.add(List.of(b));
        }
        return new Keyboard(rows);
    }

    public Keyboard {
        rows = rows.stream().filter(r -> !r.isEmpty()).map(List::copyOf).toList();
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }
}
