// Builds the end-to-end test page (test/e2e/harness.tsx) into
// test-output/e2e-dist, the same way the pane itself is built.
const path = require('path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const { cspMeta } = require('../../scripts/csp');

const root = path.resolve(__dirname, '../..');

module.exports = (env, argv) => ({
  mode: argv.mode === 'production' ? 'production' : 'development',
  context: root,
  devtool: false,
  entry: { harness: './test/e2e/harness.tsx' },
  output: {
    path: env && env.out ? path.resolve(env.out) : path.join(root, 'test-output', 'e2e-dist'),
    filename: '[name].[contenthash:8].js',
    chunkFilename: '[name].[contenthash:8].js',
    clean: true,
  },
  resolve: { extensions: ['.ts', '.tsx', '.js'] },
  module: {
    rules: [
      {
        test: /\.tsx?$/,
        exclude: /node_modules/,
        use: {
          loader: 'ts-loader',
          options: { transpileOnly: true, configFile: path.join(root, 'tsconfig.json') },
        },
      },
    ],
  },
  performance: { hints: false },
  // The pane's own Content-Security-Policy: every end-to-end test runs under it.
  plugins: [
    new HtmlWebpackPlugin({
      filename: 'index.html',
      template: './test/e2e/harness.html',
      meta: cspMeta(),
    }),
  ],
});
