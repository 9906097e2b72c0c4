import { loadPagefind, searchCatalog, searchFilters, type CatalogIndex, type SearchFilters, type SearchHit } from './search-client.ts';

/** Filters shown, in this order; the names are the Pagefind filter keys written by search:index. */
const FILTERS = ['分类', '层级', '地区', '部门', '服务对象'] as const;
const PAGE_SIZE = 20;
const DEBOUNCE_MS = 200;

/**
 * Wires a rendered SearchPanel: loads the index on first use, searches as the citizen types,
 * keeps the query in the address (?q=) so results can be shared and the back button works.
 */
export function mountSearchPanel(root: HTMLElement): void {
  const form = root.querySelector('form')!;
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const status = root.querySelector<HTMLElement>('[data-search-status]')!;
  const list = root.querySelector<HTMLOListElement>('[data-search-results]')!;
  const selects = new Map(FILTERS.map((name) => [name, root.querySelector<HTMLSelectElement>(`select[data-filter="${name}"]`)!]));
  let pagefind: Promise<CatalogIndex> | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let latest = 0;

  const ready = () => {
    // Started when the search box gets focus, so the module and index metadata arrive while the
    // citizen is still typing.
    pagefind ??= loadPagefind(root.dataset.bundle).then(async (index) => {
      fillFilters(selects, await searchFilters(index));
      return index;
    });
    return pagefind;
  };

  const chosenFilters = (): SearchFilters =>
    Object.fromEntries([...selects].filter(([, select]) => select.value).map(([name, select]) => [name, [select.value]]));

  const run = async () => {
    const query = input.value.trim();
    const filters = chosenFilters();
    const url = new URL(location.href);
    if (query) url.searchParams.set('q', query);
    else url.searchParams.delete('q');
    history.replaceState(null, '', url);
    if (!query && Object.keys(filters).length === 0) {
      list.replaceChildren();
      status.textContent = '请输入事项名称、俗称或部门，例如：准生证、医保转移、公积金提取。';
      return;
    }
    const ticket = ++latest;
    status.textContent = '正在搜索……';
    try {
      const page = await searchCatalog(await ready(), query, { filters, limit: PAGE_SIZE });
      if (ticket !== latest) return; // a newer query has started
      list.replaceChildren(...page.hits.map(resultItem));
      status.textContent = page.total === 0
        ? `没有找到与「${query}」相关的事项，可以换个说法，或按分类查找。`
        : `找到 ${page.total} 个相关事项${page.total > PAGE_SIZE ? `，显示最相关的 ${PAGE_SIZE} 个` : ''}。`;
    } catch (error) {
      if (ticket !== latest) return;
      status.textContent = `搜索暂时不可用（${(error as Error).message}），请按分类查找。`;
    }
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    void run();
  });
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(run, DEBOUNCE_MS);
  });
  input.addEventListener('focus', () => void ready(), { once: true });
  for (const select of selects.values()) select.addEventListener('change', () => void run());

  root.hidden = false;
  const initial = new URL(location.href).searchParams.get('q');
  if (initial) {
    input.value = initial;
    void run();
  }
}

function fillFilters(selects: Map<string, HTMLSelectElement>, available: Record<string, Record<string, number>>): void {
  for (const [name, select] of selects) {
    const values = Object.entries(available[name] ?? {}).sort(([a], [b]) => a.localeCompare(b, 'zh-CN'));
    select.append(...values.map(([value, count]) => new Option(`${value}（${count}）`, value)));
  }
}

function resultItem(hit: SearchHit): HTMLLIElement {
  const item = document.createElement('li');
  const link = document.createElement('a');
  link.href = hit.url;
  link.textContent = hit.title;
  const details = document.createElement('p');
  details.textContent = [hit.unit, hit.category, hit.level, hit.region].filter(Boolean).join(' · ');
  item.append(link, details);
  return item;
}
