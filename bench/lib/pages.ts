// Generated benchmark pages of growing size. Each generator reproduces, element for element, the structure of
// an existing fixture (which in turn is built from /work/shared/reference, see the comment at the top of every
// fixture); only the number of repeated units (question cards, people rows) grows:
//   - formsEditor(n)  ← tests/fixtures/forms/e2e-editor-zh.html (header, tab strip, question cards, Settings tab,
//                       FB_LOAD_DATA_ blob) + the section cards of tests/fixtures/forms/many-questions-zh.html;
//   - shareTop()/shareFrame(n) ← tests/fixtures/share/e2e-sheets-top.html + e2e-frame-roster-zh.html (people rows
//                       li[role=menuitem] with [data-hovercard-id], role buttons, general access section and its menu script),
//                       the people mix of frame-50-people-zh.html;
//   - studioUpload()  ← tests/fixtures/studio/e2e-upload-en.html, unchanged apart from the bench attribute.
// Every page carries data-cpg-bench on <html>, which makes the guard record the User Timing measures
// 'cpg:scan' and 'cpg:change-to-finding' (src/content/guard.ts). Pure string builders (tested in tests/unit/bench).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const FORMS_ID = '1cpgBenchForm000000000000000000000000000000';
export const FORMS_URL = `https://docs.google.com/forms/d/${FORMS_ID}/edit`;
export const SHARE_ID = '1SheetsBenchRosterAbCdEfGhIjKlMnOpQrStUv';
export const SHARE_TOP_URL = `https://docs.google.com/spreadsheets/d/${SHARE_ID}/edit`;
export const SHARE_FRAME_URL = 'https://docs.google.com/drivesharing/driveshare';
export const SHARE_FRAME_SRC = `${SHARE_FRAME_URL}?id=${SHARE_ID}&command=init_share&foreignService=ritz&gaiaService=writely&shareService=ritz&subapp=10&hl=zh-TW&origin=https%3A%2F%2Fdocs.google.com&authuser=0`;
export const STUDIO_URL = 'https://studio.youtube.com/channel/UCcpgBenchChannel00000000/videos/upload?d=ud';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

// ---------------------------------------------------------------------------------------------
// Forms editor
// ---------------------------------------------------------------------------------------------

/** Harmless question stems (as in many-questions-zh.html) — the bulk of a real long form. */
const HARMLESS = ['午餐想吃什麼', '參加社團名稱', '座號', '上學交通方式', '你最喜歡的科目', '希望的校外教學地點', '班級幹部意願', '對本學期課程的建議'];
/** Personal-data questions, placed sparsely (positions fixed by `personalAt`), as in the fixtures. */
const PERSONAL = ['請填寫學生身分證字號', '是否有食物過敏？', '家長手機號碼'];

/** FB type codes (reference google-forms-dom.md §6b): 0 short answer, 1 paragraph, 2 multiple choice, 4 checkboxes, 8 section. */
export interface GenItem {
  id: number;
  title: string;
  type: 0 | 1 | 2 | 4 | 8;
}

/** The items of an n-question form: a section every 25 questions, personal-data questions at 1/3 and 2/3 and the end. */
export function formItems(n: number, personal = true): GenItem[] {
  const items: GenItem[] = [];
  const personalAt = new Map<number, string>();
  if (personal && n >= 3) {
    personalAt.set(Math.floor(n / 3), PERSONAL[0]!);
    personalAt.set(Math.floor((2 * n) / 3), PERSONAL[1]!);
    personalAt.set(n - 1, PERSONAL[2]!);
  }
  let id = 2_000_000_000;
  for (let q = 0; q < n; q++) {
    if (q % 25 === 0) items.push({ id: (id += 7919), title: `第 ${q / 25 + 1} 部分`, type: 8 });
    const title = personalAt.get(q) ?? `${HARMLESS[q % HARMLESS.length]}（第 ${q + 1} 題）`;
    const type = personalAt.has(q) ? 0 : ([2, 4, 1, 0] as const)[q % 4]!;
    items.push({ id: (id += 7919), title, type });
  }
  return items;
}

const TYPE_OPTIONS: Array<[number, string]> = [
  [0, '簡答'], [1, '段落'], [2, '選擇題'], [4, '核取方塊'], [3, '下拉式選單'], [13, '檔案上傳'], [9, '日期'],
];
const CHOICES = ['選項一', '選項二', '選項三'];

function questionCard(it: GenItem): string {
  if (it.type === 8) {
    return `<div class="Io0m0c" data-item-id="${it.id}"><div class="geS5n" jsname="Mxc6Ne"><div class="KHxj8b" role="textbox" tabindex="0" contenteditable="true" aria-label="區段標題 (選填)">${esc(it.title)}</div></div></div>`;
  }
  const types = TYPE_OPTIONS.map(
    ([v, label]) =>
      `<div class="MocG8c" role="option" tabindex="-1" data-value="${v}" aria-selected="${v === it.type}"><span class="vRMGwf">${label}</span></div>`,
  ).join('');
  const choice = it.type === 2 ? 'radio' : it.type === 4 ? 'checkbox' : null;
  const body = choice
    ? `<div role="list">${CHOICES.map(
        (c) =>
          `<div role="listitem" aria-label="question option"><div role="${choice}" aria-checked="false"></div><input type="text" aria-label="option value" value="${c}" data-initial-value="${c}"></div>`,
      ).join('')}</div><input type="text" aria-label="新增選項">`
    : `<div class="bUh3xd">${it.type === 1 ? '段落' : '簡答'}</div>`;
  return `<div class="Dyx3H" data-item-id="${it.id}" jsname="Mxc6Ne"><div class="geS5n"><div class="KHxj8b" role="textbox" tabindex="0" contenteditable="true" aria-label="問題">${esc(it.title)}</div><div class="ry3kXd" role="listbox" aria-label="問題類型" tabindex="0">${types}</div>${body}<div class="Pv8UCc"><div role="checkbox" tabindex="0" aria-label="必填" aria-checked="false"></div><div class="U26fgb" role="button" tabindex="0" aria-label="複製問題" data-tooltip="複製問題"></div><div class="U26fgb" role="button" tabindex="0" aria-label="刪除問題" data-tooltip="刪除問題"></div></div></div></div>`;
}

/** FB_LOAD_DATA_ in the layout of the fixtures (reference §6a/§6b; python-gforms dump layout). */
export function fbLoadData(items: readonly GenItem[], title: string, description: string, summary: boolean): string {
  const its = items.map((it) => {
    const fields =
      it.type === 8
        ? null
        : it.type === 2 || it.type === 4
          ? [[it.id + 7, CHOICES.map((c) => [c, null, null, null, 0]), 0, null, null, null, null, null, 0]]
          : [[it.id + 7, null, 0]];
    return [it.id, it.title, null, it.type, fields, null, null, null, null, null, null, [null, it.title]];
  });
  const D = [
    description, its, ['', 1, summary ? 1 : 0, 0, 0], null, null, [null, 0], null, null, title, 49,
    [null, null, null, null, null, null, 1], null, null, null, null, [2], [[1, 1, 1, 1, 1], 1],
    null, null, null, null, null, null, null, [null, description], [null, title],
  ];
  const pub = [null, D, '/forms', title, null, null, null, '', null, 0, 0, null, '', 0, '0'.repeat(58), 0, '[]', 0, 0, 1];
  return `var FB_LOAD_DATA_ = ${JSON.stringify([pub, 17, 0, 'AAAAAAAAAAAA', 'teacher@example.edu.tw'])};var _docs_flag_cek= null;`;
}

const SETTING = (label: string, control: string) =>
  `<div class="mhLiyf"><div class="Qg9Yxd"><div class="ZfxFsd">${label}</div></div><div class="cw4lP">${control}</div></div>`;
const SWITCH = (on: boolean, aria?: string) =>
  `<div class="uVccjd" role="switch" tabindex="0" aria-checked="${on}"${aria ? ` aria-label="${aria}"` : ''}><div class="exportTrack"></div><div class="exportThumb"></div></div>`;
const LISTBOX = (opts: string[]) =>
  `<div class="ry3kXd" role="listbox" aria-haspopup="listbox" tabindex="0">${opts
    .map((o, i) => `<div class="MocG8c" role="option" tabindex="${i ? -1 : 0}" data-value="${i}" aria-selected="${i === 0}"><span class="vRMGwf">${o}</span></div>`)
    .join('')}</div>`;

/** The demo script of e2e-editor-zh.html (switch toggling, tab bodies, URL hash), unchanged. */
const FORMS_SCRIPT = `(function () {
  function bodies() { return document.querySelectorAll('[data-tab-body]'); }
  function show(name) {
    bodies().forEach(function (b) { if (b.getAttribute('data-tab-body') === name) b.removeAttribute('hidden'); else b.setAttribute('hidden', ''); });
    document.querySelectorAll('[role="tab"][data-tab]').forEach(function (t) { t.setAttribute('aria-selected', t.getAttribute('data-tab') === name ? 'true' : 'false'); });
  }
  document.addEventListener('click', function (e) {
    var t = e.target instanceof Element ? e.target : null;
    if (!t) return;
    var sw = t.closest('[role="switch"],[role="checkbox"]');
    if (sw && !sw.closest('[data-item-id]') && sw.getAttribute('aria-disabled') !== 'true') {
      sw.setAttribute('aria-checked', sw.getAttribute('aria-checked') === 'true' ? 'false' : 'true');
      return;
    }
    var tab = t.closest('[role="tab"][data-tab]');
    if (tab) {
      var name = tab.getAttribute('data-tab');
      show(name);
      if (name === 'questions') history.replaceState(null, '', location.pathname + location.search);
      else location.hash = name;
    }
  });
  window.addEventListener('hashchange', function () {
    var h = location.hash.replace('#', '');
    show(h === 'settings' || h === 'responses' ? h : 'questions');
  });
  var h0 = location.hash.replace('#', '');
  show(h0 === 'responses' || h0 === 'settings' ? h0 : '${'${TAB}'}');
})();`;

export interface FormsPageOptions {
  questions: number;
  /** 查看結果摘要 on (a high finding) or off */
  summary?: boolean;
  /** the tab shown at load (the other tab bodies stay in the DOM, hidden, as in the fixture) */
  tab?: 'questions' | 'settings';
  /** include the three personal-data questions (off: the only possible high finding is the summary switch) */
  personal?: boolean;
}

/**
 * Scrolling as in the real editor (reference google-forms-dom.md §1 "Scrolling" [OBS]): `window` never scrolls; the
 * inner div `KP7TGc RjsPE` scrolls under a fixed header. This matters to the overhead measurement: on a page with no
 * positioned box, the first one (our tip) doubles what Chromium spends hit-testing each mouse event on this page
 * (bench/lab/trace-session.mjs, docs/performance.md "Sixth round"); the real editor's fixed header already pays that.
 */
const EDITOR_LAYOUT =
  'html,body{margin:0;height:100%;overflow:hidden}.Hx9q1e{position:fixed;top:0;left:0;right:0;height:56px;display:flex;align-items:center;gap:8px;padding:0 16px;background:#fff;z-index:3}' +
  '.Lz9Fte{position:fixed;top:56px;left:0;right:0;height:40px;display:flex;align-items:center;gap:24px;padding:0 16px;background:#fff;border-bottom:1px solid #ddd;z-index:3}' +
  '.KP7TGc{position:fixed;top:97px;bottom:0;left:0;right:0;overflow-y:auto;padding:0 16px}';

export function formsEditor(opts: FormsPageOptions): string {
  const { questions, summary = false, tab = 'settings', personal = true } = opts;
  const items = formItems(questions, personal);
  const title = `校外教學報名表（${questions} 題）`;
  const description = '請於週五前填寫完畢。';
  return `<!--
BENCH page generated by bench/lib/pages.ts (formsEditor, ${questions} questions), served at ${FORMS_URL}.
Same structure as tests/fixtures/forms/e2e-editor-zh.html (reference google-forms-dom.md §0.1, §1, §3a, §5, §6a/§6b — see that
fixture's comment for the tags), with ${questions} question cards and a section card every 25 questions as in many-questions-zh.html,
laid out as §1 "Scrolling" says [OBS]: window never scrolls, KP7TGc RjsPE scrolls under a fixed header.
-->
<!DOCTYPE html>
<html lang="zh-TW" dir="ltr" data-cpg-bench="">
<head>
<meta charset="utf-8">
<title>${esc(title)} - Google 表單</title>
<script nonce="fixture">_docs_flag_initialData={"docs-sup":"/forms","docs-eohs":false};</script>
<script nonce="fixture">window.WIZ_global_data = {"Im6cmf":"/forms/_/FormsEditorUi","cfb2h":"boq_formseditor"};</script>
</head>
<body>
<style>[hidden]{display:none!important}.mhLiyf{display:flex;align-items:center;justify-content:space-between;max-width:640px;padding:10px 16px}[role=switch]{display:inline-block;width:36px;height:16px;background:#9e9e9e}[role=switch][aria-checked=true]{background:#673ab7}.KHxj8b{min-height:1.2em;border-bottom:1px solid #ccc}${EDITOR_LAYOUT}</style>
<div class="Hx9q1e" role="banner">
  <div class="zKpRid" role="button" tabindex="0" aria-label="表單首頁" data-tooltip="表單首頁"></div>
  <input class="docs-title-input" type="text" aria-label="文件標題" value="${esc(title)}">
  <span class="docs-title-save-label-text">所有變更都已儲存到雲端硬碟</span>
  <div class="U26fgb" role="button" tabindex="0" aria-label="自訂主題" data-tooltip="自訂主題"></div>
  <div class="U26fgb" role="button" tabindex="0" aria-label="預覽" data-tooltip="預覽"></div>
  <div class="U26fgb" role="button" tabindex="0" aria-label="復原" data-tooltip="復原"></div>
  <div class="U26fgb" role="button" tabindex="0" aria-label="取消復原" data-tooltip="取消復原"></div>
  <div class="U26fgb" role="button" tabindex="0" aria-label="複製回覆者連結" data-tooltip="複製回覆者連結"></div>
  <div class="U26fgb" role="button" tabindex="0" aria-label="共用" data-tooltip="共用"><span>共用</span></div>
  <div class="QvWxOd" role="button" tabindex="0" data-action-id="freebird-publish-dialog"><span>已發布</span></div>
  <div class="U26fgb" role="button" tabindex="0" aria-label="更多" data-tooltip="更多"></div>
</div>
<div class="Lz9Fte" role="tablist">
  <div class="T4LgNb" role="tab" tabindex="0" aria-selected="false" data-tab="questions"><span>問題</span></div>
  <div class="T4LgNb" role="tab" tabindex="0" aria-selected="false" data-tab="responses"><span>回覆</span><span class="aDTYNe">12</span></div>
  <div class="T4LgNb" role="tab" tabindex="0" aria-selected="false" data-tab="settings"><span>設定</span></div>
  <span class="hj99tb">總分：0</span>
</div>
<div class="KP7TGc RjsPE" role="main">
<div data-tab-body="questions"><div class="Ipgr1d"><div class="KHxj8b" role="textbox" tabindex="0" contenteditable="true" aria-label="表單標題">${esc(title)}</div><div class="KHxj8b" role="textbox" tabindex="0" contenteditable="true" aria-label="表單說明">${description}</div></div>
${items.map(questionCard).join('\n')}
</div>
<div data-tab-body="responses" hidden><div role="heading" aria-level="2">0 份回覆</div></div>
<div data-tab-body="settings" hidden><div class="ZpjDce" role="heading" aria-level="1">設定</div>
<div class="lTNbf">
<div class="XnZS2c"><div role="heading" aria-level="2">回覆</div><div class="U26fgb" role="button" tabindex="0" aria-label="View responses settings" aria-expanded="true"></div></div>
${SETTING('收集電子郵件地址', LISTBOX(['不收集', '已驗證', '由作答者手動輸入']))}
${SETTING('傳送回覆者回覆副本', LISTBOX(['關閉', '一律', '在回覆者要求時']))}
${SETTING('允許編輯回覆', SWITCH(false))}
${SETTING('僅限回覆 1 次', SWITCH(false, '僅限回覆 1 次'))}
</div><div class="lTNbf">
<div class="XnZS2c"><div role="heading" aria-level="2">呈現方式</div><div class="U26fgb" role="button" tabindex="0" aria-label="View presentation settings" aria-expanded="true"></div></div>
${SETTING('顯示進度列', SWITCH(false))}
${SETTING('查看結果摘要', SWITCH(summary))}
</div><div class="lTNbf">
${SETTING('將此表單設為測驗', SWITCH(false))}
</div></div>
</div>
<script nonce="fixture">${fbLoadData(items, title, description, summary)}</script>
<script>${FORMS_SCRIPT.replace('${TAB}', tab)}</script>
</body>
</html>`;
}

// ---------------------------------------------------------------------------------------------
// Share dialog (Sheets top page + the /drivesharing/driveshare frame)
// ---------------------------------------------------------------------------------------------

const SURNAMES = ['王', '林', '陳', '張', '李', '黃', '吳', '劉', '蔡', '楊', '許', '鄭', '謝', '郭', '洪', '曾'];

export interface GenPerson {
  name: string;
  email: string;
  role: 'owner' | 'editor' | 'commenter' | 'viewer';
}

/** Owner + school editors, a few external (gmail.com) editors, commenters and viewers — the mix of frame-50-people-zh.html. */
export function people(n: number): GenPerson[] {
  const out: GenPerson[] = [{ name: '王美玲（你）', email: 'wang.teacher@example.edu.tw', role: 'owner' }];
  for (let i = 1; i < n; i++) {
    const r = i % 10;
    const name = `${SURNAMES[i % SURNAMES.length]}老師${i}`;
    if (r === 3) out.push({ name, email: `parent${i}@gmail.com`, role: 'editor' });
    else if (r === 6 || r === 7) out.push({ name, email: `s${i}@stu.example.edu.tw`, role: r === 6 ? 'commenter' : 'viewer' });
    else out.push({ name, email: `t${i}@example.edu.tw`, role: 'editor' });
  }
  return out;
}

const ROLE_ZH = { owner: '擁有者', editor: '編輯者', commenter: '加註者', viewer: '檢視者' } as const;

function personRow(p: GenPerson, i: number): string {
  const role =
    p.role === 'owner'
      ? `<div>${ROLE_ZH.owner}</div>`
      : // every 4th row without aria-label: role read from the button text (frame-50-people-zh.html)
        `<button aria-haspopup="menu"${i % 4 === 0 ? '' : ` aria-label="${ROLE_ZH[p.role]}。變更權限"`}><span>${ROLE_ZH[p.role]}</span></button>`;
  return `    <li role="menuitem">
      <div data-hovercard-id="${esc(p.email)}"><div>${esc(p.name)}</div><div>${esc(p.email)}</div></div>
      ${role}
    </li>`;
}

export function shareTop(): string {
  return `<!--
BENCH page generated by bench/lib/pages.ts (shareTop), served at ${SHARE_TOP_URL}: the structure of
tests/fixtures/share/e2e-sheets-top.html (reference share-dialog-and-youtube-studio-dom.md §A.1, §A.3, §0.4).
-->
<!doctype html>
<html lang="zh-TW" data-cpg-bench="">
<head><meta charset="utf-8"><title>三年一班學生名冊 - Google 試算表</title>
<style>body{margin:0}iframe.share-client-content-iframe{position:fixed;top:40px;left:50%;transform:translateX(-50%);width:620px;height:700px;border:0}</style></head>
<body>
<div id="docs-chrome"><div id="docs-titlebar">
  <input class="docs-title-input" type="text" value="三年一班學生名冊" aria-label="重新命名">
  <div id="docs-menubar" role="menubar"><span role="menuitem">檔案</span> <span role="menuitem">編輯</span> <span role="menuitem">查看</span></div>
  <div id="docs-titlebar-share-client-button">
    <div role="button" tabindex="0" class="goog-inline-block jfk-button jfk-button-action scb-split-button docs-titlebar-button" aria-label="共用。已與 3 位使用者共用。">共用</div>
    <div id="scb-quick-actions-menu-button" role="button" aria-haspopup="true"></div>
  </div>
</div></div>
<table id="waffle-grid-container" role="grid"><tr><th>座號</th><th>姓名</th></tr><tr><td>1</td><td>示範學生甲</td></tr></table>
<div id="document-details-bubble-container" role="dialog" aria-hidden="true" style="display:none"><div role="heading">文件詳細資料</div></div>
<iframe class="share-client-content-iframe" title="Content" src="${esc(SHARE_FRAME_SRC)}"></iframe>
</body>
</html>`;
}

/** The general-access/link-role menu script of e2e-frame-roster-zh.html; general access starts at 限制 ('1'). */
const SHARE_SCRIPT = `(function () {
  var ORG = '臺北市立示範國民中學';
  var state = { ga: '1', role: 'editor' };
  var GA_TEXT = { '1': '限制', '8': ORG, '4': '知道連結的任何人' };
  var ROLE_TEXT = { viewer: '檢視者', commenter: '加註者', editor: '編輯者' };
  var ROLE_VERB = { viewer: '檢視', commenter: '加註', editor: '編輯' };
  var gaButton = document.getElementById('ga-button');
  var roleButton = document.getElementById('link-role');
  function closeMenus() {
    var open = document.querySelectorAll('ul[jsname="rymPhb"], ul.role-menu');
    for (var i = 0; i < open.length; i++) open[i].remove();
    gaButton.setAttribute('aria-expanded', 'false');
    roleButton.setAttribute('aria-expanded', 'false');
  }
  function render() {
    document.getElementById('ga-value').textContent = GA_TEXT[state.ga];
    var sub = document.getElementById('ga-subtitle');
    if (state.ga === '1') { sub.textContent = '只有具備存取權的使用者才能透過連結開啟'; roleButton.hidden = true; }
    else {
      roleButton.hidden = false;
      document.getElementById('link-role-value').textContent = ROLE_TEXT[state.role];
      sub.textContent = (state.ga === '4' ? '網際網路上任何知道連結的人都能' : ORG + '中任何知道連結的使用者都能') + ROLE_VERB[state.role];
    }
    try {
      var shareBtn = window.parent !== window && window.parent.document.querySelector('#docs-titlebar-share-client-button div[role="button"]');
      if (shareBtn) shareBtn.setAttribute('aria-label', state.ga === '4' ? '共用。知道連結的任何人。' : state.ga === '8' ? '共用。' + ORG + '。' : '共用。已與 3 位使用者共用。');
    } catch (e) {}
  }
  function item(value, text, checked) {
    var li = document.createElement('li');
    li.setAttribute('role', 'menuitemradio'); li.setAttribute('data-value', value); li.setAttribute('aria-checked', checked ? 'true' : 'false');
    var icon = document.createElement('span'); icon.setAttribute('aria-hidden', 'true'); icon.textContent = 'check'; icon.style.visibility = checked ? 'visible' : 'hidden';
    var label = document.createElement('span'); label.setAttribute('jsname', 'K4r5Ff'); label.textContent = text;
    li.appendChild(icon); li.appendChild(label);
    return li;
  }
  function menu(button, ul, values, texts, current, set) {
    button.addEventListener('click', function (ev) {
      ev.stopPropagation();
      var wasOpen = button.getAttribute('aria-expanded') === 'true';
      closeMenus();
      if (wasOpen) return;
      var list = ul();
      values.forEach(function (v) {
        var li = item(v, texts[v], current() === v);
        li.addEventListener('click', function (e) { e.stopPropagation(); set(v); closeMenus(); render(); });
        list.appendChild(li);
      });
      button.parentElement.appendChild(list);
      button.setAttribute('aria-expanded', 'true');
    });
  }
  menu(gaButton, function () { var u = document.createElement('ul'); u.setAttribute('jsname', 'rymPhb'); u.setAttribute('role', 'menu'); u.setAttribute('aria-label', 'Change link type'); return u; },
    ['1', '8', '4'], GA_TEXT, function () { return state.ga; }, function (v) { state.ga = v; });
  menu(roleButton, function () { var u = document.createElement('ul'); u.className = 'role-menu'; u.setAttribute('role', 'menu'); return u; },
    ['viewer', 'commenter', 'editor'], ROLE_TEXT, function () { return state.role; }, function (v) { state.role = v; });
  document.addEventListener('click', closeMenus);
  render();
})();`;

export function shareFrame(n: number): string {
  const ps = people(n);
  return `<!--
BENCH page generated by bench/lib/pages.ts (shareFrame, ${n} people), served at ${SHARE_FRAME_URL}?id=…: the structure of
tests/fixtures/share/e2e-frame-roster-zh.html (reference share-dialog-and-youtube-studio-dom.md §A.1, §A.4, §A.5 — see that
fixture's comment for the tags) with ${n} people rows in the mix of frame-50-people-zh.html; general access starts at 限制.
-->
<!doctype html>
<html lang="zh-TW" data-cpg-bench="">
<head><meta charset="utf-8"><title>共用</title>
<style>li[role="menuitem"]{display:flex;justify-content:space-between;list-style:none}ul{padding:0}li[role="menuitemradio"]{list-style:none;padding:4px 12px}</style></head>
<body>
<div role="dialog" aria-modal="true" aria-labelledby="share-title">
  <div id="share-title" role="heading" aria-level="1">共用「三年一班學生名冊」</div>
  <input role="combobox" type="text" aria-label="新增使用者、群組和日曆活動" placeholder="新增使用者、群組和日曆活動">
  <div role="heading" aria-level="2">具有存取權的使用者</div>
  <ul>
${ps.map(personRow).join('\n')}
  </ul>
  <div class="u5mDnb">
    <h3 class="quTB6">一般存取權</h3>
    <div class="ga-row">
      <div>
        <button id="ga-button" aria-haspopup="menu" aria-expanded="false"><span id="ga-value">限制</span></button>
        <div class="RJS6zb" id="ga-subtitle">只有具備存取權的使用者才能透過連結開啟</div>
      </div>
      <button id="link-role" aria-haspopup="menu" aria-expanded="false" hidden><span id="link-role-value">編輯者</span></button>
    </div>
  </div>
  <button jsname="lmPqlf"><span class="AeBiU-vQzf8d">複製連結</span></button>
  <button jsname="AHldd">完成</button>
</div>
<script>${SHARE_SCRIPT}</script>
</body>
</html>`;
}

// ---------------------------------------------------------------------------------------------
// YouTube Studio upload dialog
// ---------------------------------------------------------------------------------------------

/** tests/fixtures/studio/e2e-upload-en.html (Visibility step, PUBLIC checked) with the bench attribute on <html>. */
export function studioUpload(root: string): string {
  const html = readFileSync(join(root, 'tests/fixtures/studio/e2e-upload-en.html'), 'utf8');
  return html.replace(/<html\b/, '<html data-cpg-bench=""');
}
