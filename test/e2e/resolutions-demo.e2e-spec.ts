import { must } from '../support';

/** What `npm start` shows the public about citizen resolutions, against the seeded demo. */
describe('the demo resolutions', () => {
  it('hold a resolution at every stage of the Wisconsin pipeline', async () => {
    const { resolutionPipeline } = await must<{ resolutionPipeline: { stages: Array<{ code: string }> } }>(`{ resolutionPipeline { stages { code } } }`);
    expect(resolutionPipeline.stages).toHaveLength(19);
    const empty: string[] = [];
    for (const { code } of resolutionPipeline.stages) {
      const { resolutions } = await must<{ resolutions: { totalCount: number } }>(
        `query ($stage: String) { resolutions(first: 1, filter: { stage: $stage }) { totalCount } }`,
        { stage: code },
      );
      if (resolutions.totalCount === 0) empty.push(code);
    }
    expect(empty).toEqual([]);
  });

  it('publish the path of one that reached implementation, and an audit chain that verifies', async () => {
    const { resolutions } = await must<{ resolutions: { edges: Array<{ node: { id: string } }> } }>(
      `{ resolutions(first: 1, filter: { stage: "implementation" }) { edges { node { id } } } }`,
    );
    const id = resolutions.edges[0]?.node.id;
    const { resolutionProvenance } = await must<{ resolutionProvenance: { steps: Array<{ transition: string; actorName: string }> } }>(
      `query ($id: ID!) { resolutionProvenance(id: $id) { steps { transition actorName } } }`,
      { id },
    );
    expect(resolutionProvenance.steps.map((step) => step.transition)).toEqual([
      'submit',
      'accept-screening',
      'record-county-pass',
      'refer-to-committee',
      'committee-advance',
      'council-approve',
      'complete-agency-review',
      'record-statewide-result',
      'convention-adopt',
      'record-board-response',
      'begin-implementation',
    ]);
    const { verifyResolutionAuditChain } = await must<{ verifyResolutionAuditChain: { valid: boolean } }>(`{ verifyResolutionAuditChain { valid } }`);
    expect(verifyResolutionAuditChain.valid).toBe(true);
  });
});
