import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readdirSync, readFileSync } from 'node:fs';
import { GriffelCSSExtractionPlugin } from '@griffel/webpack-extraction-plugin';
import HtmlWebpackPlugin from 'html-webpack-plugin';
import MiniCssExtractPlugin from 'mini-css-extract-plugin';
import webpack, { type Configuration } from 'webpack';

const root = path.dirname(fileURLToPath(import.meta.url));

/**
 * One page per host surface. Each page gets its own HTML, content-hashed chunks and shared
 * vendor chunks; rarely used views (charts, reports, settings) are split off with `import()`.
 */
const pages = {
  /** Outlook task pane (loads Office.js from Microsoft's CDN). */
  taskpane: { entry: './src/taskpane/outlook.tsx', title: 'Feedback Desk', officeJs: true },
  /** Standalone workbench: the demo inbox beside the task pane, no Microsoft 365 needed. */
  workbench: {
    entry: './src/taskpane/workbench.tsx',
    title: 'Feedback Desk — workbench',
    officeJs: false,
  },
  /** Teams tab (also runs standalone in a browser). */
  tab: { entry: './src/tab/index.tsx', title: 'Feedback Desk — Teams tab', officeJs: false },
  /** MSAL redirect bridge for popup and redirect fallback flows. */
  'auth-redirect': {
    entry: './src/platform/auth/redirect.ts',
    title: 'Signing in…',
    officeJs: false,
  },
} as const;

/** The add-in manifest points Outlook at `<host>/assets/icon-*.png`, so ship the icons as they are. */
const copyIcons = {
  apply(compiler: webpack.Compiler) {
    compiler.hooks.thisCompilation.tap('CopyIcons', (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: 'CopyIcons', stage: webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        () => {
          for (const file of readdirSync(path.join(root, 'assets'))) {
            if (!file.endsWith('.png')) continue;
            const bytes = readFileSync(path.join(root, 'assets', file));
            compilation.emitAsset(`assets/${file}`, new webpack.sources.RawSource(bytes));
          }
        },
      );
    });
  },
};

/**
 * Chunks a page loads with `import()` straight after its first render, named by their
 * `webpackChunkName`: its HTML preloads them (`<link rel="preload">` after its scripts), so they
 * download beside the page's own scripts and are in when asked for, but are evaluated only then.
 * The tab's Graph store and Overview (src/tab/index.tsx): a re-open draws its kept figures first.
 */
const preloadedChunks: Readonly<Partial<Record<keyof typeof pages, readonly string[]>>> = {
  tab: ['tab-store', 'tab-overview'],
};

const preloadChunks = {
  apply(compiler: webpack.Compiler) {
    compiler.hooks.thisCompilation.tap('PreloadChunks', (compilation) => {
      HtmlWebpackPlugin.getCompilationHooks(compilation).alterAssetTagGroups.tap(
        'PreloadChunks',
        (html) => {
          const page = html.outputName.replace(/\.html$/, '') as keyof typeof pages;
          const own = new Set(compilation.entrypoints.get(page)?.getFiles());
          const files = (preloadedChunks[page] ?? []).flatMap((name) => {
            const group = compilation.namedChunkGroups.get(name);
            if (!group) throw new Error(`webpack.config.ts: no chunk named ${name} to preload`);
            return group.getFiles().filter((file) => file.endsWith('.js') && !own.has(file));
          });
          for (const file of new Set(files))
            html.headTags.push(
              HtmlWebpackPlugin.createHtmlTagObject('link', {
                rel: 'preload',
                as: 'script',
                href: `${html.publicPath}${file}`,
              }),
            );
          return html;
        },
      );
    });
  },
};

export default (_env: unknown, argv: { mode?: Configuration['mode'] }): Configuration => {
  const mode = argv.mode ?? 'production';
  const production = mode === 'production';
  return {
    mode,
    context: root,
    entry: Object.fromEntries(Object.entries(pages).map(([name, page]) => [name, page.entry])),
    output: {
      path: path.join(root, 'dist'),
      filename: production ? '[name].[contenthash:8].js' : '[name].js',
      chunkFilename: production ? '[name].[contenthash:8].js' : '[name].js',
      publicPath: 'auto',
      clean: true,
    },
    devtool: production ? 'source-map' : 'eval-cheap-module-source-map',
    resolve: {
      extensions: ['.tsx', '.ts', '.js', '.mjs', '.json'],
      extensionAlias: { '.js': ['.ts', '.tsx', '.js'] },
    },
    module: {
      rules: [
        {
          test: /\.[cm]?[jt]sx?$/,
          use: [{ loader: GriffelCSSExtractionPlugin.loader }],
        },
        { test: /\.css$/, use: [MiniCssExtractPlugin.loader, 'css-loader'] },
        {
          test: /\.[cm]?tsx?$/,
          exclude: /node_modules/,
          // Right to left: esbuild turns TypeScript into JavaScript, then Griffel works out each
          // makeStyles call's class names and CSS at build time (docs/architecture.md, "Choices and why").
          use: [
            { loader: '@griffel/webpack-loader' },
            { loader: 'esbuild-loader', options: { target: 'es2022', jsx: 'automatic' } },
          ],
        },
      ],
    },
    plugins: [
      ...Object.entries(pages).map(
        ([name, page]) =>
          new HtmlWebpackPlugin({
            filename: `${name}.html`,
            chunks: [name],
            title: page.title,
            template: path.join(root, 'src/platform/page.html'),
            templateParameters: { officeJs: page.officeJs },
            favicon: path.join(root, 'assets/icon-32.png'),
          }),
      ),
      copyIcons,
      preloadChunks,
      new MiniCssExtractPlugin({
        filename: production ? '[name].[contenthash:8].css' : '[name].css',
        ignoreOrder: true,
      }),
      new GriffelCSSExtractionPlugin(),
    ],
    optimization: {
      splitChunks: { chunks: 'all' },
      runtimeChunk: false,
    },
    performance: { hints: false },
    stats: 'errors-warnings',
  };
};
