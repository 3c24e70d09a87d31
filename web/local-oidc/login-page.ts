// The local provider's sign-in page: plain, accessible HTML (a label for every field, one
// h1, a main landmark), escaped, with no script.
const esc = (s: string): string =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

export function loginPage(action: string, error?: string, username = ''): string {
  return `<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${error ? 'Error: ' : ''}Sign in - local identity provider</title>
<style>body{font-family:Arial,sans-serif;margin:2rem;max-width:40rem;color:#0b0c0c}label{display:block;font-weight:bold;margin-top:1rem}input{font-size:1.1rem;padding:.3rem;border:2px solid #0b0c0c}button{margin-top:1.5rem;font-size:1.1rem;padding:.5rem 1rem;background:#00703c;color:#fff;border:0}.error{color:#d4351c;font-weight:bold}</style>
</head>
<body><main>
<h1>Sign in</h1>
<p>Local identity provider for development and tests. The users are listed in <code>web/local-oidc/users.json</code>.</p>
${error ? `<p class="error" role="alert">${esc(error)}</p>` : ''}
<form method="post" action="${esc(action)}">
<label for="username">Username</label><input id="username" name="username" autocomplete="username" value="${esc(username)}">
<label for="password">Password</label><input id="password" name="password" type="password" autocomplete="current-password">
<div><button type="submit">Sign in</button></div>
</form>
</main></body></html>`;
}
