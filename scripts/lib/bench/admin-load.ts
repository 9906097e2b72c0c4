import { latency, type Latency } from './cms.ts';

/**
 * Logged-in editors working in the admin at once, through HTTP against `next start` (Next's own
 * server, the React server components of Payload's admin, the REST handlers, the database pool).
 * Each editor is a closed loop: it asks for the next page as soon as the last one has arrived in
 * full (thinkMs 0: an upper bound for that many people at their desks), or after a pause drawn
 * uniformly from ½–1½ × thinkMs (someone reading the page and typing). Editors are spread over
 * the CMS processes given (one per core in deploy/TOPOLOGY.md), as nginx would spread them.
 */

export interface LoadEditor {
  email: string;
  password: string;
  /** Guides of the editor's own unit, the only ones an editor may open. */
  implementationIds: number[];
}

export const adminPages = {
  implementationsList: '实施清单列表页（/admin/collections/implementations）',
  catalogItemsList: '目录清单列表页（/admin/collections/catalog-items）',
  implementationEdit: '办事指南编辑页（/admin/collections/implementations/<id>）',
  restList: 'REST 列表（/api/implementations?limit=10）',
} as const;
export type AdminPage = keyof typeof adminPages;

export interface AdminLoadFigures {
  editors: number;
  rounds: number;
  /** Mean pause between an editor's requests (0: none). */
  thinkMs?: number;
  /** CMS processes (next start) the editors were spread over. */
  processes?: number;
  requests: number;
  wallMs: number;
  /** Answers other than 200 (or a body that is not the page asked for), with the first few for the record. */
  errors: number;
  errorSamples: string[];
  pages: Record<AdminPage, Latency>;
  /** CPU seconds the CMS process tree and PostgreSQL used during the measured rounds (where the time went). */
  cpuSeconds?: { cms: number; postgres: number };
}

export interface CpuSampler {
  cms(): number;
  postgres(): number;
}

async function login(baseUrl: string, email: string, password: string): Promise<string> {
  const response = await fetch(`${baseUrl}/api/users/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ email, password }) });
  const body = (await response.json()) as { token?: string; errors?: unknown };
  if (!response.ok || !body.token) throw new Error(`${email} 登录失败：${response.status} ${JSON.stringify(body).slice(0, 200)}`);
  return `payload-token=${body.token}`;
}

function pathOf(page: AdminPage, editor: LoadEditor, pick: number): string {
  if (page === 'implementationsList') return '/admin/collections/implementations';
  if (page === 'catalogItemsList') return '/admin/collections/catalog-items';
  if (page === 'restList') return '/api/implementations?limit=10';
  return `/admin/collections/implementations/${editor.implementationIds[pick % editor.implementationIds.length]}`;
}

/** One page, read to its last byte. A redirect (to the login page) or an error page counts as an error. */
async function fetchPage(baseUrl: string, path: string, cookie: string): Promise<{ ms: number; error?: string }> {
  const started = performance.now();
  try {
    const response = await fetch(`${baseUrl}${path}`, { headers: { cookie }, redirect: 'manual', signal: AbortSignal.timeout(120_000) });
    const text = await response.text();
    const ms = performance.now() - started;
    if (response.status !== 200) return { ms, error: `${path}：${response.status}` };
    if (path.startsWith('/admin') && !text.includes('</html>')) return { ms, error: `${path}：页面不完整` };
    return { ms };
  } catch (error) {
    return { ms: performance.now() - started, error: `${path}：${(error as Error).message}` };
  }
}

export async function measureAdminLoad(
  baseUrls: string[],
  editors: LoadEditor[],
  options: { rounds: number; thinkMs?: number; cpu?: CpuSampler },
  say: (line: string) => void,
): Promise<AdminLoadFigures> {
  const { rounds, thinkMs = 0, cpu } = options;
  const pages = Object.keys(adminPages) as AdminPage[];
  const urlOf = (e: number) => baseUrls[e % baseUrls.length]!;
  // A login signed by one CMS process is valid in the others (one secret, sessions in the database).
  // One at a time: the login throttle logs each attempt as a failure until it succeeds, so dozens
  // at once from one address would look like password spraying (cms/src/auth/throttleLogin.ts).
  const cookies: string[] = [];
  for (const [e, editor] of editors.entries()) cookies.push(await login(urlOf(e), editor.email, editor.password));
  // The first request of each route loads its server code; not part of what an editor waits for.
  say('预热：每个页面先请求两次…');
  for (const baseUrl of baseUrls) for (let i = 0; i < 2; i++) for (const page of pages) await fetchPage(baseUrl, pathOf(page, editors[0]!, i), cookies[0]!);

  say(`${editors.length} 位编辑同时操作（${baseUrls.length} 个 CMS 进程），每人 ${rounds} 轮（每轮四个页面，${thinkMs ? `两次请求之间平均停顿 ${thinkMs / 1000} 秒` : '无思考时间'}）…`);
  const samples = new Map<AdminPage, number[]>(pages.map((page) => [page, []]));
  const errorSamples: string[] = [];
  let errors = 0;
  const cpuBefore = cpu && { cms: cpu.cms(), postgres: cpu.postgres() };
  const started = performance.now();
  await Promise.all(
    editors.map(async (editor, e) => {
      for (let round = 0; round < rounds; round++) {
        for (let step = 0; step < pages.length; step++) {
          // Editors start at different pages, so the four kinds of request overlap all the time.
          const page = pages[(e + step) % pages.length]!;
          if (thinkMs) await new Promise((done) => setTimeout(done, thinkMs * (0.5 + Math.random())));
          const result = await fetchPage(urlOf(e), pathOf(page, editor, e * 31 + round * 7), cookies[e]!);
          samples.get(page)!.push(result.ms);
          if (result.error) {
            errors += 1;
            if (errorSamples.length < 5) errorSamples.push(result.error);
          }
        }
      }
    }),
  );
  const wallMs = Math.round(performance.now() - started);
  const cpuSeconds = cpu && cpuBefore && { cms: Math.round((cpu.cms() - cpuBefore.cms) * 10) / 10, postgres: Math.round((cpu.postgres() - cpuBefore.postgres) * 10) / 10 };
  return {
    editors: editors.length,
    rounds,
    thinkMs,
    processes: baseUrls.length,
    requests: [...samples.values()].reduce((sum, list) => sum + list.length, 0),
    wallMs,
    errors,
    errorSamples,
    pages: Object.fromEntries(pages.map((page) => [page, latency(samples.get(page)!)])) as Record<AdminPage, Latency>,
    cpuSeconds,
  };
}
