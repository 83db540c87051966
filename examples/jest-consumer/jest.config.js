/** Plain CommonJS, no transform: the test files are what Node runs. */
module.exports = {
  testEnvironment: 'node',
  transform: {},
  setupFilesAfterEnv: ['./jest.setup.js'],
  testMatch: ['**/*.test.js'],
};
