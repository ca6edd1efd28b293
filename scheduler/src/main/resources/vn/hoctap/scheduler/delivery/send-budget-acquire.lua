local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local window = tonumber(ARGV[4])
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - window)
redis.call('ZREMRANGEBYSCORE', KEYS[2], '-inf', now - window)
local cap = tonumber(ARGV[2])
if ARGV[1] == 'r' and ARGV[6] == '1' then
  redis.call('ZADD', KEYS[2], now, ARGV[5])
end
if ARGV[1] ~= 'r' then
  local reserve = math.min(redis.call('ZCARD', KEYS[2]), cap - tonumber(ARGV[3]))
  if reserve > 0 then
    cap = cap - reserve
  end
end
if redis.call('ZCARD', KEYS[1]) < cap then
  redis.call('ZADD', KEYS[1], now + 60000, ARGV[5])
  redis.call('PEXPIRE', KEYS[1], 120000)
  redis.call('PEXPIRE', KEYS[2], 120000)
  return 0
end
local oldest = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')
return math.max(1, math.min(100, tonumber(oldest[2]) + window - now))
