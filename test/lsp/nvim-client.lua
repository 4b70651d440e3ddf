-- A real editor as the client: Neovim's built-in LSP client, headless, started by
-- test/lsp/neovim.test.ts. It opens the nomination, attaches iba-lint's server, waits
-- for diagnostics, asks for a hover on the summary's heading, then fixes the category
-- code in the buffer (unsaved) and waits for that diagnostic to go. What it received is
-- written as JSON to IBA_OUT. Only APIs of Neovim 0.7 (Debian's) are used.
local bin, file, out = os.getenv('IBA_BIN'), os.getenv('IBA_FILE'), os.getenv('IBA_OUT')

local function code_of(d)
  return d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code)
end

local function snapshot(bufnr)
  local list = {}
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    table.insert(list, { lnum = d.lnum, col = d.col, severity = d.severity, code = code_of(d), source = d.source, message = d.message })
  end
  table.sort(list, function(a, b) return a.lnum < b.lnum or (a.lnum == b.lnum and a.col < b.col) end)
  return list
end

vim.cmd('edit ' .. vim.fn.fnameescape(file))
local bufnr = vim.api.nvim_get_current_buf()
local client_id = vim.lsp.start_client({ name = 'iba-lint', cmd = { 'node', bin, 'lsp', '--stdio' }, root_dir = vim.fn.fnamemodify(file, ':p:h') })
vim.lsp.buf_attach_client(bufnr, client_id)

local result = {}
result.received = vim.wait(20000, function() return #vim.diagnostic.get(bufnr) > 0 end, 50)
result.diagnostics = snapshot(bufnr)

-- The summary's heading: the first line that is exactly "## Summary".
local lines = vim.api.nvim_buf_get_lines(bufnr, 0, -1, false)
for i, line in ipairs(lines) do
  if line == '## Summary' then
    local replies = vim.lsp.buf_request_sync(bufnr, 'textDocument/hover', { textDocument = { uri = vim.uri_from_bufnr(bufnr) }, position = { line = i - 1, character = 3 } }, 10000)
    for _, reply in pairs(replies or {}) do
      if reply.result then result.hover = reply.result.contents.value end
    end
    break
  end
end

-- Fix the category in the buffer, unsaved: the server lints the editor's text.
for i, line in ipairs(lines) do
  if line:match('^category:') then
    vim.api.nvim_buf_set_lines(bufnr, i - 1, i, false, { 'category: E01' })
    break
  end
end
result.changed = vim.wait(20000, function()
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    if code_of(d) == 'category' then return false end
  end
  return true
end, 50)
result.after = snapshot(bufnr)

vim.fn.writefile({ vim.fn.json_encode(result) }, out)
vim.lsp.stop_client(client_id)
vim.cmd('qa!')
