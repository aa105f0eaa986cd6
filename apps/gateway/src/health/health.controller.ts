import { Controller, Get, HttpCode, HttpException, HttpStatus } from '@nestjs/common';
import { SchemaReadinessPlugin } from '../graphql/schema-readiness.plugin';

type CheckResult = { status: 'up' } | { status: 'down'; error: string };

/**
 * Liveness: the process answers. Readiness: the gateway has loaded the supergraph and can
 * plan queries. Same shape as the subgraphs' health endpoints. A subgraph outage is not a
 * gateway readiness failure: the gateway still serves the parts of the graph that answer,
 * and each subgraph reports its own readiness.
 */
@Controller('health')
export class GatewayHealthController {
  constructor(private readonly schema: SchemaReadinessPlugin) {}

  @Get('live')
  @HttpCode(HttpStatus.OK)
  live(): { status: 'up' } {
    return { status: 'up' };
  }

  @Get('ready')
  @HttpCode(HttpStatus.OK)
  ready(): { status: 'up'; checks: Record<string, CheckResult> } {
    const supergraph: CheckResult = this.schema.loaded ? { status: 'up' } : { status: 'down', error: 'the supergraph is not loaded yet' };
    if (supergraph.status === 'down') {
      throw new HttpException({ status: 'down', checks: { supergraph } }, HttpStatus.SERVICE_UNAVAILABLE);
    }
    return { status: 'up', checks: { supergraph } };
  }
}
