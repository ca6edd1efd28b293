-- KEYS[1] the window (sorted set of grants), KEYS[2] the replies' demand, KEYS[3] (replies only, optional) the chat's marker
-- ARGV: kind ('r' reply, 'b' bulk), cap, bulk floor, window ms, grant id (prefix), first try of a reply ('1'),
--       grants wanted, per-chat ms
-- Returns {granted, wait ms}: granted > 0, or 0 and how long to wait before asking again.
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local window = tonumber(ARGV[4])
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - window)
redis.call('ZREMRANGEBYSCORE', KEYS[2], '-inf', now - window)
local cap = tonumber(ARGV[2])
if ARGV[1] == 'r' and ARGV[6] == '1' then
  redis.call('ZADD', KEYS[2], now, ARGV[5])
end
if ARGV[1] == 'r' and KEYS[3] then
  -- A broadcast reached this chat less than a second ago: wait that out rather than earn a 429.
  if redis.call('GET', KEYS[3]) == 'b' then
    return {0, math.max(1, redis.call('PTTL', KEYS[3]))}
  end
end
if ARGV[1] ~= 'r' then
  local reserve = math.min(redis.call('ZCARD', KEYS[2]), cap - tonumber(ARGV[3]))
  if reserve > 0 then
    cap = cap - reserve
  end
end
local free = cap - redis.call('ZCARD', KEYS[1])
if free > 0 then
  local n = math.min(free, tonumber(ARGV[7]))
  local entries = {}
  for i = 1, n do
    entries[#entries + 1] = now + 60000
    entries[#entries + 1] = ARGV[5] .. ':' .. i
  end
  redis.call('ZADD', KEYS[1], unpack(entries))
  redis.call('PEXPIRE', KEYS[1], 120000)
  redis.call('PEXPIRE', KEYS[2], 120000)
  if ARGV[1] == 'r' and KEYS[3] then
    -- Bulk keeps off this chat for a second after a reply.
    redis.call('SET', KEYS[3], 'r', 'PX', tonumber(ARGV[8]))
  end
  return {n, 0}
end
local oldest = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')
return {0, math.max(1, math.min(100, tonumber(oldest[2]) + window - now))}
