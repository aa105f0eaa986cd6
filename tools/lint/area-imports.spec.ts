import { RuleTester } from 'eslint';
import tseslint from 'typescript-eslint';
import path from 'node:path';

// The rule is plain JavaScript so that the flat config can load it without a TypeScript loader.
const areaImports = require('./rules/area-imports.cjs');

/*
 * civic/area-imports: areas meet through their index.ts. The rule is checked here case by
 * case; module-boundaries.spec.ts proves the workspace's ESLint config actually runs it.
 */
const lib = path.join('/repo', 'libs', 'assemblies', 'feature', 'src');
const inArea = (area: string, file = 'probe.ts') => path.join(lib, 'lib', area, file);

RuleTester.describe = describe;
RuleTester.it = it;
const tester = new RuleTester({ languageOptions: { parser: tseslint.parser, ecmaVersion: 2022, sourceType: 'module' } });

tester.run('civic/area-imports', areaImports, {
  valid: [
    { name: 'another area through its index', filename: inArea('elections'), code: "import { SeatsModule } from '../seats';" },
    { name: 'another area through index spelled out', filename: inArea('elections'), code: "import { SeatsModule } from '../seats/index';" },
    { name: 'a file of its own area', filename: inArea('seats'), code: "import { SeatRepository } from './seat.repository';" },
    { name: 'a file in a sub-folder of its own area', filename: inArea('seats', 'sub/x.ts'), code: "import { a } from '../seat.repository';" },
    { name: 'the library root (its wiring)', filename: inArea('seats'), code: "import { OPTIONS } from '../assemblies-feature.options';" },
    {
      name: 'packages and path aliases',
      filename: inArea('seats'),
      code: "import { Module } from '@nestjs/common';\nimport { DomainError } from '@civic/util';",
    },
    { name: 'the module at the root importing an area', filename: path.join(lib, 'lib', 'x.module.ts'), code: "import { SeatsModule } from './seats';" },
    {
      name: 'files outside libs',
      filename: path.join('/repo', 'tools', 'x.ts'),
      code: "import { a } from '../libs/assemblies/feature/src/lib/seats/seat.repository';",
    },
  ],
  invalid: [
    {
      name: "reaching into another area's file",
      filename: inArea('elections'),
      code: "import { SeatRepository } from '../seats/seat.repository';",
      errors: [{ messageId: 'reachIn', data: { area: 'seats', file: '../seats/seat.repository', suggestion: '../seats' } }],
    },
    {
      name: "re-exporting another area's file",
      filename: inArea('elections'),
      code: "export { SeatRepository } from '../seats/seat.repository';\nexport * from '../seats/seat.entity';",
      errors: [{ messageId: 'reachIn' }, { messageId: 'reachIn' }],
    },
    {
      name: "the library's index reaching into an area",
      filename: path.join(lib, 'index.ts'),
      code: "export * from './lib/seats/seat.repository';",
      errors: [{ messageId: 'reachIn', data: { area: 'seats', file: './lib/seats/seat.repository', suggestion: './lib/seats' } }],
    },
    {
      name: 'test helpers reaching into an area',
      filename: path.join(lib, 'testing', 'app.ts'),
      code: "import { x } from '../lib/seats/seat.repository';",
      errors: [{ messageId: 'reachIn' }],
    },
    {
      name: 'a dynamic import reaching in',
      filename: inArea('elections'),
      code: "export const load = () => import('../seats/seat.repository');",
      errors: [{ messageId: 'reachIn' }],
    },
    {
      name: 'an area importing its own index (a cycle)',
      filename: inArea('seats', 'seat.service.ts'),
      code: "import { SeatRepository } from '.';\nimport { SeatEntity } from './index';",
      errors: [{ messageId: 'ownIndex' }, { messageId: 'ownIndex' }],
    },
  ],
});
