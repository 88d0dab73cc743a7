-- wrk script for `npm run bench:load` (scripts/bench-load.ts): each request is one of the
-- addresses given after `--`, chosen at random, as a browser asks for it (gzip accepted).
-- Prints one line, WRK_RESULT {json}, that the script reads back.

wrk.headers["Accept-Encoding"] = "gzip, deflate"

local thread_count = 0

function setup(thread)
  thread_count = thread_count + 1
  thread:set("thread_number", thread_count)
end

function init(args)
  -- Built once a thread: building a request on every call would measure Lua, not nginx.
  requests = {}
  for index, path in ipairs(args) do
    requests[index] = wrk.format("GET", path)
  end
  math.randomseed(os.time() * 1000 + thread_number)
end

function request()
  return requests[math.random(#requests)]
end

function done(summary, latency, _)
  local errors = summary.errors
  io.write(string.format(
    'WRK_RESULT {"requests":%d,"durationMicros":%d,"bytes":%d,"connect":%d,"read":%d,"write":%d,"status":%d,"timeout":%d,"p50Micros":%d,"p99Micros":%d,"maxMicros":%d}\n',
    summary.requests, summary.duration, summary.bytes,
    errors.connect, errors.read, errors.write, errors.status, errors.timeout,
    latency:percentile(50), latency:percentile(99), latency.max))
end
