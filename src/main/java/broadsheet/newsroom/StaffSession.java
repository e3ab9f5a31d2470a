package broadsheet.newsroom;

/** A signed-in member of staff on this request, with the token their forms must carry. */
record StaffSession(Account account, String csrfToken, String tokenHash) {}
