#!/usr/bin/env node
// `npm start`: runs the TypeScript start script without a build step.
'use strict';
const path = require('node:path');

process.argv.splice(2, 0, path.join(__dirname, 'stack', 'start.ts'));
require('./run-ts.js');
