// custom-elements.json, generated from the components' code and JSDoc (@summary, @event, @csspart,
// @cssproperty, @slot, one tag per part): editors, Storybook and CMS plugins read it, and the
// attribute tables in the widgets' READMEs are checked against it (test/node/manifest.test.ts).

/**
 * Our registration modules call `defineElement('msp-idea-box', MspIdeaBox)` (a guarded define, so a
 * page may load a bundle twice): the analyzer only knows `customElements.define`, so this plugin
 * reads those calls and marks the classes as the custom elements they are.
 */
function defineElementPlugin() {
  const tags = new Map();
  return {
    name: 'msp-define-element',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isCallExpression(node) || node.expression.getText() !== 'defineElement') return;
      const [tag, constructor] = node.arguments;
      if (!tag || !constructor || !ts.isStringLiteral(tag)) return;
      const className = constructor.getText();
      const imported = (moduleDoc.imports ?? []).find((entry) => entry.name === className);
      tags.set(className, tag.text);
      moduleDoc.exports = [
        ...(moduleDoc.exports ?? []),
        {
          kind: 'custom-element-definition',
          name: tag.text,
          declaration: {
            name: className,
            module: imported ? imported.importPath.replace(/^\.\//, moduleDoc.path.replace(/[^/]+$/, '')).replace(/\.js$/, '.ts') : moduleDoc.path,
          },
        },
      ];
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        // `defineElement` itself calls customElements.define(tag, constructor): not an element.
        mod.exports = (mod.exports ?? []).filter((entry) => !(entry.kind === 'custom-element-definition' && entry.declaration?.name === 'constructor'));
        for (const declaration of mod.declarations ?? []) {
          const tag = tags.get(declaration.name);
          if (tag) Object.assign(declaration, { tagName: tag, customElement: true });
          // Lit's `{ state: true }` properties are internal (declared private or protected): no attribute.
          const hidden = new Set((declaration.members ?? []).filter((m) => m.privacy === 'private' || m.privacy === 'protected').map((m) => m.name));
          if (declaration.attributes) declaration.attributes = declaration.attributes.filter((a) => !hidden.has(a.fieldName ?? a.name));
        }
      }
    },
  };
}

export default {
  globs: ['src/widgets/*/*.ts', 'src/core/widget-base.ts'],
  exclude: ['**/*.test.ts', '**/*.fixtures.ts', '**/*.corpus.ts'],
  outdir: '.',
  litelement: true,
  dependencies: false,
  packagejson: false,
  plugins: [defineElementPlugin()],
};
