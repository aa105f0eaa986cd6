// @ts-check
'use strict';
/*
 * Areas meet through their public surface. A library's code is split into area folders
 * (libs/<service>/<layer>/src/lib/<area>/); another area is imported through its index.ts
 * (`../seats`), never by reaching into its files (`../seats/seat.repository`). Inside an
 * area, files import each other directly and never their own index (that makes cycles).
 * Files outside any area (the library's module, src/index.ts, src/testing) import areas
 * through their index too.
 */
const path = require('node:path');

const LIB_ROOT = /^(.*\/libs\/[^/]+\/[^/]+\/src)\/(.*)$/;

/** Where a file sits: its library's src folder and its area ('' outside any area). */
function locate(file) {
  const match = LIB_ROOT.exec(file.split(path.sep).join('/'));
  if (!match) return undefined;
  const [, src, rest] = match;
  const parts = rest.split('/');
  const area = parts[0] === 'lib' && parts.length > 2 ? parts[1] : '';
  return { src, area, rest };
}

/** @type {import('eslint').Rule.RuleModule} */
module.exports = {
  meta: {
    type: 'problem',
    docs: { description: "Import another area through its index.ts, never its files; never import your own area's index." },
    schema: [],
    messages: {
      reachIn: "Import area '{{area}}' through its index ('{{suggestion}}'), not its file '{{file}}'.",
      ownIndex: "Inside area '{{area}}', import the file you need, not the area's own index (a cycle).",
    },
  },
  create(context) {
    const here = locate(context.filename);
    if (!here) return {};
    const dir = path.dirname(context.filename);

    function check(node, specifier) {
      if (typeof specifier !== 'string' || !specifier.startsWith('.')) return;
      const target = locate(path.resolve(dir, specifier));
      if (!target || target.src !== here.src) return;
      const parts = target.rest.split('/');
      if (parts[0] !== 'lib' || parts.length < 2) return;
      const targetArea = parts[1];
      const intoIndex = parts.length === 2 || (parts.length === 3 && parts[2] === 'index');
      if (parts.length === 2 && /\.[cm]?[jt]s$/.test(targetArea)) return; // a file at the lib root (the module)
      if (targetArea === here.area) {
        if (intoIndex) context.report({ node, messageId: 'ownIndex', data: { area: here.area } });
        return;
      }
      if (intoIndex) return;
      const suggestion = path
        .relative(dir, path.join(here.src, 'lib', targetArea))
        .split(path.sep)
        .join('/');
      context.report({
        node,
        messageId: 'reachIn',
        data: { area: targetArea, file: specifier, suggestion: suggestion.startsWith('.') ? suggestion : `./${suggestion}` },
      });
    }

    return {
      ImportDeclaration: (node) => check(node.source, node.source.value),
      ExportNamedDeclaration: (node) => node.source && check(node.source, node.source.value),
      ExportAllDeclaration: (node) => check(node.source, node.source.value),
      ImportExpression: (node) => node.source.type === 'Literal' && check(node.source, node.source.value),
    };
  },
};
