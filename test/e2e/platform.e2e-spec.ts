import { gql, stack } from '../support';

describe('the platform', () => {
  it.each(['identity', 'assemblies', 'resolutions', 'voting'] as const)('%s reports ready (Postgres and Redis up)', async (service) => {
    const response = await fetch(`${stack().services[service]}/health/ready`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ status: 'up' });
  });

  it('has a ready worker and gateway', async () => {
    expect((await fetch(`${stack().worker}/health/ready`)).status).toBe(200);
    expect((await fetch(stack().gatewayUrl.replace(/\/graphql$/, '/health/ready'))).status).toBe(200);
  });

  it('answers a query through the gateway', async () => {
    const { status, body } = await gql<{ __typename: string }>('{ __typename }');
    expect(status).toBe(200);
    expect(body).toEqual({ data: { __typename: 'Query' } });
  });
});
