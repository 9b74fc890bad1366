/*
 * <siyaq-table>: a result table drawn as a plain <table> from one JSON property of rows (issue 15, seventh session).
 *
 * Vaadin's grid virtualises its rows: on a newly opened page it creates a pool of row elements when the first result
 * arrives and its virtualizer reads row heights and scroll positions between writes, each read a forced style and
 * layout of the page. A result page is 50 rows; a table of 50 rows is drawn once, with no pool and no measuring.
 *
 * A classic script served as a static file (context://scripts/siyaq-table.js), not a module of the frontend bundle: a
 * module would make the build rebuild Vaadin's production bundle, which needs Node.js 24 (docs/architecture.md).
 *
 * Properties (set by the server, org.siyaq.ui.concordance.KwicTable):
 *   columns  [{key, kind: 'kwic' | 'text' | 'hide', header | before/node/after/dir, label, width, phone}]
 *   rows     the rows shown, from the first; appendRows(rows) adds the next page
 *   size     the rows of the result in all; when the table is scrolled near its end and holds fewer, it asks for
 *            more with a 'siyaq-more' event (detail: {offset}), one request at a time
 *   empty    the text shown when the result has no row
 * Events: 'siyaq-row' (detail: {index}) for a click or Enter on a row, 'siyaq-word' (detail: {index, word, index of
 * the word in the node, offset}) for a click on a line's keyword, 'siyaq-hide' (detail: {index}) for a hide button.
 *
 * User text is only ever set as text (textContent, text nodes), never parsed as HTML. The keyboard: the table is one
 * Tab stop (the cell last focused, the first body cell at first); the arrow keys, Home/End and Page Up/Down move
 * between cells (left and right follow the page's direction), Enter does what a click does, and on a hide cell the
 * focus is on its button (Enter or Space presses it).
 */
const MORE_MARGIN = 400;

class SiyaqTable extends HTMLElement {
  constructor() {
    super();
    this._columns = [];
    this._rows = [];
    this._size = 0;
    this._empty = '';
    this._asked = -1;
    this._focusAt = [0, 0];
  }

  connectedCallback() {
    // a property set before this class was defined is the element's own and hides the class's setter
    for (const name of ['columns', 'rows', 'size', 'empty']) {
      if (Object.prototype.hasOwnProperty.call(this, name)) {
        const value = this[name];
        delete this[name];
        this[name] = value;
      }
    }
    if (this._table) return;
    this._table = document.createElement('table');
    this._table.className = 'siyaq-table';
    this._head = this._table.createTHead();
    this._body = this._table.createTBody();
    this.append(this._table);
    this.addEventListener('click', e => this._click(e));
    this.addEventListener('keydown', e => this._key(e));
    this.addEventListener('focusin', e => this._focused(e));
    this.addEventListener('scroll', () => this._maybeMore(), {passive: true});
    this._drawHead();
    this._drawBody();
  }

  set columns(columns) {
    this._columns = columns || [];
    this._drawHead();
    this._drawBody();
  }

  get columns() {
    return this._columns;
  }

  set rows(rows) {
    this._rows = rows || [];
    this._asked = -1;
    this._focusAt = [0, this._focusAt[1]];
    if (this.scrollTop) this.scrollTop = 0;
    this._drawBody();
  }

  get rows() {
    return this._rows;
  }

  set size(size) {
    this._size = size || 0;
    if (this._table) this._table.setAttribute('aria-rowcount', String(this._size + 1));
  }

  get size() {
    return this._size;
  }

  set empty(text) {
    this._empty = text || '';
    if (this._table && !this._rows.length) this._drawBody();
  }

  get empty() {
    return this._empty;
  }

  /** The next page from the server: drawn after the rows already there. */
  appendRows(offset, rows) {
    if (offset !== this._rows.length) return;
    this._rows = this._rows.concat(rows);
    this._asked = -1;
    const fragment = document.createDocumentFragment();
    rows.forEach((row, i) => fragment.append(this._row(row, offset + i)));
    this._body.append(fragment);
  }

  /** Rows whose content changed (a transliteration): the same rows drawn again, the focus kept. */
  redraw(rows) {
    this._rows = rows || [];
    this._drawBody();
  }

  _drawHead() {
    if (!this._head) return;
    const tr = document.createElement('tr');
    tr.setAttribute('aria-rowindex', '1');
    for (const column of this._columns) {
      const th = document.createElement('th');
      th.scope = 'col';
      th.className = 'col-' + column.key;
      if (column.width) th.style.width = column.width;
      if (column.kind === 'kwic') {
        const header = document.createElement('div');
        header.className = 'kwic';
        header.dir = column.dir || 'rtl';
        header.append(
          span('kwic-before', column.before),
          span('kwic-node-label', column.node),
          span('kwic-after', column.after));
        th.append(header);
      } else if (column.kind === 'hide') {
        th.append(span('visually-hidden', column.header));
      } else {
        th.append(span('column-header', column.header));
      }
      tr.append(th);
    }
    this._head.replaceChildren(tr);
  }

  _drawBody() {
    if (!this._body) return;
    const fragment = document.createDocumentFragment();
    if (!this._rows.length) {
      if (this._empty) {
        const tr = document.createElement('tr');
        tr.className = 'empty-state';
        const td = document.createElement('td');
        td.colSpan = Math.max(1, this._columns.length);
        td.textContent = this._empty;
        tr.append(td);
        fragment.append(tr);
      }
    } else {
      this._rows.forEach((row, i) => fragment.append(this._row(row, i)));
    }
    this._body.replaceChildren(fragment);
    this._tabStop();
  }

  _row(row, index) {
    const tr = document.createElement('tr');
    tr.dataset.index = String(index);
    tr.setAttribute('aria-rowindex', String(index + 2));
    this._columns.forEach((column, c) => {
      const td = document.createElement('td');
      td.className = 'col-' + column.key;
      if (column.kind === 'kwic') {
        td.append(kwic(row));
      } else if (column.kind === 'hide') {
        const button = document.createElement('button');
        button.type = 'button';
        button.className = 'hide-line';
        button.title = column.label;
        button.setAttribute('aria-label', column.label);
        button.tabIndex = -1;
        button.textContent = '\u00d7';
        td.append(button);
      } else {
        const text = row[column.key] || '';
        const cell = span('cell-ellipsis', text);
        cell.dir = 'auto';
        td.append(cell);
        td.title = text;
      }
      td.dataset.column = String(c);
      tr.append(td);
    });
    return tr;
  }

  /** The one cell (or its button) of the body that Tab reaches. */
  _tabStop() {
    const [r, c] = this._focusAt;
    let target = this._cellAt(r, c) || this._cellAt(0, 0);
    for (const old of this._body.querySelectorAll('[tabindex="0"]')) old.tabIndex = -1;
    if (target) this._focusable(target).tabIndex = 0;
  }

  _cellAt(r, c) {
    const tr = this._body.rows[r];
    return tr && tr.dataset.index !== undefined ? tr.cells[c] || null : null;
  }

  _focusable(td) {
    return td.querySelector('button') || td;
  }

  _focused(e) {
    const td = e.target.closest && e.target.closest('td');
    if (!td || !this._body.contains(td)) return;
    const tr = td.parentElement;
    this._focusAt = [tr.sectionRowIndex, td.cellIndex];
    for (const old of this._body.querySelectorAll('[tabindex="0"]')) {
      if (old !== e.target) old.tabIndex = -1;
    }
    if (e.target.tabIndex !== 0) e.target.tabIndex = 0;
  }

  _key(e) {
    const td = e.target.closest && e.target.closest('td');
    if (!td || !this._body.contains(td) || e.altKey || e.ctrlKey || e.metaKey) return;
    const tr = td.parentElement;
    if (tr.dataset.index === undefined) return;
    let r = tr.sectionRowIndex, c = td.cellIndex;
    const rtl = getComputedStyle(this).direction === 'rtl';
    const visible = i => tr.cells[i] && tr.cells[i].offsetParent !== null;
    const step = d => { let i = c + d; while (tr.cells[i] && !visible(i)) i += d; return tr.cells[i] ? i : c; };
    const page = Math.max(1, Math.floor(this.clientHeight / Math.max(1, tr.offsetHeight)) - 1);
    switch (e.key) {
      case 'ArrowDown': r = Math.min(r + 1, this._rows.length - 1); break;
      case 'ArrowUp': r = Math.max(r - 1, 0); break;
      case 'ArrowRight': c = step(rtl ? -1 : 1); break;
      case 'ArrowLeft': c = step(rtl ? 1 : -1); break;
      case 'PageDown': r = Math.min(r + page, this._rows.length - 1); break;
      case 'PageUp': r = Math.max(r - page, 0); break;
      case 'Home': c = 0; break;
      case 'End': c = tr.cells.length - 1; break;
      case 'Enter':
        if (e.shiftKey || e.repeat || e.target.localName === 'button') return;
        e.preventDefault();
        this._send('siyaq-row', {index: Number(tr.dataset.index)});
        return;
      default: return;
    }
    e.preventDefault();
    const next = this._cellAt(r, c);
    if (next) {
      const target = this._focusable(next);
      target.tabIndex = 0;
      target.focus();
      this._maybeMore();
    }
  }

  _click(e) {
    const td = e.target.closest && e.target.closest('td');
    if (!td || !this._body.contains(td)) return;
    const tr = td.parentElement;
    if (tr.dataset.index === undefined) return;
    const index = Number(tr.dataset.index);
    if (e.target.closest('button.hide-line')) {
      this._send('siyaq-hide', {index});
      return;
    }
    const node = e.target.closest('.kwic-node');
    if (node) {
      // a drag that selected text (to copy it) is not a click on a word
      const selection = window.getSelection();
      if (selection && !selection.isCollapsed) return;
      this._send('siyaq-word', Object.assign({index}, wordAt(e, node)));
      return;
    }
    this._send('siyaq-row', {index});
  }

  _send(name, detail) {
    this.dispatchEvent(new CustomEvent(name, {detail}));
  }

  _maybeMore() {
    const shown = this._rows.length;
    if (shown >= this._size || this._asked === shown) return;
    if (this.scrollTop + this.clientHeight < this.scrollHeight - MORE_MARGIN) {
      const [r] = this._focusAt;
      if (r < shown - 5) return;
    }
    this._asked = shown;
    this._send('siyaq-more', {offset: shown});
  }
}

function span(className, text) {
  const s = document.createElement('span');
  s.className = className;
  s.textContent = text || '';
  return s;
}

/** A line: the text before and after its node, each in pieces (plain and collocate in turn), all as text. */
function kwic(row) {
  const line = document.createElement('div');
  line.className = 'kwic';
  line.dir = row.dir || 'auto';
  const side = (className, parts) => {
    const outer = document.createElement('span');
    outer.className = className;
    const inner = document.createElement('span');
    inner.className = 'kwic-text';
    (parts || []).forEach((t, i) => {
      if (i % 2) {
        const mark = document.createElement('mark');
        mark.className = 'kwic-collocate';
        mark.textContent = t;
        inner.append(mark);
      } else if (t) {
        inner.append(document.createTextNode(t));
      }
    });
    outer.append(inner);
    return outer;
  };
  const node = document.createElement('mark');
  node.className = 'kwic-node';
  node.textContent = row.node || '';
  line.append(side('kwic-before', row.before), node, side('kwic-after', row.after));
  return line;
}

/** The word of the keyword under the pointer (the first when off its letters): its text, index and offset. */
function wordAt(e, node) {
  const text = node.textContent;
  let at = 0;
  const p = document.caretPositionFromPoint ? document.caretPositionFromPoint(e.clientX, e.clientY) : null;
  if (p && node.contains(p.offsetNode)) at = p.offset;
  const blank = /\s/;
  let s = Math.min(at, text.length), end = s;
  while (s > 0 && !blank.test(text[s - 1])) s--;
  while (end < text.length && !blank.test(text[end])) end++;
  if (s === end) {
    s = Math.max(0, text.search(/\S/));
    end = s;
    while (end < text.length && !blank.test(text[end])) end++;
  }
  const before = text.substring(0, s);
  return {word: text.substring(s, end), word_index: before.split(/\s+/).filter(w => w).length, offset: s};
}

if (!customElements.get('siyaq-table')) customElements.define('siyaq-table', SiyaqTable);
