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

/** The entries of a `{ key: { attribute: 'name', field: field.… } } satisfies ConfigAttributes` literal. */
function readConfigAttributes(ts, literal) {
  const typeOf = (fieldText) => (fieldText === 'field.boolean' ? 'boolean' : fieldText.startsWith('field.int') ? 'number' : 'string');
  const entries = [];
  for (const property of literal.properties) {
    if (!ts.isPropertyAssignment(property) || !ts.isObjectLiteralExpression(property.initializer)) continue;
    const read = (name) => property.initializer.properties.find((p) => ts.isPropertyAssignment(p) && p.name.getText() === name)?.initializer;
    const attribute = read('attribute');
    if (!attribute || !ts.isStringLiteral(attribute)) continue;
    const description = (ts.getJSDocCommentsAndTags(property)[0]?.comment ?? '').toString().replace(/\s+/g, ' ').trim();
    entries.push({ key: property.name.getText(), attribute: attribute.text, type: typeOf(read('field')?.getText() ?? ''), description });
  }
  return entries;
}

/**
 * A widget's attributes are declared once, as `ConfigAttributes` objects (`commonAttributes` in
 * config.ts, each widget's `<widget>.attributes.ts`), and widget-base.ts makes each a Lit property
 * (`finalize`): the analyzer sees no `static properties` entry for them. This plugin reads those
 * objects and each class's `static configAttributes = …`, and lists the attributes on every element,
 * with the description and type of the field the class declares.
 */
function configAttributesPlugin() {
  /** Object name → [{ key, attribute, type, description }]. */
  const declared = new Map();
  /** Class name → the name of its `configAttributes` object. */
  const ownAttributes = new Map([['MspWidget', 'commonAttributes']]);
  return {
    name: 'msp-config-attributes',
    analyzePhase({ ts, node }) {
      if (
        ts.isVariableDeclaration(node) &&
        node.initializer &&
        ts.isSatisfiesExpression(node.initializer) &&
        node.initializer.type.getText() === 'ConfigAttributes'
      ) {
        const literal = node.initializer.expression;
        if (!ts.isObjectLiteralExpression(literal)) return;
        declared.set(node.name.getText(), readConfigAttributes(ts, literal));
      }
      if (ts.isClassDeclaration(node) && node.name) {
        const member = node.members.find(
          (m) => ts.isPropertyDeclaration(m) && m.name.getText() === 'configAttributes' && m.initializer && ts.isIdentifier(m.initializer),
        );
        if (member) ownAttributes.set(node.name.getText(), member.initializer.getText());
      }
    },
    packageLinkPhase({ customElementsManifest }) {
      const modules = new Map();
      const classes = new Map(
        customElementsManifest.modules.flatMap((mod) =>
          (mod.declarations ?? []).filter((d) => d.kind === 'class').map((d) => (modules.set(d.name, mod.path), [d.name, d])),
        ),
      );
      for (const declaration of classes.values()) {
        // The class's own attributes first, then its ancestors' (the common ones last, as Lit lists them).
        const chain = [];
        for (let name = declaration.name; name; name = classes.get(name)?.superclass?.name) {
          if (ownAttributes.has(name)) chain.push({ name, entries: declared.get(ownAttributes.get(name)) ?? [] });
        }
        if (!chain.length) continue;
        const attributes = declaration.attributes ?? [];
        for (const { name, entries } of chain) {
          for (const { key, attribute, type, description } of entries) {
            if (attributes.some((a) => a.name === attribute)) continue;
            const member = (declaration.members ?? []).find((m) => m.name === key);
            attributes.push({
              name: attribute,
              type: member?.type ?? { text: type },
              description: member?.description || description,
              ...(member?.default !== undefined ? { default: member.default } : {}),
              fieldName: key,
              ...(name === declaration.name ? {} : { inheritedFrom: { name, module: modules.get(name) } }),
            });
          }
        }
        declaration.attributes = attributes;
      }
    },
  };
}

export default {
  globs: ['src/widgets/*/*.ts', 'src/core/widget-base.ts', 'src/core/config.ts'],
  exclude: ['**/*.test.ts', '**/*.fixtures.ts'],
  outdir: '.',
  litelement: true,
  dependencies: false,
  packagejson: false,
  plugins: [configAttributesPlugin(), defineElementPlugin()],
};
