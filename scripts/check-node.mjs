// Every npm script must run on Node 24 (the `node` dev dependency puts it first on PATH).
// Fail early with a clear message instead of obscure errors from Astro or Vitest on Node 20.
const major = Number(process.versions.node.split('.')[0]);
if (major < 24) {
  console.error(
    `需要 Node.js 24 或更高版本，当前为 ${process.version}。请先运行 npm install（会安装 node@24 开发依赖），再通过 npm run / npm test 运行脚本。`,
  );
  process.exit(1);
}
