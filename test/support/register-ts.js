// Jest's globalSetup/globalTeardown run outside the test runtime, without its module
// mapper, and Jest's own transform compiles what they require: register SWC for the stack's
// TypeScript and resolve the workspace aliases from tsconfig.base.json at require time.
'use strict';
const Module = require('node:module');
const path = require('node:path');

const root = path.join(__dirname, '..', '..');
process.env.SWC_NODE_PROJECT ??= path.join(root, 'tsconfig.base.json');
require('@swc-node/register');

const { compilerOptions } = require(path.join(root, 'tsconfig.base.json'));
const aliases = new Map(Object.entries(compilerOptions.paths).map(([alias, [target]]) => [alias, path.join(root, target)]));
const resolveFilename = Module._resolveFilename;
Module._resolveFilename = function resolveWorkspaceAlias(request, ...rest) {
  return resolveFilename.call(this, aliases.get(request) ?? request, ...rest);
};
