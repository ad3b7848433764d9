-- wrk script for resident submissions: POST /api/requests with a valid body, each request as the next
-- resident of the list (their token, their own household) and under an Idempotency-Key never sent
-- before, so every request files a new request rather than replaying a stored answer.
-- usage: wrk ... -s submit.lua <url> -- <residents-file> <key-prefix>
--   residents-file  lines "<household> <token>" (MintToken --residents)
--   key-prefix      unique per wrk run: keys are <prefix>-<thread>-<counter>
-- Every answer but 201 counts: wrk itself counts statuses above 399 ("Non-2xx or 3xx responses"),
-- this script the rest (a 200 or a redirect) as "Unexpected 2xx/3xx responses".

local threads = {}

function setup(thread)
  table.insert(threads, thread)
  thread:set("id", #threads)
end

-- what a resident writes, rotated so that bodies differ in length like real ones
local categories = { "EBIKE_CHARGING", "PARKING", "NOISE", "GARBAGE_SORTING", "PUBLIC_FACILITIES" }
local texts = {
  "3号楼楼道里每晚有电动车在充电，电线从窗户拉出来，很危险。",
  "小区东门的路灯坏了一个星期，晚上回家看不清路。",
  "楼上装修每天早上七点就开始电钻，老人孩子休息不好。",
  "垃圾分类点的厨余垃圾桶满了没人清，味道很大。",
  "地下车库入口的减速带松了，车开过去响声很大。",
}

function init(args)
  local file = assert(io.open(args[1], "r"), "no residents file " .. tostring(args[1]))
  auth, bodies = {}, {}
  for line in file:lines() do
    local household, token = line:match("^(%d+) (%S+)$")
    if household then
      local i = #auth + 1
      auth[i] = "Bearer " .. token
      bodies[i] = string.format('{"category":"%s","text":"%s","householdId":%s,"anonymous":false}',
        categories[(i - 1) % #categories + 1], texts[(i - 1) % #texts + 1], household)
    end
  end
  file:close()
  assert(#auth > 0, "no residents in " .. args[1])
  key_prefix = args[2] .. "-" .. id .. "-"
  -- each thread starts at its own place in the list, so two threads do not march in step
  counter = (id - 1) * 7919
  unexpected = 0
  headers = { ["Content-Type"] = "application/json" }
end

function request()
  counter = counter + 1
  local i = counter % #auth + 1
  headers["Authorization"] = auth[i]
  headers["Idempotency-Key"] = key_prefix .. counter
  return wrk.format("POST", "/api/requests", headers, bodies[i])
end

function response(status, headers, body)
  if status ~= 201 and status < 400 then
    unexpected = unexpected + 1
  end
end

function done(summary, latency, requests)
  local n = 0
  for _, thread in ipairs(threads) do
    n = n + thread:get("unexpected")
  end
  io.write(string.format("Unexpected 2xx/3xx responses: %d\n", n))
end
