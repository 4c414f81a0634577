import type { DemoMeta } from "../types";

export const storesMeta: DemoMeta = {
  id: "stores",
  title: "Session stores: memory, SQLite and Redis",
  summary: "Keep the same session data in three server-side stores, then restart the memory store and see which sessions survive.",
  mechanisms: ["server"],
  howToTest:
    "Press Write to every store, then Restart the memory store (simulated), then Read every store: the memory session is gone, the SQLite (and Redis) ones are still there.",
  howItWorks: [
    "Each store gets its own session cookie (__Host-stores-memory, __Host-stores-sqlite, __Host-stores-redis), so one browser holds three separate sessions with the same data. The browser only ever holds the random IDs; the data stays on the server.",
    "The memory store is a Map inside the app process: the fastest, but a restart or a crash empties it, and a second app instance cannot see it. The restart button here is simulated: the process keeps running, but your memory store is replaced by an empty one, exactly what a restart would leave.",
    "A real restart would empty every visitor's memory sessions at once. So that one learner's button does not log out the others, each visitor of this lab has a small memory store of their own (at most 20 sessions), named by one more random, HttpOnly cookie the first memory session sets: __Host-stores-visitor. The restart empties only yours.",
    "SQLite keeps sessions in a file on this server's disk: they survive a restart, but only processes on this machine can open the file. Redis is a separate server: sessions survive an app restart, and every app instance that connects to it shares them, which is what lets a site run on several servers.",
    "After the restart the browser still sends its memory cookie: the server no longer knows that ID and, in strict mode, refuses to adopt it and clears the cookie.",
    "Redis appears only when the server was started with REDIS_URL (for example REDIS_URL=redis://127.0.0.1:6379 npm start, with a redis-server running).",
  ],
  lesson: "sessions",
  code: [
    "app/api/stores/route.ts",
    "app/api/stores/restart/route.ts",
    "lib/api/stores.ts",
    "lib/api/visitor-stores.ts",
    "lib/session/memory-store.ts",
    "lib/session/sqlite-store.ts",
    "lib/session/redis-store.ts",
  ],
};
