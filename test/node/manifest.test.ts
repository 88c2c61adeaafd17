// The widgets' documentation and custom-elements.json (generated from the code by `npm run manifest`,
// run by `npm run build`) must agree: every attribute, part, event and CSS property the manifest
// lists for a widget is named in that widget's README. A part added in code without a word in the
// docs fails here.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');

interface Declaration {
  tagName?: string;
  customElement?: boolean;
  attributes?: { name: string }[];
  cssParts?: { name: string }[];
  events?: { name?: string }[];
  cssProperties?: { name: string }[];
}
interface Manifest {
  modules: { path: string; declarations?: Declaration[] }[];
}

const manifest = JSON.parse(readFileSync(resolve(root, 'custom-elements.json'), 'utf8')) as Manifest;
const elements = manifest.modules.flatMap((mod) =>
  (mod.declarations ?? []).filter((d) => d.customElement && d.tagName).map((d) => ({ path: mod.path, declaration: d })),
);

test('the manifest lists the five widgets', () => {
  assert.deepEqual(elements.map((e) => e.declaration.tagName).sort(), [
    'msp-continuum-check',
    'msp-event-signup',
    'msp-idea-box',
    'msp-results',
    'msp-satisfaction-survey',
  ]);
});

for (const { path, declaration } of elements) {
  test(`${declaration.tagName}: its README names what the manifest lists`, () => {
    const readme = readFileSync(resolve(root, path.replace(/[^/]+$/, 'README.md')), 'utf8');
    // Inline code only: fenced examples (```html …```) would pair their backticks with the prose's.
    const prose = readme.replace(/```[\s\S]*?```/g, '');
    const named = new Set([...prose.matchAll(/`([^`]+)`/g)].flatMap((m) => m[1]!.split(/[\s,=]+/).map((word) => word.replace(/^::part\(|\)$|^--|["']/g, ''))));
    const missing = [
      ...(declaration.attributes ?? []).map((a) => ({ what: 'attribute', name: a.name })),
      ...(declaration.cssParts ?? []).map((p) => ({ what: 'part', name: p.name })),
      ...(declaration.events ?? []).filter((e) => e.name).map((e) => ({ what: 'event', name: e.name! })),
      ...(declaration.cssProperties ?? []).map((p) => ({ what: 'CSS property', name: p.name.replace(/^--/, '') })),
    ].filter(({ name }) => !named.has(name));
    assert.deepEqual(missing, [], `named in the code's JSDoc but not in ${path.replace(/[^/]+$/, 'README.md')}`);
  });
}
