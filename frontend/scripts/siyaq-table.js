/*
 * <siyaq-table>: a result table drawn as a plain <table> from one JSON property of rows (issue 15, seventh session:
 * the concordance; eighth session: the word list, collocates, keywords and n-grams).
 *
 * Vaadin's grid virtualises its rows: on a newly opened page it creates a pool of row elements when the first result
 * arrives and its virtualizer reads row heights and scroll positions between writes, each read a forced style and
 * layout of the page. A result page is 50 rows; a table of 50 rows is drawn once, with no pool and no measuring.
 *
 * A classic script served as a static file (context://scripts/siyaq-table.js), not a module of the frontend bundle: a
 * module would make the build rebuild Vaadin's production bundle, which needs Node.js 24 (docs/architecture.md).
 *
 * Properties (set by the server: org.siyaq.ui.SiyaqTable, with org.siyaq.ui.concordance.KwicTable and
 * org.siyaq.ui.ResultTable):
 *   columns  [{key, kind, header, definition, width, grow, min, align, frozen, sortable, words, ...}]
 *            kind 'kwic': a concordance line (row.before, row.node, row.after; header: before/node/after/dir);
 *            'text' and 'word': a string (row[key]) cut with an ellipsis, in its own direction; 'number': a figure
 *            formatted by the server, never cut; 'button': a native button per row (text, label: its title and
 *            accessible name, className; hideHeader: a header only a screen reader reads).
 *            width: a CSS width in rem; a column without one shares the room left with the others: grow is its share
 *            (its cells span that many of the table's columns, which the fixed layout gives equal widths), min its
 *            least width in rem (the table is made at least wide enough for every column's). align: 'start' or
 *            'end'. frozen: the first column stays in view when the table is scrolled sideways. sortable: a click (or
 *            Enter or Space) on the header asks for another order. words: a click on a word of the cell is the
 *            word's, not the row's. definition: the column's tooltip, on its header and its cells.
 *   rows     the rows shown, from the first; appendRows(offset, rows) adds the next page
 *   size     the rows of the result in all; when the table is scrolled near its end and holds fewer, it asks for
 *            more with a 'siyaq-more' event (detail: {offset}), one request at a time
 *   widths   {key: width}: the widths of some columns for the result shown (its figures), over the columns' own
 *   sort     {key, direction: 'asc' | 'desc'} or null: the order the sortable headers show
 *   empty    the text shown when the result has no row
 * The attribute 'transliterated' shows the word columns as Buckwalter (left to right, the transliteration's font).
 * Events: 'siyaq-row' (detail: {index}) for a click or Enter on a row; 'siyaq-word' (detail: {index, key, word,
 * word_index: the index of the word among the cell's words, offset}) for a click on a word (a line's keyword, or a
 * word of a 'words' column; Enter on such a cell gives its first word); 'siyaq-button' (detail: {index, key}) for a
 * row's button; 'siyaq-sort' (detail: {key, direction: 'asc', 'desc' or '' for none}) for a sortable header.
 *
 * A new result draws at once the rows that fill the table's box (its height from a ResizeObserver, a row's from the
 * last result or from a row of two words drawn and taken away in that observer's first call, both read when the page
 * was laid out already; FIRST_DRAW before the table was laid out) and the rest in a task after the next frame, so the
 * rows on screen are laid out and painted without the page's other rows (issue 15: the style and layout of a page of
 * 50 rows of 14 columns took twice that of 20; 25 rows first instead of 5 added 15 ms to a collocates Run). While rows
 * wait, the element has the attribute 'drawing'; a key, a page from the server or a redraw draws them at once first.
 *
 * User text is only ever set as text (textContent, text nodes), never parsed as HTML. The keyboard: the table is one
 * Tab stop (the cell last focused, the first body cell at first); the arrow keys, Home/End and Page Up/Down move
 * between cells, the header row included (left and right follow the page's direction), Enter does what a click does,
 * and on a button cell the focus is on its button (Enter or Space presses it).
 */
const MORE_MARGIN = 400;
const FIRST_DRAW = 25;
const NEXT_SORT = {'': 'asc', asc: 'desc', desc: ''};

class SiyaqTable extends HTMLElement {
  constructor() {
    super();
    this._columns = [];
    this._rows = [];
    this._size = 0;
    this._empty = '';
    this._sort = null;
    this._widths = {};
    this._asked = -1;
    // the rows of the result drawn so far, and the rows' generation (a later draw drops an earlier one's rest)
    this._drawn = 0;
    this._generation = 0;
    // the box's height and a body row's, in px, once known (0: not yet)
    this._boxHeight = 0;
    this._rowHeight = 0;
    // [row, cell]: row -1 is the header row
    this._focusAt = [0, 0];
  }

  connectedCallback() {
    // a property set before this class was defined is the element's own and hides the class's setter
    for (const name of ['columns', 'rows', 'size', 'empty', 'widths', 'sort']) {
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
    // called after a layout of the page, before its paint: a row's height read now costs no layout of its own
    new ResizeObserver(entries => {
      this._boxHeight = entries[entries.length - 1].contentRect.height;
      if (!this._rowHeight) this._rowHeight = this._rowHeightNow();
    }).observe(this);
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
    this._focusAt = [Math.min(this._focusAt[0], 0), this._focusAt[1]];
    if (this.scrollTop) this.scrollTop = 0;
    this._drawBody(this._rowsThatFit());
  }

  /**
   * The height of a body row as laid out now (0 while the table is hidden): the first one drawn, or (no row yet) a
   * row of two short words, drawn and taken away unpainted.
   */
  _rowHeightNow() {
    if (this._body.rows.length) return this._body.rows[0].offsetHeight;
    const tr = document.createElement('tr');
    const td = document.createElement('td');
    // a Latin and an Arabic word: the Arabic font's taller line is most rows' height
    td.textContent = 'x \u0633\u064a\u0627\u0642';
    tr.append(td);
    this._body.append(tr);
    const height = tr.offsetHeight;
    tr.remove();
    return height;
  }

  /** The rows that fill the box (one more for a row cut at its bottom), or FIRST_DRAW while a size is not known. */
  _rowsThatFit() {
    if (!this._boxHeight || !this._rowHeight) return FIRST_DRAW;
    return Math.ceil(this._boxHeight / this._rowHeight) + 1;
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

  set widths(widths) {
    this._widths = widths || {};
    if (!this._head) return;
    for (const th of this._head.querySelectorAll('th')) {
      const width = this._width(this._columns[Number(th.dataset.column)]);
      if (width) th.style.width = width;
    }
    this._minWidth();
  }

  get widths() {
    return this._widths;
  }

  /** A column's width: as given by the last widths, else by its column. */
  _width(column) {
    return column ? this._widths[column.key] || column.width : null;
  }

  set sort(sort) {
    this._sort = sort && sort.key ? sort : null;
    if (!this._head) return;
    for (const th of this._head.querySelectorAll('th.sortable')) this._sortShown(th);
  }

  get sort() {
    return this._sort;
  }

  /** The next page from the server: drawn after the rows already there. */
  appendRows(offset, rows) {
    this._drawRest();
    if (offset !== this._rows.length) return;
    this._rows = this._rows.concat(rows);
    this._asked = -1;
    const fragment = document.createDocumentFragment();
    rows.forEach((row, i) => fragment.append(this._row(row, offset + i)));
    this._body.append(fragment);
    this._drawn = this._rows.length;
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
    this._columns.forEach((column, c) => {
      const th = document.createElement('th');
      th.scope = 'col';
      th.className = cellClass(column);
      th.dataset.column = String(c);
      th.tabIndex = -1;
      const width = this._width(column);
      if (width) th.style.width = width;
      if (column.grow > 1) th.colSpan = column.grow;
      if (column.definition) th.title = column.definition;
      if (column.kind === 'kwic') {
        const header = document.createElement('div');
        header.className = 'kwic';
        header.dir = column.dir || 'rtl';
        header.append(
          span('kwic-before', column.before),
          span('kwic-node-label', column.node),
          span('kwic-after', column.after));
        th.append(header);
      } else if (column.hideHeader) {
        th.append(span('visually-hidden', column.header));
      } else {
        const label = span('column-header', column.header);
        label.dataset.key = column.key;
        th.append(label);
      }
      if (column.sortable) {
        th.classList.add('sortable');
        const arrow = span('sort-indicator', '');
        arrow.setAttribute('aria-hidden', 'true');
        th.append(arrow);
        this._sortShown(th);
      }
      tr.append(th);
    });
    this._head.replaceChildren(tr);
    this._minWidth();
  }

  /** The table is at least as wide as its fixed columns and every sharing column's least width need. */
  _minWidth() {
    if (!this._table) return;
    let fixed = 0, shares = 0, perShare = 0;
    for (const column of this._columns) {
      const width = this._width(column);
      if (width) {
        fixed += parseFloat(width) || 0;
      } else {
        const grow = column.grow || 1;
        shares += grow;
        perShare = Math.max(perShare, (parseFloat(column.min) || 0) / grow);
      }
    }
    this._table.style.minWidth = perShare ? (fixed + shares * perShare).toFixed(1) + 'rem' : '';
  }

  _sortShown(th) {
    const column = this._columns[Number(th.dataset.column)];
    const direction = this._sort && column && this._sort.key === column.key ? this._sort.direction : '';
    if (direction) {
      th.setAttribute('aria-sort', direction === 'asc' ? 'ascending' : 'descending');
    } else {
      th.removeAttribute('aria-sort');
    }
  }

  /** Draws the body again: the first {@code first} rows now (all when not given), the rest after the next frame. */
  _drawBody(first) {
    if (!this._body) return;
    const generation = ++this._generation;
    const now = first === undefined ? this._rows.length : Math.min(first, this._rows.length);
    const fragment = document.createDocumentFragment();
    if (!this._rows.length) {
      if (this._empty) {
        const tr = document.createElement('tr');
        tr.className = 'empty-state';
        const td = document.createElement('td');
        td.colSpan = Math.max(1, this._columns.reduce((n, c) => n + (c.grow || 1), 0));
        // the text kept in the visible part of a table wider than its box (a phone), wrapped there
        const text = document.createElement('div');
        text.className = 'empty-text';
        text.textContent = this._empty;
        td.append(text);
        tr.append(td);
        fragment.append(tr);
      }
    } else {
      for (let i = 0; i < now; i++) fragment.append(this._row(this._rows[i], i));
    }
    this._body.replaceChildren(fragment);
    this._drawn = now;
    this._tabStop();
    if (now < this._rows.length) {
      this.setAttribute('drawing', '');
      requestAnimationFrame(() => setTimeout(() => {
        if (generation !== this._generation) return;
        // a task after a frame: the rows drawn first are laid out, so their height costs no layout of its own
        this._rowHeight = this._rowHeightNow() || this._rowHeight;
        this._drawRest();
      }));
    } else {
      this.removeAttribute('drawing');
    }
  }

  /** Draws the rows of the result not drawn yet. */
  _drawRest() {
    if (this._drawn >= this._rows.length) {
      this.removeAttribute('drawing');
      return;
    }
    const fragment = document.createDocumentFragment();
    for (let i = this._drawn; i < this._rows.length; i++) fragment.append(this._row(this._rows[i], i));
    this._body.append(fragment);
    this._drawn = this._rows.length;
    this.removeAttribute('drawing');
    this._tabStop();
  }

  _row(row, index) {
    const tr = document.createElement('tr');
    tr.dataset.index = String(index);
    tr.setAttribute('aria-rowindex', String(index + 2));
    this._columns.forEach((column, c) => {
      const td = document.createElement('td');
      td.className = cellClass(column);
      if (column.grow > 1) td.colSpan = column.grow;
      if (column.kind === 'kwic') {
        td.append(kwic(row));
      } else if (column.kind === 'button') {
        const button = document.createElement('button');
        button.type = 'button';
        button.className = column.className || 'inline-button';
        button.title = column.label || '';
        button.setAttribute('aria-label', column.label || '');
        button.tabIndex = -1;
        button.textContent = column.text || '';
        td.append(button);
      } else if (column.kind === 'number') {
        // the figure as the cell's own text: a node fewer per cell than a span (collocates: 650 a page)
        td.textContent = row[column.key] || '';
        if (column.definition) td.title = column.definition;
      } else {
        const text = row[column.key] || '';
        const cell = span(column.kind === 'word' ? 'cell-ellipsis cell-word' : 'cell-ellipsis', text);
        cell.dir = 'auto';
        td.append(cell);
        td.title = column.definition || text;
      }
      // every cell can take the focus (a click, a script), as a grid's can; Tab reaches only the one with 0
      if (column.kind !== 'button') td.tabIndex = -1;
      td.dataset.column = String(c);
      tr.append(td);
    });
    return tr;
  }

  /** The one cell (or its button) of the table that Tab reaches. */
  _tabStop() {
    const [r, c] = this._focusAt;
    let target = this._cellAt(r, c) || this._cellAt(0, 0) || this._cellAt(-1, 0);
    for (const old of this._table.querySelectorAll('[tabindex="0"]')) old.tabIndex = -1;
    if (target) this._focusable(target).tabIndex = 0;
  }

  /** Cell {@code c} of body row {@code r}, or of the header row for {@code r} -1. */
  _cellAt(r, c) {
    if (r < 0) {
      const head = this._head.rows[0];
      return head ? head.cells[c] || null : null;
    }
    const tr = this._body.rows[r];
    return tr && tr.dataset.index !== undefined ? tr.cells[c] || null : null;
  }

  _focusable(cell) {
    return cell.querySelector('button') || cell;
  }

  /** The focused cell's row (-1 for the header) and place in it, or null outside the table's cells. */
  _place(target) {
    const cell = target.closest && target.closest('td, th');
    if (!cell || !this._table.contains(cell)) return null;
    const tr = cell.parentElement;
    if (cell.localName === 'th') return [-1, cell.cellIndex, cell];
    if (tr.dataset.index === undefined) return null;
    return [tr.sectionRowIndex, cell.cellIndex, cell];
  }

  _focused(e) {
    const place = this._place(e.target);
    if (!place) return;
    this._focusAt = [place[0], place[1]];
    for (const old of this._table.querySelectorAll('[tabindex="0"]')) {
      if (old !== e.target) old.tabIndex = -1;
    }
    if (e.target.tabIndex !== 0) e.target.tabIndex = 0;
  }

  _key(e) {
    this._drawRest();
    const place = this._place(e.target);
    if (!place || e.altKey || e.ctrlKey || e.metaKey) return;
    let [r, c, cell] = place;
    const tr = cell.parentElement;
    const rtl = getComputedStyle(this).direction === 'rtl';
    const visible = i => tr.cells[i] && tr.cells[i].offsetParent !== null;
    const step = d => { let i = c + d; while (tr.cells[i] && !visible(i)) i += d; return tr.cells[i] ? i : c; };
    const page = Math.max(1, Math.floor(this.clientHeight / Math.max(1, tr.offsetHeight)) - 1);
    const last = this._rows.length - 1;
    switch (e.key) {
      case 'ArrowDown': r = Math.min(r + 1, last); break;
      case 'ArrowUp': r = Math.max(r - 1, -1); break;
      case 'ArrowRight': c = step(rtl ? -1 : 1); break;
      case 'ArrowLeft': c = step(rtl ? 1 : -1); break;
      case 'PageDown': r = Math.min(r + page, last); break;
      case 'PageUp': r = Math.max(r - page, 0); break;
      case 'Home': c = 0; break;
      case 'End': c = tr.cells.length - 1; break;
      case ' ':
      case 'Enter':
        if (e.shiftKey || e.repeat || e.target.localName === 'button') return;
        if (r < 0) {
          e.preventDefault();
          this._sortBy(cell);
          return;
        }
        if (e.key === ' ') return;
        e.preventDefault();
        this._enter(cell, Number(tr.dataset.index));
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

  /** Enter on a body cell: its first word in a column of words, else the row. */
  _enter(td, index) {
    const column = this._columns[Number(td.dataset.column)];
    const text = td.querySelector('.cell-word');
    if (column && column.words && text) {
      const word = firstWord(text.textContent, 0);
      if (word) {
        this._send('siyaq-word', Object.assign({index, key: column.key}, word));
        return;
      }
    }
    this._send('siyaq-row', {index});
  }

  _sortBy(th) {
    const column = this._columns[Number(th.dataset.column)];
    if (!column || !column.sortable) return;
    const now = this._sort && this._sort.key === column.key ? this._sort.direction : '';
    const direction = NEXT_SORT[now];
    this.sort = direction ? {key: column.key, direction} : null;
    this._send('siyaq-sort', {key: column.key, direction});
  }

  _click(e) {
    const place = this._place(e.target);
    if (!place) return;
    const [r, , cell] = place;
    if (r < 0) {
      this._sortBy(cell);
      return;
    }
    const index = Number(cell.parentElement.dataset.index);
    const column = this._columns[Number(cell.dataset.column)] || {};
    if (e.target.closest('button')) {
      this._send('siyaq-button', {index, key: column.key});
      return;
    }
    const part = column.kind === 'kwic' ? e.target.closest('.kwic-node') : column.words ? cell.querySelector('.cell-word') : null;
    if (part) {
      // a drag that selected text (to copy it) is not a click on a word
      const selection = window.getSelection();
      if (selection && !selection.isCollapsed) return;
      const word = wordAt(e, part);
      if (word) {
        this._send('siyaq-word', Object.assign({index, key: column.key}, word));
        return;
      }
    }
    this._send('siyaq-row', {index});
  }

  _send(name, detail) {
    this.dispatchEvent(new CustomEvent(name, {detail}));
  }

  _maybeMore() {
    // rows still to be drawn are not yet in the scroll height
    if (this._drawn < this._rows.length) return;
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

/** A cell's classes: its column's key, its kind, its alignment, frozen. */
function cellClass(column) {
  let name = 'col-' + column.key + ' kind-' + (column.kind || 'text');
  if (column.align) name += ' align-' + column.align;
  if (column.frozen) name += ' frozen';
  return name;
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

const BLANK = /\s/;

/** The blank-separated word of {@code text} around {@code at}, else its first: text, index among its words, offset. */
function firstWord(text, at) {
  let s = Math.min(at, text.length), end = s;
  while (s > 0 && !BLANK.test(text[s - 1])) s--;
  while (end < text.length && !BLANK.test(text[end])) end++;
  if (s === end) {
    s = Math.max(0, text.search(/\S/));
    end = s;
    while (end < text.length && !BLANK.test(text[end])) end++;
  }
  if (s === end) return null;
  const before = text.substring(0, s);
  return {word: text.substring(s, end), word_index: before.split(/\s+/).filter(w => w).length, offset: s};
}

/** The word of {@code part} (one text node) under the pointer; off its letters, its first word. */
function wordAt(e, part) {
  const text = part.textContent;
  let at = 0;
  let node = null;
  if (document.caretPositionFromPoint) {
    const p = document.caretPositionFromPoint(e.clientX, e.clientY);
    if (p) [node, at] = [p.offsetNode, p.offset];
  } else if (document.caretRangeFromPoint) {
    const r = document.caretRangeFromPoint(e.clientX, e.clientY);
    if (r) [node, at] = [r.startContainer, r.startOffset];
  }
  if (!node || !part.contains(node)) return firstWord(text, 0);
  const word = firstWord(text, at);
  if (!word || node.nodeType !== Node.TEXT_NODE) return word || firstWord(text, 0);
  // the caret's word only when the pointer is on its letters (past the end of the text, the caret is at its end)
  const range = document.createRange();
  range.setStart(node, Math.min(word.offset, node.data.length));
  range.setEnd(node, Math.min(word.offset + word.word.length, node.data.length));
  const inside = [...range.getClientRects()].some(b =>
    e.clientX >= b.left - 1 && e.clientX <= b.right + 1 && e.clientY >= b.top - 1 && e.clientY <= b.bottom + 1);
  return inside ? word : firstWord(text, 0);
}

if (!customElements.get('siyaq-table')) customElements.define('siyaq-table', SiyaqTable);
