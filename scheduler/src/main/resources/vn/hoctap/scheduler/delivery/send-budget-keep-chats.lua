-- KEYS: the per-chat markers of a chunk of broadcast sends about to go out; ARGV[1]: the marker's lifetime (ms).
-- A chat whose marker a reply took meanwhile ('r') is left to the reply (0); any other is (re)marked for the
-- broadcast (1), so a reply cannot land in the same second as the send.
local out = {}
for i, key in ipairs(KEYS) do
  if redis.call('GET', key) == 'r' then
    out[i] = 0
  else
    redis.call('SET', key, 'b', 'PX', tonumber(ARGV[1]))
    out[i] = 1
  end
end
return out
