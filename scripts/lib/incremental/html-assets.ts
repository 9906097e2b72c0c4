/**
 * The Container API renders a page's HTML exactly as `astro build` does, except for what the
 * bundler decides: the built page links the hashed CSS files before </head> and loads its
 * scripts from /_astro/. Those tags are the same on every page of a route (same components, same
 * bundle), so they are read from a built page of the same route and put into the rendered one.
 */
export interface RouteAssets {
  stylesheets: string[];
  scripts: string[];
}

const stylesheet = /<link rel="stylesheet" href="\/_astro\/[^"]+">/g;
const moduleScript = /<script type="module" src="([^"]+)"><\/script>/g;

export function readAssets(builtHtml: string): RouteAssets {
  return {
    stylesheets: builtHtml.match(stylesheet) ?? [],
    scripts: [...builtHtml.matchAll(moduleScript)].map((m) => m[1]!).filter((src) => src.startsWith('/_astro/')),
  };
}

/** The rendered page with the built page's asset tags; throws when the two do not line up. */
export function applyAssets(rendered: string, assets: RouteAssets): string {
  let html = rendered.startsWith('<!DOCTYPE html>') ? rendered : `<!DOCTYPE html>${rendered}`;
  if (assets.stylesheets.length > 0) {
    const head = html.indexOf('</head>');
    if (head < 0) throw new Error('渲染结果没有 </head>，无法加入样式表');
    if (html.slice(0, head).search(stylesheet) >= 0) throw new Error('渲染结果已含构建样式表，与预期不符');
    html = `${html.slice(0, head)}${assets.stylesheets.join('')}${html.slice(head)}`;
  }
  let index = 0;
  html = html.replace(moduleScript, (tag, src: string) => {
    if (src.startsWith('/_astro/') || src.startsWith('http')) return tag;
    const built = assets.scripts[index++];
    if (!built) throw new Error(`渲染结果的脚本 ${src} 在构建页面中没有对应`);
    return `<script type="module" src="${built}"></script>`;
  });
  if (index !== assets.scripts.length) throw new Error(`渲染结果有 ${index} 个脚本，构建页面有 ${assets.scripts.length} 个`);
  return html;
}
