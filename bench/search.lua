-- wrk script: distinct two-word searches, every ordered pair of the generated store's newsroom
-- words (bench/tools/GenerateStore.java) in a shuffled order, each thread from its own place in
-- it; reports like bench/report.lua.
dofile("bench/report.lua")

local words = {
  "council", "harbour", "vote", "budget", "minister", "river", "school", "market", "tram",
  "ferry", "station", "housing", "report", "rain", "storm", "league", "match", "season",
  "theatre", "gallery", "festival", "trade", "export", "port", "crane", "shipping", "union",
  "strike", "wage", "price", "energy", "wind", "interest", "bank", "loan", "shop", "retail",
  "online", "technology", "startup", "investment", "jobs", "workers", "students", "teachers",
  "university", "research"
}

local paths = {}
for i = 1, #words do
  for j = 1, #words do
    if i ~= j then
      paths[#paths + 1] = "/search?q=" .. words[i] .. "+" .. words[j]
    end
  end
end
math.randomseed(20261205)
for i = #paths, 2, -1 do
  local j = math.random(i)
  paths[i], paths[j] = paths[j], paths[i]
end

local threads = 0
function setup(thread)
  threads = threads + 1
  thread:set("position", math.floor((threads - 1) * #paths / 4) + 1)
end

function request()
  local path = paths[position]
  position = position % #paths + 1
  return wrk.format("GET", path)
end
