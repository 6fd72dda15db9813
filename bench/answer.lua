-- wrk script: durable answer submissions from many signed-in learners.
-- Arguments: a file of session cookies (one per line), and the server's host:port.
-- Each request sends a wrong answer to a knowledge-check question without an attempt limit,
-- so every request counts one attempt and stores one submission.
local cookies = {}
local origin

function init(args)
  for line in io.lines(args[1]) do
    cookies[#cookies + 1] = line
  end
  origin = "http://" .. args[2]
end

function request()
  local cookie = cookies[math.random(#cookies)]
  local headers = {
    ["Cookie"] = cookie,
    ["Origin"] = origin,
    ["Accept"] = "application/json",
    ["Content-Type"] = "application/x-www-form-urlencoded",
  }
  local body = "item=cert-csirt-and-constituency&question=q2&answer%5B0%5D=not+the+answer"
  return wrk.format("POST", "/api/answer", headers, body)
end
