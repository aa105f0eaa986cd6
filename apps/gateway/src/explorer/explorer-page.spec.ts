import { existsSync, statSync } from 'node:fs';
import { EXPLORER_ASSETS_PATH, EXPLORER_CSP, explorerAssets, explorerHtml } from './explorer-page';

describe('explorer page', () => {
  const html = explorerHtml();
  const references = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((match) => match[1] ?? '');

  it('references only the gateway’s own assets, each of which exists', () => {
    const assets = explorerAssets();
    expect(references).toHaveLength(6);
    for (const url of references) {
      expect(url.startsWith(`${EXPLORER_ASSETS_PATH}/`)).toBe(true);
      const asset = assets[url.slice(EXPLORER_ASSETS_PATH.length + 1)];
      expect(asset).toBeDefined();
      if (asset?.file) expect(existsSync(asset.file) && statSync(asset.file).size > 1000).toBe(true);
      else expect(asset?.content?.length).toBeGreaterThan(10);
    }
    expect(html).not.toMatch(/https?:\/\//);
  });

  it('loads React 18 before GraphiQL and has no inline script', () => {
    const scripts = references.filter((url) => url.endsWith('.js'));
    expect(scripts.map((url) => url.split('/').pop())).toEqual(['react.production.min.js', 'react-dom.production.min.js', 'graphiql.min.js', 'explorer.js']);
    expect(html).not.toMatch(/<script>(?!<\/script>)/);
    expect(html.match(/<script/g)).toHaveLength(4);
  });

  it('has a CSP that allows only this origin and no inline or evaluated script', () => {
    expect(EXPLORER_CSP).toContain("default-src 'none'");
    expect(EXPLORER_CSP).toContain("script-src 'self';");
    expect(EXPLORER_CSP).toContain("connect-src 'self'");
    expect(EXPLORER_CSP).toContain("frame-ancestors 'none'");
    expect(EXPLORER_CSP).not.toMatch(/unsafe-eval|script-src[^;]*unsafe-inline|\*/);
  });
});
