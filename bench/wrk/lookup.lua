-- wrk script for the hot lookups: GET <prefix><random id><suffix>, ids uniform over [min, max],
-- so the cache sees the spread of a real day rather than one hot key.
-- usage: wrk ... -s lookup.lua <url> -- <prefix> <suffix> <min> <max> [token]

local threads = 0

function setup(thread)
  threads = threads + 1
  thread:set("seed", threads)
end

function init(args)
  prefix, suffix = args[1], args[2]
  min_id, max_id = tonumber(args[3]), tonumber(args[4])
  headers = {}
  if args[5] and args[5] ~= "" then
    headers["Authorization"] = "Bearer " .. args[5]
  end
  -- each thread its own sequence, the same on every run
  math.randomseed(seed * 7919)
end

function request()
  return wrk.format("GET", prefix .. math.random(min_id, max_id) .. suffix, headers)
end
