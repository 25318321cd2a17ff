// newsgraph web view: the little behaviour the server-rendered pages need.
// Everything works without it (links, forms, layer toggles through CSS);
// it adds entity highlighting, keyboard shortcuts, remembered layer
// choices and the span of a selection. It never writes HTML: only classes,
// attributes and text.
(() => {
  'use strict';

  const $$ = (sel, root = document) => Array.from(root.querySelectorAll(sel));
  const byEntity = (id) => $$(`[data-entity="${CSS.escape(id)}"]`);

  // Hovering or focusing anything that names an entity (a mention, its
  // card, a speaker, a timeline name) highlights every mention of it.
  let hovered = null;
  const hover = (id) => {
    if (id === hovered) return;
    if (hovered) byEntity(hovered).forEach((el) => el.classList.remove('hl'));
    hovered = id;
    if (hovered) byEntity(hovered).forEach((el) => el.classList.add('hl'));
  };
  const entityOf = (target) => target instanceof Element ? target.closest('[data-entity]')?.dataset.entity ?? null : null;
  document.addEventListener('mouseover', (e) => hover(entityOf(e.target)));
  document.addEventListener('focusin', (e) => hover(entityOf(e.target)));

  // Selecting an entity (its button, or following a mention) keeps its
  // mentions highlighted until Escape or another selection.
  let selected = null;
  const status = document.getElementById('selection');
  const say = (text) => { if (status) status.textContent = text; };
  const select = (id, announce = true) => {
    if (selected) {
      byEntity(selected).forEach((el) => el.classList.remove('sel'));
      $$(`button[data-select="${CSS.escape(selected)}"]`).forEach((b) => b.setAttribute('aria-pressed', 'false'));
    }
    selected = id;
    if (!selected) return;
    const els = byEntity(selected);
    els.forEach((el) => el.classList.add('sel'));
    $$(`button[data-select="${CSS.escape(selected)}"]`).forEach((b) => b.setAttribute('aria-pressed', 'true'));
    const card = document.getElementById('entity-' + selected);
    const name = card?.querySelector('strong')?.textContent ?? selected;
    const n = els.filter((el) => el.classList.contains('m')).length;
    if (announce) say(`${name}: ${n} mention${n === 1 ? '' : 's'} highlighted (Esc to clear)`);
  };

  document.addEventListener('click', (e) => {
    const t = e.target instanceof Element ? e.target : null;
    if (!t) return;
    const button = t.closest('button[data-select]');
    if (button) {
      const id = button.dataset.select;
      if (selected === id) { select(null); say(''); return; }
      select(id);
      const first = document.querySelector(`.doc .m[data-entity="${CSS.escape(id)}"]`);
      if (first) {
        first.scrollIntoView({ block: 'center' });
        first.focus({ preventScroll: true });
      }
      return;
    }
    const mention = t.closest('.doc .m[data-entity]');
    if (mention) select(mention.dataset.entity);
    const copy = t.closest('[data-copy]');
    if (copy) copyText(copy.dataset.copy);
  });

  // A mention that is not a link (one nested in another) follows its
  // entity on Enter, as a link would.
  document.addEventListener('keydown', (e) => {
    const t = e.target instanceof Element ? e.target : null;
    if (e.key === 'Enter' && t?.matches('.doc span.m[data-entity]')) {
      select(t.dataset.entity);
      location.hash = 'entity-' + t.dataset.entity;
    }
  });

  // Layer toggles: remembered for the session, and on single keys.
  const toggles = $$('input[type="checkbox"][data-key]');
  const saved = (() => { try { return JSON.parse(sessionStorage.getItem('newsgraph.layers') || '{}'); } catch { return {}; } })();
  for (const t of [...toggles, ...$$('.types input[type="checkbox"]')]) {
    if (t.id in saved) t.checked = saved[t.id];
    t.addEventListener('change', () => {
      saved[t.id] = t.checked;
      try { sessionStorage.setItem('newsgraph.layers', JSON.stringify(saved)); } catch { /* private mode */ }
    });
  }

  const mentions = $$('.doc .m');
  const step = (dir) => {
    if (!mentions.length) return;
    const cur = mentions.indexOf(document.activeElement);
    const next = mentions[(cur + dir + mentions.length) % mentions.length] ?? mentions[0];
    if (!next.hasAttribute('href') && !next.hasAttribute('tabindex')) next.setAttribute('tabindex', '-1');
    next.focus();
  };

  const dialog = document.getElementById('keys');
  document.addEventListener('keydown', (e) => {
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    const t = e.target;
    if (t instanceof HTMLElement && (t.isContentEditable || t.matches('input:not([type="checkbox"]), textarea, select'))) return;
    if (e.key === 'Escape' && selected) { select(null); say(''); return; }
    if (e.key === '?') { e.preventDefault(); dialog?.open ? dialog.close() : dialog?.showModal(); return; }
    if (dialog?.open) return;
    if (e.key === 'j') { step(1); return; }
    if (e.key === 'k') { step(-1); return; }
    if (e.key === 'a' && !document.querySelector('form.analyze')) { location.href = '/analyze'; return; }
    const toggle = toggles.find((x) => x.dataset.key === e.key);
    if (toggle) {
      toggle.checked = !toggle.checked;
      toggle.dispatchEvent(new Event('change'));
      say(`${toggle.parentElement.textContent.replace(/\d+\s*$/, '').trim()} ${toggle.checked ? 'shown' : 'hidden'}`);
    }
  });

  // The span of a selection in the article, counted in code points as the
  // Document's JSON counts. The DOM counts UTF-16 units; each paragraph
  // carries its start in code points (data-cp), and the labels newsgraph
  // adds (.lbl) are not part of the text.
  const notLabel = {
    acceptNode: (n) => n.parentElement?.closest('.lbl') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT,
  };
  const codePoints = (s) => {
    let n = 0;
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdbff) {
        if (i + 1 >= s.length) break; // a cut surrogate pair: not reached
        i++;
      }
      n++;
    }
    return n;
  };
  // offset returns the code-point offset in the text of a DOM position,
  // or null when it is outside the article's paragraphs.
  const offset = (node, off) => {
    const block = (node instanceof Element ? node : node.parentElement)?.closest('[data-cp]');
    if (!block || !block.closest('.doc') || block.dataset.cp === '-1') return null;
    if (node.nodeType !== Node.TEXT_NODE) {
      // A position between the children of an element: count the text
      // before the child at off, or all of the element's text when off is
      // past its last child.
      const child = node.childNodes[off];
      const before = (t) => child
        ? !child.contains(t) && (child.compareDocumentPosition(t) & Node.DOCUMENT_POSITION_PRECEDING)
        : node.contains(t) || (node.compareDocumentPosition(t) & Node.DOCUMENT_POSITION_PRECEDING);
      const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT, notLabel);
      let n = Number(block.dataset.cp);
      for (let t = walker.nextNode(); t && before(t); t = walker.nextNode()) n += codePoints(t.data);
      return n;
    }
    if (node.parentElement?.closest('.lbl')) return null;
    const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT, notLabel);
    let n = Number(block.dataset.cp);
    for (let t = walker.nextNode(); t && t !== node; t = walker.nextNode()) n += codePoints(t.data);
    return n + codePoints(node.data.slice(0, off));
  };
  window.newsgraphOffset = offset; // for the browser tests

  let timer = 0;
  document.addEventListener('selectionchange', () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      const sel = document.getSelection();
      if (!sel || sel.isCollapsed || !sel.rangeCount) return;
      const r = sel.getRangeAt(0);
      const a = offset(r.startContainer, r.startOffset);
      const b = offset(r.endContainer, r.endOffset);
      if (a === null || b === null) return;
      say(`Selected text: characters ${a}–${b} (code points, as in the JSON)`);
    }, 150);
  });

  // Copy the JSON.
  const copyText = async (id) => {
    const el = document.getElementById(id);
    const out = document.getElementById('copy-status');
    if (!el) return;
    try {
      await navigator.clipboard.writeText(el.textContent);
      if (out) out.textContent = 'Copied.';
    } catch {
      if (out) out.textContent = 'Copying is not allowed here; use Download.';
    }
  };

  // Following a link to an entity selects it.
  const fromHash = () => {
    const m = /^#entity-(.+)$/.exec(location.hash);
    if (m && document.getElementById('entity-' + m[1])) select(decodeURIComponent(m[1]), false);
  };
  window.addEventListener('hashchange', fromHash);
  fromHash();
})();
