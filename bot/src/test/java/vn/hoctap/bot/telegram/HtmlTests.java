package vn.hoctap.bot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlTests {

    @Test
    void escapesOnlyWhatTelegramRequiresAndKeepsVietnamese() {
        assertThat(Html.escape("Bộ máy <tinh gọn> & \"hiệu quả\"")).isEqualTo("Bộ máy &lt;tinh gọn&gt; &amp; &quot;hiệu quả&quot;");
    }

    @Test
    void plainTextOfASnippet() {
        assertThat(Html.toPlain("<b>bộ</b> máy 18-NQ&#x2F;TW &amp; &lt;x&gt;")).isEqualTo("bộ máy 18-NQ/TW & <x>");
    }
}
