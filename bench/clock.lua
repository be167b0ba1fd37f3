-- Clocks for the wrk scripts of bench/ (LuaJIT ffi): load it from a script next to this file with
--   package.path = (debug.getinfo(1, "S").source:match("^@(.*/)") or "./") .. "?.lua;" .. package.path
--   local clock = require("clock")
-- clock.now_us(): CLOCK_MONOTONIC in microseconds (intervals); clock.epoch_us(): Unix time in microseconds.

local ffi = require("ffi")
ffi.cdef [[
typedef struct { long tv_sec; long tv_nsec; } bench_timespec;
int clock_gettime(int clk_id, bench_timespec *tp);
]]
local ts = ffi.new("bench_timespec")
local function clock_us(id)
  ffi.C.clock_gettime(id, ts)
  return tonumber(ts.tv_sec) * 1e6 + tonumber(ts.tv_nsec) / 1e3
end

return {
  now_us = function() return clock_us(1) end,   -- CLOCK_MONOTONIC
  epoch_us = function() return clock_us(0) end, -- CLOCK_REALTIME
}
