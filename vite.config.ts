import { defineConfig, type Plugin } from 'vite';
import { minifyHTMLLiterals } from 'minify-literals';
import { existsSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';

/** One entry per widget folder that has its registration module (`src/widgets/x/x.ts`). */
function widgetEntries(): Record<string, string> {
  const root = resolve(import.meta.dirname, 'src/widgets');
  const entries: Record<string, string> = {};
  for (const name of readdirSync(root)) {
    const file = resolve(root, name, `${name}.ts`);
    if (existsSync(file)) entries[name] = file;
  }
  return entries;
}

/**
 * Minifies the text of Lit's `html`, `svg` and `css` templates in our sources (indentation and
 * comments inside templates are otherwise shipped as they are written). Whitespace between inline
 * content is kept as one space, so "${a} ${b}" still reads as two words.
 */
function minifyTemplateLiterals(): Plugin {
  return {
    name: 'msp-minify-template-literals',
    async transform(code, id) {
      if (!/[\\/]src[\\/].*\.ts$/.test(id) || !/\b(html|svg|css)`/.test(code)) return null;
      // conservativeCollapse: a run of spaces becomes one space, never none (a template may start with
      // the space that separates it from the text before it: ` <span class="optional">`).
      const result = await minifyHTMLLiterals(code, { fileName: id, html: { conservativeCollapse: true } });
      return result ? { code: result.code, map: result.map ?? null } : null;
    },
  };
}

// Builds (Vite refuses several entries for an IIFE, see shared/TOOLCHAIN.md §6):
// - default: ES modules, one per widget plus the all-in-one `msp-widgets.js` and the public
//   all-in-one `msp-widgets-public.js` (no results view), sharing chunks;
// - `--mode iife`: one entry as a classic script for hosts without type="module": the all-in-one by
//   default, or `MSP_CLASSIC=<widget folder | msp-widgets-public>` (the release builds each), written
//   to `MSP_OUT_DIR` (dist/ by default).
const classicEntries: Record<string, { file: string; global: string }> = {
  'msp-widgets': { file: 'src/index.ts', global: 'MspWidgets' },
  'msp-widgets-public': { file: 'src/public.ts', global: 'MspWidgets' },
  'idea-box': { file: 'src/widgets/idea-box/idea-box.ts', global: 'MspIdeaBox' },
  'satisfaction-survey': { file: 'src/widgets/satisfaction-survey/satisfaction-survey.ts', global: 'MspSatisfactionSurvey' },
  'event-signup': { file: 'src/widgets/event-signup/event-signup.ts', global: 'MspEventSignup' },
  'continuum-check': { file: 'src/widgets/continuum-check/continuum-check.ts', global: 'MspContinuumCheck' },
};

/**
 * What every widget shares, in the one `msp-core` chunk: the packages every widget runs on (Lit, idb),
 * core, ui, translations. Not zod: config checks, feeds and envelopes load it on demand (widget-base.ts).
 * Not every package: one widget's library (the results view's Excel writer) would otherwise be
 * downloaded by every widget on every page.
 */
const sharedCore =
  /[\\/]node_modules[\\/](lit(?:-html)?(?![\\/]directives[\\/](repeat|keyed))|lit-element|@lit[\\/]reactive-element|idb)[\\/]|[\\/]src[\\/](core|ui|translations)[\\/]/;
/**
 * Left to the chunks that use them: core modules loaded on demand (the explanations of a wrong config,
 * non-French texts), which the group would otherwise pull in, and ui parts no first screen uses (the
 * rating scale: the survey; tables and file downloads: the team's views, later states; read-aloud and
 * the no-storage hint; the idea feed's colours (style-props); the feed loader and @lit/task: feeds, which
 * only some pages have; Lit's repeat and keyed: the survey's steps).
 */
const onDemand =
  /[\\/]src[\\/](core[\\/](config-problems\.ts|zod\.ts|widget-config\.ts|json-feed\.ts|outbox\.ts|storage\.ts|public\.ts|translations[\\/](?!fr\.ts|index\.ts)[^\\/]+\.ts)|core[\\/](download|loader|later-styles|speech|storage-hint)\.ts|ui[\\/](rating-scale(\.styles)?|data-table|style-props)\.ts)$/;

/**
 * The outbox, the store and idb: loaded once the form is on screen or at the first send
 * (submission-controller.ts), in a chunk of their own so that no widget's first download carries them.
 */
const delivery = /[\\/](src[\\/]core[\\/](outbox|storage|submission-delivery|group-commit)\.ts|node_modules[\\/]idb[\\/].*)$/;

/**
 * zod and what checks with it (the full config check, feeds, the envelope's schema): loaded with the
 * first JSON config, feed or send (widget-base.ts), never on the first render of a widget set up with
 * attributes. Each widget's own schema stays in a chunk of its own, loaded with this one.
 */
const validation = /[\\/](src[\\/]core[\\/](zod|widget-config|json-feed|envelope-schema)\.ts|node_modules[\\/]zod[\\/].*)$/;

export default defineConfig(({ mode }) => {
  const iife = mode === 'iife';
  const classicName = process.env.MSP_CLASSIC ?? 'msp-widgets';
  const classic = classicEntries[classicName];
  if (iife && !classic) throw new Error(`MSP_CLASSIC: no classic entry named ${classicName}`);
  return {
    publicDir: false,
    plugins: process.env.MSP_NO_MINIFY_LITERALS ? [] : [minifyTemplateLiterals()],
    build: {
      target: 'es2022',
      outDir: process.env.MSP_OUT_DIR ?? 'dist',
      emptyOutDir: !iife,
      sourcemap: true,
      lib: iife
        ? { entry: resolve(import.meta.dirname, classic!.file), name: classic!.global, formats: ['iife'], fileName: () => `${classicName}.iife.js` }
        : {
            entry: {
              'msp-widgets': resolve(import.meta.dirname, 'src/index.ts'),
              'msp-widgets-public': resolve(import.meta.dirname, 'src/public.ts'),
              ...widgetEntries(),
            },
            formats: ['es'],
          },
      rolldownOptions: {
        // Library mode leaves ES output unminified otherwise (shared/TOOLCHAIN.md §7).
        output: {
          minify: true,
          // No comments: the annotations left for bundlers (`@__PURE__`, 30 in msp-core) cost every page
          // bytes, and a bundler that takes these minified files again has little left to shake.
          comments: false,
          chunkFileNames: 'chunks/[name]-[hash].js',
          // What every widget shares (Lit, zod/mini, idb, src/core, src/ui) in one chunk with a name
          // a CMS plugin author recognises.
          codeSplitting: iife
            ? undefined
            : {
                groups: [
                  // msp-core first: what both use (zod, Lit) stays in the shared chunk.
                  {
                    name: 'msp-core',
                    priority: 3,
                    test: (id: string) => sharedCore.test(id) && !onDemand.test(id) && !delivery.test(id) && !validation.test(id),
                  },
                  { name: 'msp-delivery', priority: 1, test: (id: string) => delivery.test(id) },
                  { name: 'msp-validation', priority: 2, test: (id: string) => validation.test(id) },
                ],
              },
        },
      },
    },
  };
});
