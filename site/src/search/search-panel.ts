import { loadPagefind, preloadQuery, searchCatalog, searchFilters, type CatalogIndex, type FilterCounts, type SearchFilters, type SearchHit } from './search-client.ts';
import { matchingValues } from './filter-values.ts';
import { resolveService, type PlaceFile } from '@catalog/content-models/search/places.ts';
import { getJson, loadPlaceChain, PLACE_CHANGE, type PlaceChangeDetail } from './place.ts';

/** Select filters (small vocabularies, rendered by SearchPanel.astro); names are Pagefind filter keys. */
const SELECT_FILTERS = ['分类', '层级', '服务对象'] as const;
/** Open lists filtered by typing (地区, 部门): their values come from the index on first use. */
const TEXT_FILTERS = ['地区', '部门'] as const;
/** Results per page: each shown result costs the phone one small download. */
const PAGE_SIZE = 10;
const DEBOUNCE_MS = 200;

/**
 * Wires a rendered SearchPanel: loads the search module and index metadata when the citizen first
 * focuses the panel, fetches the index chunks of the words while they are typed, searches as they
 * type, and keeps the query in the address (?q=) so results can be shared and the back button works.
 */
export function mountSearchPanel(root: HTMLElement): void {
  const form = root.querySelector('form')!;
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const status = root.querySelector<HTMLElement>('[data-search-status]')!;
  const list = root.querySelector<HTMLOListElement>('[data-search-results]')!;
  const selects = SELECT_FILTERS.map((name) => [name, root.querySelector<HTMLSelectElement>(`select[data-filter="${name}"]`)!] as const);
  const texts = TEXT_FILTERS.map((name) => {
    const input = root.querySelector<HTMLInputElement>(`input[data-filter-text="${name}"]`)!;
    return { name, input, hint: root.querySelector<HTMLElement>(`[data-filter-hint="${name}"]`)!, datalist: input.list! };
  });
  const more = document.createElement('button');
  more.type = 'button';
  more.textContent = '显示更多结果';
  more.hidden = true;
  list.after(more);

  let index: Promise<CatalogIndex> | undefined;
  let values: Promise<FilterCounts> | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let latest = 0;
  let limit = PAGE_SIZE;
  /** Set by 「显示更多结果」: the next answer moves the focus to the first result it adds. */
  let focusNew = false;
  /** The visitor's place and its ancestors (PlacePicker announces it); empty until known. */
  let chain: readonly PlaceFile[] = [];

  const ready = () => (index ??= loadPagefind(root.dataset.bundle));
  /** 地区/部门 values with counts: all filter chunks of the index, so only once a text filter is used. */
  const filterValues = () =>
    (values ??= ready().then(async (loaded) => {
      const counts = await searchFilters(loaded);
      for (const text of texts) {
        const options = Object.entries(counts[text.name] ?? {}).sort(([a], [b]) => a.localeCompare(b, 'zh-CN'));
        text.datalist.replaceChildren(...options.map(([value, count]) => new Option(`${count} 项`, value)));
      }
      return counts;
    }));

  /** The chosen filters; a text filter stands for every value containing what was typed. */
  const chosenFilters = async (): Promise<{ filters: SearchFilters; problem?: string }> => {
    const filters: SearchFilters = Object.fromEntries(selects.filter(([, select]) => select.value).map(([name, select]) => [name, [select.value]]));
    for (const text of texts) {
      const typed = text.input.value.trim();
      if (!typed) {
        text.hint.textContent = '留空为全部；输入名称的一部分即可';
        continue;
      }
      const matched = matchingValues(Object.keys((await filterValues())[text.name] ?? {}), typed);
      text.hint.textContent = matched.length === 0 ? `没有名称包含「${typed}」的${text.name}` : matched.length === 1 ? `已选：${matched[0]}` : `包含「${typed}」的${text.name}共 ${matched.length} 个`;
      if (matched.length === 0) return { filters, problem: `没有名称包含「${typed}」的${text.name}，请检查${text.name}名称。` };
      filters[text.name] = matched;
    }
    return { filters };
  };

  const run = async () => {
    const query = input.value.trim();
    const ticket = ++latest;
    const { filters, problem } = await chosenFilters();
    if (ticket !== latest) return;
    const url = new URL(location.href);
    if (query) url.searchParams.set('q', query);
    else url.searchParams.delete('q');
    history.replaceState(null, '', url);
    // With a query the results take the category cards' place (see the search page).
    document.documentElement.classList.toggle('has-query', Boolean(query));
    more.hidden = true;
    if (problem || (!query && Object.keys(filters).length === 0)) {
      list.replaceChildren();
      status.textContent = problem ?? '请输入事项名称、俗称或部门，例如：准生证、医保转移、公积金提取。';
      return;
    }
    status.textContent = '正在搜索……';
    try {
      const page = await searchCatalog(await ready(), query, { filters, limit });
      if (ticket !== latest) return; // a newer query has started
      const shown = list.childElementCount;
      list.replaceChildren(...page.hits.map((hit) => resultItem(hit, chain)));
      // After 「显示更多结果」 the first new result takes the focus (the button may have gone).
      if (focusNew) list.children[shown]?.querySelector('a')?.focus();
      focusNew = false;
      more.hidden = page.total <= page.hits.length;
      status.dataset.query = query; // which query the shown answer is for (measurements, tests)
      status.textContent = page.total === 0
        ? `没有找到与「${query}」相关的事项，可以换个说法，或按分类查找。`
        : `找到 ${page.total} 个相关事项${page.total > page.hits.length ? `，显示最相关的 ${page.hits.length} 个` : ''}。`;
    } catch (error) {
      if (ticket !== latest) return;
      status.textContent = `搜索暂时不可用（${(error as Error).message}），请按分类查找。`;
    }
  };
  const search = () => {
    limit = PAGE_SIZE;
    focusNew = false;
    clearTimeout(timer);
    void run();
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    search();
  });
  input.addEventListener('input', () => {
    // Fetch the index chunks of the words typed so far now, so the search after the pause only
    // waits for its results' details.
    void ready().then((loaded) => preloadQuery(loaded, input.value)).catch(() => undefined);
    clearTimeout(timer);
    timer = setTimeout(search, DEBOUNCE_MS);
  });
  // The module and index metadata load while the citizen is still typing.
  root.addEventListener('focusin', () => void ready().catch(() => undefined), { once: true });
  for (const [, select] of selects) select.addEventListener('change', search);
  for (const text of texts) {
    text.input.addEventListener('focus', () => void filterValues().catch(() => undefined));
    text.input.addEventListener('change', search);
  }
  more.addEventListener('click', () => {
    limit += PAGE_SIZE;
    focusNew = true;
    void run();
  });

  // The place decides which implementation each result opens: show the results again for it.
  document.addEventListener(PLACE_CHANGE, (event) => {
    const { code } = (event as CustomEvent<PlaceChangeDetail>).detail;
    void loadPlaceChain(code, getJson, root.dataset.places)
      .then((loaded) => {
        chain = loaded;
        if (list.childElementCount > 0) void run();
      })
      .catch(() => undefined); // without place files results open the chooser page
  });

  root.hidden = false;
  const initial = new URL(location.href).searchParams.get('q');
  if (initial) {
    input.value = initial;
    void run();
  }
}

/**
 * One service: its name opens the implementation of the visitor's place (or the chooser of
 * places, /c/<基本编码>/, when the place has several or none), and says where it is handled.
 */
function resultItem(hit: SearchHit, chain: readonly PlaceFile[]): HTMLLIElement {
  const item = document.createElement('li');
  const link = document.createElement('a');
  link.textContent = hit.title;
  link.href = hit.url;
  const where: string[] = [hit.category];
  const resolved = hit.url.startsWith('/c/') && chain.length > 0 ? resolveService(chain, hit.code) : undefined;
  if (resolved?.kind === 'one') {
    link.href = `/items/${resolved.implementationCode}/`;
    where.push(`由${resolved.unitName}办理`);
  } else if (resolved?.kind === 'choose') {
    where.push(`${resolved.placeName}有 ${resolved.count} 个部门可办，点击选择`);
  } else if (resolved?.kind === 'elsewhere') {
    where.push(`您所在地区暂无，共 ${hit.places} 处可办，点击查看`);
  } else if (hit.places > 1) {
    where.push(`${hit.places} 个地方或部门可办`);
  }
  const details = document.createElement('p');
  details.textContent = where.join(' · ');
  item.append(link, details);
  if (resolved?.kind === 'one' && hit.places > 1) {
    const others = document.createElement('a');
    others.href = `/c/${encodeURIComponent(hit.code)}/`;
    others.textContent = `其他地方办理（共 ${hit.places} 处）`;
    others.className = 'search-elsewhere';
    details.append(' · ', others);
  }
  return item;
}
