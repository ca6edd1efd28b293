package vn.hoctap.bot.bench;

import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;

import vn.hoctap.bot.telegram.CallbackData;
import vn.hoctap.bot.telegram.fake.FakeUser;

/**
 * The realistic update mix of {@link UpdateBenchmark}: {@code /hoc} 20%, a search typed as plain
 * text 30% (half without diacritics), {@code /tiendo} 10%, buttons 40% (open an assignment, next
 * page), chats taken in turn so each chat's updates are evenly spaced. The same seed gives the echo
 * bot and the app exactly the same updates. {@code -Dmix=nosearch} leaves the searches out (the other
 * kinds in the same proportions), to measure the pipeline apart from search.
 */
final class UpdateMix {

    static final List<String> SEARCHES = List.of("phòng chống tham nhũng", "bo may tinh gon", "công tác dân số",
            "xây dựng chỉnh đốn Đảng", "kinh te tu nhan", "chuyển đổi số quốc gia", "cong tac can bo", "nghị quyết 18",
            "tinh gon bo may hieu luc hieu qua", "học tập và làm theo tư tưởng Hồ Chí Minh", "quoc phong an ninh",
            "tự diễn biến, tự chuyển hóa", "giao duc dao tao", "khoa học công nghệ đổi mới sáng tạo", "ton giao tin nguong",
            "sắp xếp đơn vị hành chính", "già hóa dân số", "nang cao chat luong dang vien", "văn hóa con người Việt Nam",
            "kiem soat quyen luc");

    private static final boolean NO_SEARCH = "nosearch".equals(System.getProperty("mix"));

    private final List<FakeUser> users;
    private final List<Long> assignmentIds;
    private final Random random;
    /** Callback query id to its chat: answerCallbackQuery names no chat. */
    final Map<String, Long> callbackChats = new ConcurrentHashMap<>();
    private int next;

    UpdateMix(List<FakeUser> users, List<Long> assignmentIds, long seed) {
        this.users = users;
        this.assignmentIds = assignmentIds;
        this.random = new Random(seed);
    }

    /** {@code -Dmix=nosearch}: no search text, the other kinds keep their proportions. */
    static boolean noSearch() {
        return NO_SEARCH;
    }

    /** Maps 0..69 onto the non-search slots of the 0..99 scale (/hoc 0..19, /tiendo and buttons 50..99). */
    private static int skipSearch(int r) {
        return r < 20 ? r : r + 30;
    }

    /** The chat the next update will come from. */
    long nextChat() {
        return users.get(next % users.size()).chatId();
    }

    /** Queues the next update at the fake server and returns its chat. */
    long queueNext() {
        FakeUser user = users.get(next++ % users.size());
        int r = NO_SEARCH ? skipSearch(random.nextInt(70)) : random.nextInt(100);
        long assignment = assignmentIds.get(random.nextInt(assignmentIds.size()));
        if (r < 20) {
            user.sendText("/hoc");
        } else if (r < 50) {
            user.sendText(SEARCHES.get(random.nextInt(SEARCHES.size())));
        } else if (r < 60) {
            user.sendText("/tiendo");
        } else {
            String data = r < 80 ? CallbackData.of("o", assignment) : CallbackData.of("p", assignment, 2);
            user.pressWithoutMessage(data, id -> callbackChats.put(id, user.chatId()));
        }
        return user.chatId();
    }
}
