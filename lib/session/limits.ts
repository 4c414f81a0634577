/**
 * The lab's per-session limit: 1 MiB of JSON-serialised data, so the size-limit demo can show a
 * session holding a megabyte where a cookie stops at 4096 bytes. Only the ID travels, so this
 * limit costs the store, never the wire. (SessionManager's own default, 8192, suits a real app.)
 */
export const SESSION_MAX_DATA_BYTES = 1024 * 1024;
