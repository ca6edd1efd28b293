package vn.hoctap.bot.webapp;

/** The member a Mini App request is made for, as proven by Telegram's initData. */
record WebAppMember(long memberId, long telegramUserId, String fullName) {
}
