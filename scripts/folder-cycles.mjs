// No import circle between folders (part of `npm run lint`). ESLint's import-x/no-cycle sees file cycles only; here a
// domain folder (backend/src/modules/<name>, frontend/src/features/<name>) or a top folder of a workspace's src counts
// as one node, and a value import (type-only imports are erased at build) as an edge. Prints each circle found.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { root } from './lib/stack.mjs';

const sources = [
  { src: 'backend/src', domains: 'modules', composers: ['database/seed'] },
  { src: 'frontend/src', domains: 'features', alias: '@/' },
  { src: 'emails/src' },
];

/** The folder a file belongs to: `backend/src/modules/funding`, `frontend/src/lib`, `emails/src`. */
function folderOf(file, { src, domains, composers = [] }) {
  const parts = path.relative(path.join(root, src), file).split(path.sep);
  if (parts.length === 1) return src;
  // Demo data steps belong to the seed that composes them, wherever they sit.
  if (/\.(seed|demo-data)\.ts$/.test(file) && composers.includes('database/seed')) return `${src}/database/seed`;
  // A domain, or a folder that composes the domains (database/seed, like app.module.ts): one node each.
  const nested = (parts[0] === domains || composers.includes(`${parts[0]}/${parts[1]}`)) && parts.length > 2;
  return nested ? `${src}/${parts[0]}/${parts[1]}` : `${src}/${parts[0]}`;
}

function* filesIn(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'generated') yield* filesIn(full);
    } else if (/\.tsx?$/.test(entry.name) && !/\.(d|spec)\.tsx?$/.test(entry.name)) yield full; // tests aside
  }
}

/** Relative or aliased module names of the value imports and re-exports of a file. */
function valueImports(file) {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, false);
  const names = [];
  for (const node of source.statements) {
    if (ts.isImportDeclaration(node)) {
      const clause = node.importClause;
      const bindings = clause?.namedBindings;
      const onlyTypes =
        clause?.isTypeOnly ||
        (clause &&
          !clause.name &&
          bindings &&
          ts.isNamedImports(bindings) &&
          bindings.elements.length > 0 &&
          bindings.elements.every((e) => e.isTypeOnly));
      if (!onlyTypes) names.push(node.moduleSpecifier.text);
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && !node.isTypeOnly) {
      names.push(node.moduleSpecifier.text);
    }
  }
  return names;
}

const edges = new Map();
for (const workspace of sources) {
  const base = path.join(root, workspace.src);
  for (const file of filesIn(base)) {
    const from = folderOf(file, workspace);
    for (const name of valueImports(file)) {
      let target;
      if (name.startsWith('.')) target = path.resolve(path.dirname(file), name);
      else if (workspace.alias && name.startsWith(workspace.alias)) target = path.join(base, name.slice(2));
      else continue;
      const to = folderOf(target, workspace);
      if (to !== from) edges.set(from, new Set([...(edges.get(from) ?? []), to]));
    }
  }
}

// Tarjan's strongly connected components: every component of more than one folder is a circle.
let index = 0;
const state = new Map();
const stack = [];
const circles = [];
function visit(node) {
  state.set(node, { index, low: index, onStack: true });
  index += 1;
  stack.push(node);
  for (const next of edges.get(node) ?? []) {
    if (!state.has(next)) {
      visit(next);
      state.get(node).low = Math.min(state.get(node).low, state.get(next).low);
    } else if (state.get(next).onStack) state.get(node).low = Math.min(state.get(node).low, state.get(next).index);
  }
  if (state.get(node).low === state.get(node).index) {
    const component = [];
    let member;
    do {
      member = stack.pop();
      state.get(member).onStack = false;
      component.push(member);
    } while (member !== node);
    if (component.length > 1) circles.push(component.sort());
  }
}
for (const node of edges.keys()) if (!state.has(node)) visit(node);

if (circles.length) {
  for (const circle of circles) {
    console.error(`Folders importing each other in a circle: ${circle.join(' ↔ ')}`);
    for (const from of circle) {
      const into = [...(edges.get(from) ?? [])].filter((to) => circle.includes(to));
      console.error(`  ${from} → ${into.join(', ')}`);
    }
  }
  process.exit(1);
}
console.log(
  `No import circle between ${new Set([...edges.keys(), ...[...edges.values()].flatMap((s) => [...s])]).size} folders.`,
);
