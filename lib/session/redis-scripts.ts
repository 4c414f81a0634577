/**
 * Lua scripts run atomically by Redis (EVAL), so a read-check-write is one step even with many
 * app processes sharing the server. Layout: one HASH per session, `KEYS[1]`, whose meta fields
 * start with `@` and whose data fields are JSON-encoded key names (always starting with `"`, so
 * they cannot collide) holding JSON values; a ZSET index, `KEYS[2]`, scores each id with its
 * expiry so the max-sessions cap and `count` stay O(log n) while Redis expires the hashes itself.
 * For the byte budget, a HASH of sizes, `KEYS[3]` (id -> bytes of its data JSON), and their sum,
 * `KEYS[4]`; neither expires, so each script keeps both in step with the index: a session counts
 * its bytes exactly while it has an index entry, and a sweep, which drops the entries of hashes
 * Redis already expired, subtracts their sizes (an expired session never holds budget for long).
 * For the per-client budget, a HASH of owners, `KEYS[5]` (id -> client, for sessions started by a
 * known client), and each client's sum, `KEYS[6]` (client -> bytes), kept in step the same way;
 * and a SET of the sessions a login started, `KEYS[7]`, which eviction spares. For "log out
 * everywhere", a HASH of owners, `KEYS[8]` (id -> the account, for sessions set with one), and
 * per owner a SET of their ids, `<prefix>owned:<owner>` (the prefix is KEYS[8]'s, less "owners"),
 * kept in step the same way, so an owner's set only ever holds ids with an index entry, and is gone
 * with their last session.
 * Times come from Redis's own clock (TIME), the one its native TTL uses.
 */
const NOW = `local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)`;

/** release(clients, clientBytes, id, size): a session's bytes leave its client's sum. */
const RELEASE = `local function release(clients, clientBytes, id, size)
  local client = redis.call('HGET', clients, id)
  if not client then return end
  redis.call('HDEL', clients, id)
  if redis.call('HINCRBY', clientBytes, client, -size) <= 0 then redis.call('HDEL', clientBytes, client) end
end`;

/** ownedKey(owners, owner): the SET of an owner's ids; unown(owners, id): a session leaves its owner's set. */
const UNOWN = `local function ownedKey(owners, owner) return string.sub(owners, 1, #owners - 6) .. 'owned:' .. owner end
local function unown(owners, id)
  local owner = redis.call('HGET', owners, id)
  if not owner then return end
  redis.call('HDEL', owners, id)
  redis.call('SREM', ownedKey(owners, owner), id)
end`;

/** sweep(index, sizes, total, clients, clientBytes, logins, owners, now): drops expired index entries and their sizes; returns how many. */
const SWEEP = `${RELEASE}
${UNOWN}
local function sweep(index, sizes, total, clients, clientBytes, logins, owners, now)
  local ids = redis.call('ZRANGEBYSCORE', index, '-inf', now)
  if #ids == 0 then return 0 end
  local freed = 0
  for _, id in ipairs(ids) do
    redis.call('SREM', logins, id)
    unown(owners, id)
    local size = redis.call('HGET', sizes, id)
    if size then
      freed = freed + tonumber(size)
      redis.call('HDEL', sizes, id)
      release(clients, clientBytes, id, tonumber(size))
    end
  end
  redis.call('ZREMRANGEBYSCORE', index, '-inf', now)
  if freed > 0 then redis.call('DECRBY', total, freed) end
  return #ids
end`;

/** overBudget(sizes, total, id, bytes, max): only growth is refused; a write that keeps or shrinks a session's size always fits. */
const OVER_BUDGET = `local function sizeOf(sizes, id) return tonumber(redis.call('HGET', sizes, id)) or 0 end
local function overBudget(sizes, total, id, bytes, max)
  local old = sizeOf(sizes, id)
  return bytes > old and (tonumber(redis.call('GET', total)) or 0) - old + bytes > max
end`;

/**
 * clientOver(clientBytes, sizes, id, client, bytes, max): growing one of client's sessions
 * to bytes passes its budget (max -1: no budget; client '': unknown, never counted).
 */
const CLIENT_OVER = `local function clientOver(clientBytes, sizes, id, client, bytes, max)
  if client == '' or max < 0 then return false end
  local old = sizeOf(sizes, id)
  return bytes > old and (tonumber(redis.call('HGET', clientBytes, client)) or 0) - old + bytes > max
end`;

/** Records a session's new size: total += bytes - old, and the same for its client's sum. */
const RECORD_SIZE = `local function recordSize(sizes, total, clients, clientBytes, id, client, bytes)
  local old = sizeOf(sizes, id)
  redis.call('HSET', sizes, id, bytes)
  if bytes ~= old then redis.call('INCRBY', total, bytes - old) end
  if client ~= '' then
    redis.call('HSET', clients, id, client)
    if bytes ~= old then redis.call('HINCRBY', clientBytes, client, bytes - old) end
  end
end`;

/**
 * destroyOne(hash, id): ends one session as DESTROY does, with the KEYS layout of the session
 * scripts (KEYS[1] aside); needs release and unown in scope.
 */
const DESTROY_ONE_FN = `local function destroyOne(hash, id)
  redis.call('ZREM', KEYS[2], id)
  redis.call('SREM', KEYS[7], id)
  local size = redis.call('HGET', KEYS[3], id)
  if size then
    redis.call('HDEL', KEYS[3], id)
    redis.call('DECRBY', KEYS[4], size)
    release(KEYS[5], KEYS[6], id, tonumber(size))
  end
  unown(KEYS[8], id)
  return redis.call('DEL', hash)
end`;

/**
 * evictOne(keep): ends the anonymous session that would expire soonest (the least recently used),
 * never `keep` (the one being written) nor a login's, with destroyOne; false when none is found
 * among the 64 soonest. Uses the KEYS layout of SET and UPDATE, after SWEEP; a session's hash key
 * is KEYS[1] with the written session's id swapped for the victim's.
 */
const EVICT_ONE = `${DESTROY_ONE_FN}
local hashPrefix = string.sub(KEYS[1], 1, #KEYS[1] - #ARGV[1])
local function evictOne(keep)
  for _, victim in ipairs(redis.call('ZRANGE', KEYS[2], 0, 63)) do
    if victim ~= keep and redis.call('SISMEMBER', KEYS[7], victim) == 0 then
      destroyOne(hashPrefix .. victim, victim)
      return true
    end
  end
  return false
end`;

/** Bytes of '{' .. join(',', field .. ':' .. value) .. '}': exactly JSON.stringify's length for the same data. */
const JSON_BYTES = `local function jsonBytes(data)
  local bytes, n = 2, 0
  for k, v in pairs(data) do bytes = bytes + #k + 1 + #v; n = n + 1 end
  if n > 1 then bytes = bytes + n - 1 end
  return bytes
end`;

/**
 * ARGV: id, ttlMs, maxSessions, maxBytes (the store's caps for this write), createdAt, lastSeenAt,
 * idleExpiresAt, absoluteExpiresAt, client ('' when unknown), the client's budget (-1: none),
 * login ('1' for a session a login started), evict ('1': make room by evictOne at the caps),
 * owner ('' for none: a replaced session keeps its owner), field, value, ...
 * Returns -3 past the client's budget, -1 at the max-sessions cap, -2 past the byte budget (each
 * after sweeping), else 1. A replaced session keeps the client that started it.
 */
export const SET_SCRIPT = `${NOW}
${SWEEP}
${OVER_BUDGET}
${CLIENT_OVER}
${RECORD_SIZE}
${EVICT_ONE}
${JSON_BYTES}
local id, ttl, maxSessions, maxBytes = ARGV[1], tonumber(ARGV[2]), tonumber(ARGV[3]), tonumber(ARGV[4])
local client = redis.call('HGET', KEYS[5], id) or ARGV[9]
local data = {}
for i = 14, #ARGV, 2 do data[ARGV[i]] = ARGV[i + 1] end
local bytes = jsonBytes(data)
local function full()
  if clientOver(KEYS[6], KEYS[3], id, client, bytes, tonumber(ARGV[10])) then return -3 end
  if redis.call('EXISTS', KEYS[1]) == 0 and redis.call('ZCARD', KEYS[2]) >= maxSessions then return -1 end
  if overBudget(KEYS[3], KEYS[4], id, bytes, maxBytes) then return -2 end
  return 0
end
if full() ~= 0 then sweep(KEYS[2], KEYS[3], KEYS[4], KEYS[5], KEYS[6], KEYS[7], KEYS[8], now) end
local verdict = full()
while ARGV[12] == '1' and (verdict == -1 or verdict == -2) and evictOne(id) do verdict = full() end
if verdict ~= 0 then return verdict end
redis.call('DEL', KEYS[1])
redis.call('HSET', KEYS[1], '@c', ARGV[5], '@l', ARGV[6], '@i', ARGV[7], '@a', ARGV[8])
for i = 14, #ARGV, 2 do redis.call('HSET', KEYS[1], ARGV[i], ARGV[i + 1]) end
if ARGV[13] ~= '' then
  unown(KEYS[8], id)
  redis.call('HSET', KEYS[8], id, ARGV[13])
  redis.call('SADD', ownedKey(KEYS[8], ARGV[13]), id)
end
if ARGV[11] == '1' then redis.call('SADD', KEYS[7], id) else redis.call('SREM', KEYS[7], id) end
redis.call('PEXPIRE', KEYS[1], ttl)
redis.call('ZADD', KEYS[2], now + ttl, id)
recordSize(KEYS[3], KEYS[4], KEYS[5], KEYS[6], id, client, bytes)
return 1`;

/**
 * ARGV: id, ttlMs, maxBytes (per session), storeMaxBytes (the store's budget), lastSeenAt,
 * idleExpiresAt, the client's budget (-1: none), evict ('1': make room by evictOne at the
 * store's budget), patchCount, then patchCount pairs of field, value (an empty value deletes the
 * field: a JSON value is never empty), then pairs of field, item to append. An append edits the
 * stored JSON text: values are compact JSON (JSON.stringify), so '[' starts an array and `[a]` +
 * b is `[a,b]`, byte for byte what JSON.stringify gives, with no decode/encode round trip to lose
 * number precision or turn `[]` into `{}`. Every check runs before any data is written because a
 * Lua error does not roll back earlier writes.
 * Returns {} when the session is gone, {-2, bytes} when too large, {-3, field, first character
 * of its value} when an append meets a non-array, {-4} past the store's byte budget and {-5}
 * past the client's (each after sweeping), else the new HGETALL.
 */
export const UPDATE_SCRIPT = `${NOW}
${SWEEP}
${OVER_BUDGET}
${CLIENT_OVER}
${RECORD_SIZE}
${EVICT_ONE}
${JSON_BYTES}
if redis.call('EXISTS', KEYS[1]) == 0 then return {} end
local id = ARGV[1]
local flat = redis.call('HGETALL', KEYS[1])
local data = {}
for i = 1, #flat, 2 do
  if string.sub(flat[i], 1, 1) ~= '@' then data[flat[i]] = flat[i + 1] end
end
local touched = {}
local appendFrom = 10 + 2 * tonumber(ARGV[9])
for i = 10, appendFrom - 1, 2 do
  if ARGV[i + 1] == '' then data[ARGV[i]] = nil else data[ARGV[i]] = ARGV[i + 1] end
  touched[#touched + 1] = ARGV[i]
end
for i = appendFrom, #ARGV, 2 do
  local list = data[ARGV[i]]
  if list == nil or list == '[]' then data[ARGV[i]] = '[' .. ARGV[i + 1] .. ']'
  elseif string.sub(list, 1, 1) == '[' then data[ARGV[i]] = string.sub(list, 1, -2) .. ',' .. ARGV[i + 1] .. ']'
  else return {-3, ARGV[i], string.sub(list, 1, 1)} end
  touched[#touched + 1] = ARGV[i]
end
local bytes = jsonBytes(data)
if bytes > tonumber(ARGV[3]) then return {-2, bytes} end
local client = redis.call('HGET', KEYS[5], id) or ''
local function refusal()
  if clientOver(KEYS[6], KEYS[3], id, client, bytes, tonumber(ARGV[7])) then return -5 end
  if overBudget(KEYS[3], KEYS[4], id, bytes, tonumber(ARGV[4])) then return -4 end
  return 0
end
if refusal() ~= 0 then
  sweep(KEYS[2], KEYS[3], KEYS[4], KEYS[5], KEYS[6], KEYS[7], KEYS[8], now)
  local still = refusal()
  while ARGV[8] == '1' and still == -4 and evictOne(id) do still = refusal() end
  if still ~= 0 then return {still} end
end
for _, field in ipairs(touched) do
  if data[field] == nil then redis.call('HDEL', KEYS[1], field) else redis.call('HSET', KEYS[1], field, data[field]) end
end
redis.call('HSET', KEYS[1], '@l', ARGV[5], '@i', ARGV[6])
redis.call('PEXPIRE', KEYS[1], tonumber(ARGV[2]))
redis.call('ZADD', KEYS[2], now + tonumber(ARGV[2]), id)
recordSize(KEYS[3], KEYS[4], KEYS[5], KEYS[6], id, client, bytes)
return redis.call('HGETALL', KEYS[1])`;

/** ARGV: id, ttlMs, lastSeenAt, idleExpiresAt. The data, and so its size, stays. */
export const TOUCH_SCRIPT = `${NOW}
if redis.call('EXISTS', KEYS[1]) == 0 then return 0 end
redis.call('HSET', KEYS[1], '@l', ARGV[3], '@i', ARGV[4])
redis.call('PEXPIRE', KEYS[1], tonumber(ARGV[2]))
redis.call('ZADD', KEYS[2], now + tonumber(ARGV[2]), ARGV[1])
return 1`;

/** destroyOne(hash, id), with release and unown: for the scripts that do not already have them (SWEEP does). */
const DESTROY_ONE = `${RELEASE}
${UNOWN}
${DESTROY_ONE_FN}`;

/** ARGV: id. */
export const DESTROY_SCRIPT = `${DESTROY_ONE}
return destroyOne(KEYS[1], ARGV[1])`;

/**
 * KEYS: as the session scripts, with the owner's SET of ids as KEYS[1]. ARGV: the id to spare
 * ('' for none), then '1' and the only ids to end, or '0' for all of them. Ends the owner's live
 * sessions it picks (a hash Redis has expired is not live); returns their ids.
 */
export const DESTROY_OWNED_SCRIPT = `${DESTROY_ONE}
local prefix = string.sub(KEYS[8], 1, #KEYS[8] - 6)
local only = nil
if ARGV[2] == '1' then
  only = {}
  for i = 3, #ARGV do only[ARGV[i]] = true end
end
local ended = {}
for _, id in ipairs(redis.call('SMEMBERS', KEYS[1])) do
  if id ~= ARGV[1] and (only == nil or only[id]) and redis.call('EXISTS', prefix .. 's:' .. id) == 1 then
    destroyOne(prefix .. 's:' .. id, id)
    ended[#ended + 1] = id
  end
end
return ended`;

/** KEYS[1]: the index. */
export const COUNT_SCRIPT = `${NOW}
return redis.call('ZCOUNT', KEYS[1], '(' .. now, '+inf')`;

/** KEYS: the index, the sizes, the total, the clients, the clients' sums, the logins, the owners. Redis has already dropped the expired hashes; this drops their index entries and sizes. */
export const SWEEP_SCRIPT = `${NOW}
${SWEEP}
return sweep(KEYS[1], KEYS[2], KEYS[3], KEYS[4], KEYS[5], KEYS[6], KEYS[7], now)`;
