// @ts-check
const { expect } = require('@jest/globals');
const { matchers } = require('gov-site-rules/testing');

expect.extend(matchers);
