import { mountSearchPanel } from '../../site/src/search/search-panel.ts';

// The same two lines as the <script> of SearchPanel.astro.
const panel = document.querySelector<HTMLElement>('[data-search-panel]');
if (panel) mountSearchPanel(panel);
