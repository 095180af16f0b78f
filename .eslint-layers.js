// The layer rule behind .eslint.config.js: every linted file belongs to a layer, and every
// import (static, dynamic, re-export or require) must name something its layer lists: a layer
// (for a relative path, resolved against the repo) or an npm package (`node:*` for Node's
// built-ins, bare `fs` included). An allow-list, so a new kind of import fails until someone
// decides where it belongs. The layer table itself lives in .eslint.config.js.
import path from 'node:path';
import { builtinModules } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = path.dirname(fileURLToPath(import.meta.url));
const builtins = new Set(builtinModules);

/** The layer a repo path falls in: folders end with '/', anything else is one file. */
export function layerOf(layers, repoPath) {
  for (const [name, layer] of Object.entries(layers)) {
    if (layer.files.some((f) => (f.endsWith('/') ? repoPath.startsWith(f) : repoPath === f))) return name;
  }
  return null;
}

const toRepoPath = (file) => path.relative(root, file).split(path.sep).join('/');

/** 'react-dom/client' → 'react-dom', '@tanstack/react-query/x' → '@tanstack/react-query', 'fs' → 'node:*'. */
function packageOf(spec) {
  if (spec.startsWith('node:') || builtins.has(spec) || builtins.has(spec.split('/')[0])) return 'node:*';
  const parts = spec.split('/');
  return spec.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

function problem(layers, layerName, fromFile, spec) {
  const layer = layers[layerName];
  if (spec.startsWith('.') || spec.startsWith('/')) {
    const target = toRepoPath(path.resolve(path.dirname(fromFile), spec));
    const targetLayer = layerOf(layers, target);
    if (!targetLayer) return `'${spec}' is ${target}, which belongs to no layer`;
    if (targetLayer === layerName || layer.imports.includes(targetLayer)) return null;
    return `the ${layerName} layer may not import the ${targetLayer} layer ('${spec}'); it may import ${[layerName, ...layer.imports].join(', ')}`;
  }
  const pkg = packageOf(spec);
  if (layer.packages.includes(pkg)) return null;
  const what = pkg === 'node:*' ? `Node's built-in '${spec}'` : `the package '${pkg}'`;
  return `the ${layerName} layer may not import ${what}; its packages are ${layer.packages.join(', ') || 'none'}`;
}

/** An ESLint plugin with one rule, `layers/allowed-imports`, for the given layer table. */
export function layersPlugin(layers) {
  const rule = {
    meta: { type: 'problem', docs: { description: 'Every file belongs to a layer and imports only what its layer allows.' }, schema: [] },
    create(context) {
      const file = context.filename;
      const layerName = layerOf(layers, toRepoPath(file));
      const check = (node, source) => {
        if (!source || source.type !== 'Literal' || typeof source.value !== 'string') return;
        const message = problem(layers, layerName, file, source.value);
        if (message) context.report({ node, message });
      };
      if (!layerName) {
        return {
          Program(node) {
            context.report({ node, message: `${toRepoPath(file)} belongs to no layer: add it to one in .eslint.config.js` });
          },
        };
      }
      return {
        ImportDeclaration: (node) => check(node, node.source),
        ExportNamedDeclaration: (node) => check(node, node.source),
        ExportAllDeclaration: (node) => check(node, node.source),
        ImportExpression: (node) => check(node, node.source),
        TSImportEqualsDeclaration: (node) => check(node, node.moduleReference?.expression),
        CallExpression(node) {
          if (node.callee.type === 'Identifier' && node.callee.name === 'require') check(node, node.arguments[0]);
        },
      };
    },
  };
  return { rules: { 'allowed-imports': rule } };
}
