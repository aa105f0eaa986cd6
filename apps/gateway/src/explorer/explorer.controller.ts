import { createReadStream, statSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { Controller, Get, Header, NotFoundException, Param, Res } from '@nestjs/common';
import { EXPLORER_CSP, explorerAssets, explorerHtml, type ExplorerAsset } from './explorer-page';

/**
 * An interactive GraphiQL page served entirely by the gateway (React, GraphiQL and their
 * styles come from node_modules), so it works without internet access.
 */
@Controller('explorer')
export class ExplorerController {
  private readonly assets: Record<string, ExplorerAsset> = explorerAssets();
  private readonly html = explorerHtml();

  @Get()
  @Header('content-type', 'text/html; charset=utf-8')
  @Header('content-security-policy', EXPLORER_CSP)
  @Header('x-content-type-options', 'nosniff')
  @Header('referrer-policy', 'no-referrer')
  @Header('cache-control', 'no-cache')
  page(): string {
    return this.html;
  }

  @Get('assets/:name')
  asset(@Param('name') name: string, @Res() res: ServerResponse): void {
    const asset = Object.hasOwn(this.assets, name) ? this.assets[name] : undefined;
    if (!asset) throw new NotFoundException();
    res.setHeader('content-type', asset.contentType);
    res.setHeader('x-content-type-options', 'nosniff');
    if (asset.content !== undefined || !asset.file) {
      res.setHeader('cache-control', 'no-cache');
      res.end(asset.content ?? '');
      return;
    }
    // The files change only with the lockfile; a day of caching is plenty for a tool page.
    res.setHeader('cache-control', 'public, max-age=86400');
    res.setHeader('content-length', statSync(asset.file).size);
    createReadStream(asset.file).pipe(res);
  }
}
