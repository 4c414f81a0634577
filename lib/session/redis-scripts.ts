/**
 * Lua scripts run atomically by Redis (EVAL), so a read-check-write is one step even with many
 * app processes sharing the server. Layout: one HASH per session, `KEYS[1]`, whose meta fields
 * start with `@` and whose data fields are JSON-encoded key names (always starting with `"`, so
 * they cannot collide) holding JSON values; a ZSET index, `KEYS[2]`, scores each id with its
 * expiry so the max-sessions cap and `count` stay O(log n) while Redis expires the hashes itself.
 * Times come from Redis's own clock (TIME), the one its native TTL uses.
 */
const NOW = `local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)`;

/** ARGV: id, ttlMs, maxSessions, createdAt, lastSeenAt, idleExpiresAt, absoluteExpiresAt, field, value, ... */
export const SET_SCRIPT = `${NOW}
local ttl = tonumber(ARGV[2])
if redis.call('EXISTS', KEYS[1]) == 0 then
  redis.call('ZREMRANGEBYSCORE', KEYS[2], '-inf', now)
  if redis.call('ZCARD', KEYS[2]) >= tonumber(ARGV[3]) then return -1 end
end
redis.call('DEL', KEYS[1])
redis.call('HSET', KEYS[1], '@c', ARGV[4], '@l', ARGV[5], '@i', ARGV[6], '@a', ARGV[7])
for i = 8, #ARGV, 2 do redis.call('HSET', KEYS[1], ARGV[i], ARGV[i + 1]) end
redis.call('PEXPIRE', KEYS[1], ttl)
redis.call('ZADD', KEYS[2], now + ttl, ARGV[1])
return 1`;

/**
 * ARGV: id, ttlMs, maxBytes, lastSeenAt, idleExpiresAt, patchCount, then patchCount pairs of
 * field, value (an empty value deletes the field: a JSON value is never empty), then pairs of
 * field, item to append. An append edits the stored JSON text: values are compact JSON
 * (JSON.stringify), so '[' starts an array and `[a]` + b is `[a,b]`, byte for byte what
 * JSON.stringify gives, with no decode/encode round trip to lose number precision or turn `[]`
 * into `{}`. Every check runs before any write because a Lua error does not roll back earlier
 * writes. Size = bytes of '{' .. join(',', field .. ':' .. value) .. '}', exactly
 * JSON.stringify's length for the same data.
 * Returns {} when the session is gone, {-2, bytes} when too large, {-3, field, first character
 * of its value} when an append meets a non-array, else the new HGETALL.
 */
export const UPDATE_SCRIPT = `${NOW}
if redis.call('EXISTS', KEYS[1]) == 0 then return {} end
local flat = redis.call('HGETALL', KEYS[1])
local data = {}
for i = 1, #flat, 2 do
  if string.sub(flat[i], 1, 1) ~= '@' then data[flat[i]] = flat[i + 1] end
end
local touched = {}
local appendFrom = 7 + 2 * tonumber(ARGV[6])
for i = 7, appendFrom - 1, 2 do
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
local bytes, n = 2, 0
for k, v in pairs(data) do bytes = bytes + #k + 1 + #v; n = n + 1 end
if n > 1 then bytes = bytes + n - 1 end
if bytes > tonumber(ARGV[3]) then return {-2, bytes} end
for _, field in ipairs(touched) do
  if data[field] == nil then redis.call('HDEL', KEYS[1], field) else redis.call('HSET', KEYS[1], field, data[field]) end
end
redis.call('HSET', KEYS[1], '@l', ARGV[4], '@i', ARGV[5])
redis.call('PEXPIRE', KEYS[1], tonumber(ARGV[2]))
redis.call('ZADD', KEYS[2], now + tonumber(ARGV[2]), ARGV[1])
return redis.call('HGETALL', KEYS[1])`;

/** ARGV: id, ttlMs, lastSeenAt, idleExpiresAt. */
export const TOUCH_SCRIPT = `${NOW}
if redis.call('EXISTS', KEYS[1]) == 0 then return 0 end
redis.call('HSET', KEYS[1], '@l', ARGV[3], '@i', ARGV[4])
redis.call('PEXPIRE', KEYS[1], tonumber(ARGV[2]))
redis.call('ZADD', KEYS[2], now + tonumber(ARGV[2]), ARGV[1])
return 1`;

/** ARGV: id. */
export const DESTROY_SCRIPT = `redis.call('ZREM', KEYS[2], ARGV[1])
return redis.call('DEL', KEYS[1])`;

/** KEYS[1]: the index. */
export const COUNT_SCRIPT = `${NOW}
return redis.call('ZCOUNT', KEYS[1], '(' .. now, '+inf')`;

/** KEYS[1]: the index. Redis has already dropped the expired hashes; this drops their index entries. */
export const SWEEP_SCRIPT = `${NOW}
return redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now)`;
