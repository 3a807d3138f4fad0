-- factlint's end-to-end language-server test in a real editor, and a
-- minimal example of starting `factlint lsp` from Neovim (0.7 or newer).
--
--   FACTLINT_BIN=path/to/factlint FACTLINT_NVIM_OUT=out.txt \
--     nvim --headless -n -i NONE -u tests/nvim/init.lua DRAFT.txt
--
-- Starts the server for the opened draft, waits for its diagnostics and
-- writes each as `line:col code [words] message` (1-based, the column in
-- bytes as Neovim counts them; `words` is the text under the range), with
-- its related information; then replaces `Garcetti` with `Jassy` in the
-- buffer (never saved), waits for the role-conflict to clear, stops the
-- server and writes its exit code. Every wait is bounded; the editor quits
-- with status 1 when one runs out.

local bin = os.getenv('FACTLINT_BIN') or 'factlint'
local out_path = os.getenv('FACTLINT_NVIM_OUT')
local lines = {}
local function say(s)
  table.insert(lines, s)
end

local function finish(status)
  local text = table.concat(lines, '\n') .. '\n'
  if out_path then
    local f = assert(io.open(out_path, 'w'))
    f:write(text)
    f:close()
  else
    io.stdout:write(text)
  end
  vim.cmd(status == 0 and 'qa!' or 'cquit! 1')
end

local function has_role_conflict(buf)
  for _, d in ipairs(vim.diagnostic.get(buf)) do
    if d.code == 'role-conflict' then
      return true
    end
  end
  return false
end

local function run()
  local buf = vim.api.nvim_get_current_buf()
  local exit_code = nil
  local client_id = vim.lsp.start_client({
    name = 'factlint',
    cmd = { bin, 'lsp' },
    root_dir = vim.fn.expand('%:p:h'),
    on_exit = function(code, _)
      exit_code = code
    end,
  })
  if not client_id then
    say('error: the server did not start')
    return 1
  end
  vim.lsp.buf_attach_client(buf, client_id)

  if not vim.wait(60000, function() return #vim.diagnostic.get(buf) > 0 end, 50) then
    say('timeout: no diagnostics')
    return 1
  end
  for _, d in ipairs(vim.diagnostic.get(buf)) do
    local line = vim.api.nvim_buf_get_lines(buf, d.lnum, d.lnum + 1, false)[1] or ''
    local words = d.end_lnum == d.lnum and line:sub(d.col + 1, d.end_col) or '…'
    local message = vim.split(d.message, '\n', { plain = true })[1]
    say(string.format('%d:%d %s [%s] %s', d.lnum + 1, d.col + 1, d.code, words, message))
    local lsp = d.user_data and d.user_data.lsp or {}
    for _, r in ipairs(lsp.relatedInformation or {}) do
      local name = vim.fn.fnamemodify(vim.uri_to_fname(r.location.uri), ':t')
      local s = r.location.range.start
      say(string.format('  related %s:%d:%d %s', name, s.line + 1, s.character + 1, r.message))
    end
  end

  local text = vim.api.nvim_buf_get_lines(buf, 0, -1, false)
  for i, l in ipairs(text) do
    text[i] = (l:gsub('Garcetti', 'Jassy'))
  end
  vim.api.nvim_buf_set_lines(buf, 0, -1, false, text)
  if not vim.wait(60000, function() return not has_role_conflict(buf) end, 50) then
    say('timeout: the role-conflict is still there')
    return 1
  end
  say('after the change: no role-conflict')

  vim.lsp.stop_client(client_id)
  if not vim.wait(10000, function() return exit_code ~= nil end, 50) then
    say('timeout: the server did not exit')
    return 1
  end
  say('server exit code ' .. exit_code)
  return 0
end

vim.api.nvim_create_autocmd('VimEnter', {
  callback = function()
    local ok, status = pcall(run)
    if not ok then
      say('error: ' .. tostring(status))
      status = 1
    end
    finish(status)
  end,
})
