/**
 * The lab's per-session limit: 1 MiB of JSON-serialised data, so the size-limit demo can show a
 * session holding a megabyte where a cookie stops at 4096 bytes. Only the ID travels, so this
 * limit costs the store, never the wire. (SessionManager's own default, 8192, suits a real app.)
 */
export const SESSION_MAX_DATA_BYTES = 1024 * 1024;

/**
 * Each store's default budget for all its sessions' data together (the same JSON measure), so a
 * flood of large sessions cannot fill the disk, Redis or the app's memory: at the per-session
 * limit, 256 sessions of a megabyte. SQLite and Redis refuse past it (503 store_full), the
 * memory store evicts. `SESSION_STORE_MAX_BYTES` overrides it.
 */
export const STORE_MAX_BYTES = 256 * 1024 * 1024;
