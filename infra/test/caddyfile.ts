// A small Caddyfile reader: enough structure (blocks, snippets, named path matchers, handle
// and reverse_proxy) to answer "where does a request for host H and path P go?".

export type Directive = { tokens: string[]; children?: Directive[] };

function tokenize(text: string): string[] {
  const tokens: string[] = [];
  for (const raw of text.split('\n')) {
    const line = raw.replace(/(^|\s)#.*$/, '');
    for (const match of line.matchAll(/"([^"]*)"|(\S+)/g)) tokens.push(match[1] ?? match[2]);
    tokens.push('\n');
  }
  return tokens;
}

export function parseCaddyfile(text: string): Directive[] {
  const tokens = tokenize(text);
  let index = 0;
  const block = (): Directive[] => {
    const directives: Directive[] = [];
    let current: string[] = [];
    while (index < tokens.length) {
      const token = tokens[index++];
      if (token === '}') break;
      if (token === '{') {
        directives.push({ tokens: current, children: block() });
        current = [];
      } else if (token === '\n') {
        if (current.length) directives.push({ tokens: current });
        current = [];
      } else {
        current.push(token);
      }
    }
    if (current.length) directives.push({ tokens: current });
    return directives;
  };
  return block();
}

export type Site = { address: string; directives: Directive[] };

/** Site blocks with their snippet imports expanded; the global options block is skipped. */
export function sites(tree: Directive[]): Site[] {
  const snippets = new Map(
    tree.filter((d) => /^\(.+\)$/.test(d.tokens[0] ?? '')).map((d) => [d.tokens[0].slice(1, -1), d.children ?? []]),
  );
  const expand = (directives: Directive[]): Directive[] =>
    directives.flatMap((d) => {
      if (d.tokens[0] !== 'import') return [d];
      const snippet = snippets.get(d.tokens[1]);
      if (!snippet) throw new Error(`import of unknown snippet ${d.tokens[1]}`);
      return expand(snippet);
    });
  return tree
    .filter((d) => d.children && d.tokens.length > 0 && !/^\(.+\)$/.test(d.tokens[0]))
    .map((d) => ({ address: d.tokens.join(' '), directives: expand(d.children ?? []) }));
}

const pathMatches = (pattern: string, path: string) =>
  pattern.endsWith('*') ? path.startsWith(pattern.slice(0, -1)) : path === pattern;

/** The reverse_proxy upstream a request path reaches in a site (handle blocks are exclusive). */
export function upstreamFor(site: Site, path: string): string | undefined {
  const matchers = new Map<string, string[]>();
  for (const d of site.directives) {
    if (d.tokens[0]?.startsWith('@')) {
      if (d.tokens[1] !== 'path') throw new Error(`unsupported matcher ${d.tokens.join(' ')}`);
      matchers.set(d.tokens[0], d.tokens.slice(2));
    }
  }
  const handles = site.directives.filter((d) => d.tokens[0] === 'handle');
  const matching = (handle: Directive) => {
    const matcher = handle.tokens[1];
    if (!matcher) return false;
    const patterns = matcher.startsWith('@') ? matchers.get(matcher) ?? [] : [matcher];
    return patterns.some((pattern) => pathMatches(pattern, path));
  };
  const chosen = handles.find(matching) ?? handles.find((h) => h.tokens.length === 1);
  const proxy = chosen?.children?.find((d) => d.tokens[0] === 'reverse_proxy');
  return proxy?.tokens[1];
}

/** `{$NAME}` placeholders, read from the environment when Caddy loads the file. */
export const placeholders = (text: string) => new Set([...text.matchAll(/\{\$([A-Za-z_][A-Za-z0-9_]*)\}/g)].map((m) => m[1]));
