import { composeSupergraph, describeDrift } from './schema-tools';

const header = '# Generated\n';
const identity = `extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])
type Account @key(fields: "id") { id: ID! email: String! }
type Query { me: Account }
`;
const voting = `extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])
type Account @key(fields: "id") { id: ID! eligible: Boolean! }
type Query { ballots: [String!]! }
`;

describe('schema tools', () => {
  it('composes subgraphs into a supergraph that records each subgraph URL', () => {
    const supergraph = composeSupergraph([
      { name: 'identity', url: 'http://127.0.0.1:4001/graphql', sdl: header + identity },
      { name: 'voting', url: 'http://127.0.0.1:4004/graphql', sdl: voting },
    ]);
    expect(supergraph).toContain('@join__graph(name: "identity", url: "http://127.0.0.1:4001/graphql")');
    expect(supergraph).toMatch(/eligible: Boolean! @join__field\(graph: VOTING\)/);
  });

  it('fails with every composition error', () => {
    const clash = voting.replace('eligible: Boolean!', 'email: Int!');
    expect(() =>
      composeSupergraph([
        { name: 'identity', url: 'u1', sdl: identity },
        { name: 'voting', url: 'u2', sdl: clash },
      ]),
    ).toThrow(/do not compose[\s\S]*Account\.email/);
  });

  it('summarises drift as the lines each side lacks', () => {
    const summary = describeDrift('type A {\n  x: Int\n}\n', 'type A {\n  x: Int\n  y: Int\n}\n');
    expect(summary).toContain('1 line(s) in the code but not in the committed file, 0 line(s) committed');
    expect(summary).toContain('+   y: Int');
  });
});
