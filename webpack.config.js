// One entry per HTML page (task pane, function file), as in the official
// Office add-in template. The dev server serves https://localhost:3000 with the
// Office dev certificates; a production build rewrites the manifest's
// localhost URLs to the production base URL.
const path = require('path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const { devServerHttpsOptions } = require('./scripts/dev-certs');
const { productionBaseUrl, rewriteManifest } = require('./scripts/manifest-urls');
const { cspMeta } = require('./scripts/csp');

const DEV_BASE_URL = 'https://localhost:3000/';
const port = Number(process.env.npm_package_config_dev_server_port || 3000);

module.exports = async (_env, argv) => {
  const dev = argv.mode !== 'production';
  const baseUrl = dev ? DEV_BASE_URL : productionBaseUrl();

  return {
    mode: dev ? 'development' : 'production',
    // Office hosts run pages under a CSP that may forbid eval: no eval-based maps.
    devtool: 'source-map',
    entry: {
      taskpane: './src/taskpane/index.tsx',
      commands: './src/commands/commands.ts',
    },
    output: {
      path: path.resolve(__dirname, 'dist'),
      filename: '[name].[contenthash:8].js',
      chunkFilename: '[name].[contenthash:8].js',
      clean: true,
    },
    resolve: {
      extensions: ['.ts', '.tsx', '.js'],
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: 'ts-loader',
            options: { transpileOnly: true, configFile: 'tsconfig.json' },
          },
        },
      ],
    },
    performance: {
      // The first screen's budget (250 KB gzipped) is measured by `npm run bench`.
      hints: false,
    },
    plugins: [
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './src/taskpane/taskpane.html',
        chunks: ['taskpane'],
        meta: cspMeta(),
      }),
      new HtmlWebpackPlugin({
        filename: 'commands.html',
        template: './src/commands/commands.html',
        chunks: ['commands'],
        meta: cspMeta(),
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*.png', to: 'assets/[name][ext]' },
          {
            from: 'manifest.xml',
            to: 'manifest.xml',
            transform: (content) => (dev ? content : rewriteManifest(content.toString(), baseUrl)),
          },
        ],
      }),
    ],
    // Only `webpack serve` needs certificates; a plain build must not touch them.
    devServer: process.env.WEBPACK_SERVE
      ? {
          port,
          hot: false,
          headers: { 'Access-Control-Allow-Origin': '*' },
          server: { type: 'https', options: await devServerHttpsOptions() },
          static: { directory: path.resolve(__dirname, 'dist') },
          client: { overlay: { warnings: false } },
        }
      : undefined,
  };
};
