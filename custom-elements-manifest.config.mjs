// Configuration of `cem analyze` (@custom-elements-manifest/analyzer), run by `npm run build`: writes
// custom-elements.json, which package.json names in `customElements` for editors, linters and docs tools.

/** Our elements register through the guarded `define('tag', Class)` helper (src/define.ts), not customElements.define. */
function defineHelperCalls() {
  return {
    name: 'privacy-notice:define-helper',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isCallExpression(node) || !ts.isIdentifier(node.expression) || node.expression.text !== 'define') return;
      const [tag, klass] = node.arguments;
      if (!tag || !klass || !ts.isStringLiteral(tag) || !ts.isIdentifier(klass)) return;
      const imported = node
        .getSourceFile()
        .statements.find(
          (s) =>
            ts.isImportDeclaration(s) &&
            s.importClause?.namedBindings?.elements?.some((e) => e.name.text === klass.text),
        );
      const module = imported
        ? new URL(imported.moduleSpecifier.text, `file:///${moduleDoc.path}`).pathname.slice(1)
        : moduleDoc.path;
      moduleDoc.exports = [
        ...(moduleDoc.exports ?? []),
        { kind: 'custom-element-definition', name: tag.text, declaration: { name: klass.text, module } },
      ];
    },
  };
}

/** lit's `state: true` properties are internal: no attribute, whatever the static `properties` block looks like. */
function noAttributesForInternalState() {
  return {
    name: 'privacy-notice:internal-state',
    packageLinkPhase({ customElementsManifest }) {
      for (const declaration of customElementsManifest.modules.flatMap((m) => m.declarations ?? [])) {
        const internal = new Set(
          (declaration.members ?? [])
            .filter((m) => m.privacy === 'private' || m.privacy === 'protected')
            .map((m) => m.name),
        );
        if (declaration.attributes)
          declaration.attributes = declaration.attributes.filter((a) => !internal.has(a.fieldName));
        for (const member of declaration.members ?? []) if (internal.has(member.name)) delete member.attribute;
      }
    },
  };
}

/** The manifest describes the published modules (dist/lib/*.js), not the TypeScript sources the package leaves out. */
function publishedPaths() {
  const published = (path) => path.replace(/^\/?src\//, 'dist/lib/').replace(/\.ts$/, '.js');
  const visit = (value) => {
    if (Array.isArray(value)) return value.forEach(visit);
    if (value === null || typeof value !== 'object') return;
    for (const [key, inner] of Object.entries(value)) {
      if ((key === 'path' || key === 'module') && typeof inner === 'string') value[key] = published(inner);
      else visit(inner);
    }
  };
  return {
    name: 'privacy-notice:published-paths',
    packageLinkPhase: ({ customElementsManifest }) => visit(customElementsManifest.modules),
  };
}

export default {
  globs: ['src/elements/**/*.ts'],
  exclude: ['**/*.test.ts'],
  outdir: '.',
  litelement: true,
  plugins: [defineHelperCalls(), noAttributesForInternalState(), publishedPaths()],
};
