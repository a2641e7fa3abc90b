// Label tables for the Google share dialog (data, not logic). Sources and confidence tags:
// ../shared/reference/share-dialog-and-youtube-studio-dom.md §A.3–A.5. The reader tries the
// language-free anchors (data-value, data-hovercard-id, jsname, roles) first and these texts after.
// All entries are NFKC + lower case.
import type { GeneralAccess, ShareRole } from '../../core/schema';

export type LinkRole = Exclude<ShareRole, 'owner'>;

/** General access menu `data-value` (§A.4 [SCRIPT×2]): 1 = Restricted, 8 = <Org>, 4 = Anyone with the link. */
export const GA_DATA_VALUES: Readonly<Record<string, GeneralAccess>> = { '1': 'restricted', '8': 'domain', '4': 'anyone' };

/** Value texts of the general access button / menu items (§A.5). Order matters: first match wins. */
export const GA_VALUE_LABELS: ReadonlyArray<readonly [GeneralAccess, readonly string[]]> = [
  // legacy "Public on the web - Anyone on the Internet can find and view" (§A.6)
  ['public', ['public on the web']],
  [
    'anyone',
    [
      'anyone with the link',
      '知道連結的任何人',
      '知道連結的使用者',
      '知到連結的任何人', // seen mistyped in zh-TW READMEs (§A.5)
      'リンクを知っている全員',
    ],
  ],
  ['restricted', ['restricted', '限制', '受限', '制限付き', 'eingeschränkt']],
];

/** "General access" section headings (§A.4 `h3.quTB6`, §A.5). */
export const GA_HEADINGS: readonly string[] = ['general access', '一般存取權', '一般的なアクセス', 'allgemeiner zugriff'];

/** English aria-label suffix of the general access button (§A.4 [SCRIPT×3]). */
export const GA_ARIA_SUFFIX = /\s*change general access\s*$/i;

/** Subtitle under the general access value (§A.4 `.RJS6zb`, §A.5). */
export const GA_SUBTITLES: ReadonlyArray<readonly [GeneralAccess, RegExp]> = [
  ['public', /anyone on the internet can find/],
  ['anyone', /anyone on the internet with the link|網際網路上任何知道連結的/],
  ['domain', /anyone (?:in|at|within) .+ with the link/],
  ['restricted', /only people with access|只有具備存取權的使用者/],
];

/** "…can view / comment / edit", 「…都能檢視 / 加註 / 編輯」 in the subtitle or the Share button label. */
export const LINK_ROLE_PHRASES: ReadonlyArray<readonly [LinkRole, RegExp]> = [
  ['editor', /can edit|(?:都能|可以|皆可)編輯/],
  ['commenter', /can comment|(?:都能|可以|皆可)(?:加註|留言)/],
  ['viewer', /can (?:find and )?view|(?:都能|可以|皆可)(?:檢視|查看)/],
];

/**
 * Role names (§A.5 [DOC]; zh-CN and ja from §A.4/§A.5; shared-drive roles map to what they allow).
 * Order matters: 「閲覧者（コメント可）」 must be tried before 「閲覧者」.
 */
export const ROLE_LABELS: ReadonlyArray<readonly [ShareRole, readonly string[]]> = [
  ['owner', ['owner', '擁有者', '所有者', 'オーナー']],
  ['commenter', ['commenter', '加註者', '留言者', '评论者', '閲覧者(コメント可)']],
  [
    'editor',
    ['editor', '編輯者', '编辑者', '編集者', 'manager', 'content manager', 'contributor', '主管', '內容管理員', '協作者'],
  ],
  ['viewer', ['viewer', '檢視者', '查看者', '閲覧者', 'betrachter']],
];

/** Icon ligatures that end up in textContent (§A.4: menu items read "checkRestricted"). */
export const ICON_LIGATURES: readonly string[] = ['check', 'arrow_drop_down', 'arrow_drop_up', 'expand_more', 'expand_less'];

/** Dialog titles: Share "X" / 共用「X」 (§A.4, §A.5 [INFER]); ja 「X」を共有. Applied to normalised text. */
export const TITLE_PATTERNS: readonly RegExp[] = [
  /^share\s*["“”„«](.*)["”“»]\s*$/is,
  /^share\s*'(.*)'\s*$/is,
  /^(?:共用|共享)\s*[「『“"](.*)[」』”"]\s*$/s,
  /^[「『](.*)[」』]\s*を共有\s*$/s,
];

/** Share button aria-label prefix (§A.3): "Share. …"; zh-TW 「共用。…」 [UNVERIFIED]. */
export const SHARE_BUTTON_PREFIX = /^(?:share|共用|共享|共有)\s*[.。:：]?\s*/i;

/** Share button states (§A.3). "Shared with N people" does not say what the link allows. */
export const SHARE_BUTTON_STATES: ReadonlyArray<readonly [GeneralAccess, RegExp]> = [
  ['public', /public on the web/],
  ['domain', /anyone (?:in|at|within) .+ with the link/],
  ['anyone', /anyone with the link|知道連結的任何人|知道連結的使用者/],
  ['restricted', /private to only me|private only to me|^private\b|只有我|僅限我|僅供我/],
];

/** Editor document.title suffixes (" - Google 試算表" …). */
export const TITLE_SUFFIX =
  /\s+[-–—]\s+google\s*(?:文件|試算表|簡報|表單|協作平台|docs|sheets|slides|forms|ドキュメント|スプレッドシート|スライド|フォーム)\s*$/i;
