-- KEYS[1] the window. ARGV[1] per-chat ms, ARGV[2] the chat marker ('b' bulk, 'r' reply), then triples:
-- grant id, how many ms ago its send completed (measured by the sender), the chat's marker key ('' for none).
-- A grant counts until one window after its send completed (never later than now, so never less), and
-- the chat stays marked for the per-chat interval after that completion.
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local perChat = tonumber(ARGV[1])
for i = 3, #ARGV, 3 do
  local ago = tonumber(ARGV[i + 1])
  redis.call('ZADD', KEYS[1], 'XX', now - ago, ARGV[i])
  if ARGV[i + 2] ~= '' and ago < perChat then
    redis.call('SET', ARGV[i + 2], ARGV[2], 'PX', perChat - ago)
  end
end
return 0
