import path from 'node:path';
import { areaGraph, cycles, fileGraph, sourceFiles, type Graph } from './import-graph';

const root = path.resolve(__dirname, '../..');
const relative = (group: string[]) => group.map((node) => path.relative(root, node));

const graphOf = (edges: Record<string, string[]>): Graph => new Map(Object.entries(edges).map(([from, to]) => [from, new Set(to)]));

describe('cycle finder', () => {
  it('finds a cycle however long, and a file importing itself', () => {
    expect(cycles(graphOf({ a: ['b'], b: ['c'], c: ['a'], d: ['a'] }))).toEqual([['a', 'b', 'c']]);
    expect(cycles(graphOf({ a: ['a'] }))).toEqual([['a']]);
  });

  it('finds none in a graph that only goes one way', () => {
    expect(cycles(graphOf({ a: ['b', 'c'], b: ['c'], c: [] }))).toEqual([]);
  });

  it('groups areas by folder and ignores files outside any area', () => {
    const lib = '/r/libs/x/feature/src';
    const files = graphOf({
      [`${lib}/lib/seats/a.ts`]: [`${lib}/lib/meetings/index.ts`],
      [`${lib}/lib/meetings/b.ts`]: [`${lib}/lib/seats/index.ts`],
      [`${lib}/lib/x.module.ts`]: [`${lib}/lib/seats/index.ts`],
    });
    expect(cycles(areaGraph(files))).toEqual([[`${lib}/lib/meetings`, `${lib}/lib/seats`]]);
  });
});

describe('the libraries', () => {
  const files = fileGraph(sourceFiles(path.join(root, 'libs')));

  it('have no file import cycles', () => {
    expect(cycles(files).map(relative)).toEqual([]);
  });

  it('have no cycles between area folders', () => {
    expect(cycles(areaGraph(files)).map(relative)).toEqual([]);
  });
});
