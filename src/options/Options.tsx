// Options page: school settings (validated per key, admin-managed keys locked), reminders,
// acknowledgements, export / clear, privacy statement. All text rendered as text, never HTML.
import type { ComponentChildren } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { resolveLang, translator } from '../core/i18n';
import { CITATIONS, type CitationId, type SchoolType } from '../core/law';
import { mergePolicy, type MergedPolicy, type PolicyKey } from '../core/policy';
import { markDone, parseReminders, REMINDERS_KEY, removeReminder, snooze, type Reminder } from '../core/reminders';
import type { RuleMessages } from '../core/rule';
import { APPS, type App, type Lang } from '../core/schema';
import { ACKS_KEY, buildExport, exportFileName, parseAcks, POLICY_KEY, removeAck, safeHref } from './data';
import { optionsStrings } from './strings';
import { draftFrom, userPolicyToSave, validateDraft, validateField, type Draft, type FieldErrors } from './validate';

export interface OptionsEnv {
  /** storage.managed.get(null); may reject (no managed storage) */
  managed(): Promise<unknown>;
  get(keys: string[]): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove?(keys: string[]): Promise<void>;
  clear(): Promise<void>;
  /** subscribe to storage changes (local or managed); returns an unsubscribe function */
  onChanged(cb: () => void): () => void;
  uiLanguage(): string;
  version(): string;
  now(): number;
  download(name: string, data: unknown): void;
}

/** What the page needs of a rule (rule metadata satisfies it). */
export interface OptionsRule {
  id: string;
  app: App;
  messages: Record<Lang, RuleMessages>;
}

type T = ReturnType<typeof translator<keyof typeof optionsStrings.en>>;

/** The articles findings cite for each school type (RULES.md basis column). */
export const CITED: Record<SchoolType, CitationId[]> = {
  public: ['pdpa-15', 'pdpa-16', 'pdpa-18', 'pdpa-28-1'],
  private: ['pdpa-19', 'pdpa-20', 'pdpa-27', 'pdpa-29'],
};

const SNOOZE_DAYS = 7;
/** set by the worker when it repaired a corrupted reminder store (src/background/reminders.ts) */
const REPAIRED_KEY = 'diag:remindersRepairedAt';

interface Loaded {
  merged: MergedPolicy;
  userRaw: unknown;
  acksRaw: unknown;
  reminders: Reminder[];
}

async function load(env: OptionsEnv, ruleIds: readonly string[]): Promise<Loaded & { repaired: boolean }> {
  let managed: unknown;
  try {
    managed = await env.managed();
  } catch {
    managed = undefined;
  }
  const got = await env.get([POLICY_KEY, ACKS_KEY, REMINDERS_KEY, REPAIRED_KEY]);
  const parsed = parseReminders(got[REMINDERS_KEY]);
  if (parsed.repaired) await env.set({ [REMINDERS_KEY]: parsed.reminders });
  // The worker may have repaired the store first (it reads it whenever it changes); it leaves a mark
  // so the user still hears about it once, here.
  const repairedByWorker = typeof got[REPAIRED_KEY] === 'number';
  if (repairedByWorker) await env.remove?.([REPAIRED_KEY]);
  return {
    merged: mergePolicy(managed, got[POLICY_KEY], ruleIds),
    userRaw: got[POLICY_KEY],
    acksRaw: got[ACKS_KEY],
    reminders: parsed.reminders,
    repaired: parsed.repaired || repairedByWorker,
  };
}

function Field(props: {
  id: PolicyKey;
  label: string;
  hint: string;
  locked: boolean;
  error: string | undefined;
  t: T;
  children: (describedBy: string, invalid: boolean) => ComponentChildren;
}) {
  const { id, label, hint, locked, error, t } = props;
  const describedBy = [`h-${id}`, locked ? `l-${id}` : '', error ? `e-${id}` : ''].filter(Boolean).join(' ');
  return (
    <div class={`field${error ? ' invalid' : ''}`} data-field={id}>
      <label for={`f-${id}`}>{label}</label>
      {props.children(describedBy, !!error)}
      <p class="hint" id={`h-${id}`}>
        {hint}
      </p>
      {locked ? (
        <p class="locked" id={`l-${id}`}>
          {t('locked')}
        </p>
      ) : null}
      {error ? (
        <p class="error" id={`e-${id}`}>
          {error}
        </p>
      ) : null}
    </div>
  );
}

export function Options({ env, rules }: { env: OptionsEnv; rules: readonly OptionsRule[] }) {
  const ruleIds = useMemo(() => rules.map((r) => r.id), [rules]);
  const [data, setData] = useState<Loaded | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [draft, setDraft] = useState<Draft | null>(null);
  const [dirty, setDirty] = useState(false);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [status, setStatus] = useState<{ kind: 'saved' | 'error' | 'failed' | 'cleared'; text: string } | null>(null);
  const [repaired, setRepaired] = useState(false);
  const [confirmClear, setConfirmClear] = useState(false);
  const dirtyRef = useRef(false);
  dirtyRef.current = dirty;
  const formRef = useRef<HTMLFormElement>(null);

  const reload = async (resetDraft: boolean) => {
    try {
      const d = await load(env, ruleIds);
      if (d.repaired) setRepaired(true);
      setData(d);
      if (resetDraft || !dirtyRef.current) {
        setDraft(draftFrom(d.merged.policy));
        setDirty(false);
        setErrors({});
      }
    } catch (e) {
      setLoadError(String((e as Error)?.message ?? e));
    }
  };

  useEffect(() => {
    void reload(true);
    return env.onChanged(() => void reload(false));
  }, [env]);

  const lang: Lang = resolveLang(data?.merged.policy.language ?? 'auto', env.uiLanguage());
  const t = translator(optionsStrings, lang);
  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = t('title');
  }, [lang]);

  if (!data || !draft) {
    return (
      <main>
        <h1>{t('title')}</h1>
        <p role="status">{loadError ? t('saveFailed', { error: loadError }) : t('loading')}</p>
      </main>
    );
  }

  const locked = data.merged.locked;
  const adminIssues = data.merged.issues.filter((i) => i.source === 'managed').slice(0, 20);
  const isLocked = (k: PolicyKey) => locked.includes(k);
  const errText = (k: PolicyKey) => {
    const e = errors[k];
    return e ? t(e.code, e.vars) : undefined;
  };

  const change = <K extends keyof Draft>(key: K, value: Draft[K]) => {
    const next = { ...draft, [key]: value };
    setDraft(next);
    setDirty(true);
    setStatus(null);
    if (errors[key as PolicyKey]) {
      const r = validateField(key as PolicyKey, next, ruleIds);
      const nextErrors = { ...errors };
      if (r.ok) delete nextErrors[key as PolicyKey];
      else nextErrors[key as PolicyKey] = r.error;
      setErrors(nextErrors);
    }
  };

  const save = async (e: Event) => {
    e.preventDefault();
    const r = validateDraft(draft, locked, ruleIds);
    setErrors(r.errors);
    const bad = Object.keys(r.errors) as PolicyKey[];
    if (bad.length > 0) {
      setStatus({ kind: 'error', text: t('errorSummary', { n: bad.length }) });
      // the user pressed Save: taking them to the first field to fix is expected
      const first = formRef.current?.querySelector<HTMLElement>(`[data-field="${bad[0]}"] input, [data-field="${bad[0]}"] textarea`);
      first?.focus();
      return;
    }
    try {
      await env.set({ [POLICY_KEY]: userPolicyToSave(r.values, data.userRaw, locked, ruleIds) });
      setDirty(false);
      dirtyRef.current = false;
      await reload(true);
      setStatus({ kind: 'saved', text: t('saved') });
    } catch (err) {
      setStatus({ kind: 'failed', text: t('saveFailed', { error: String((err as Error)?.message ?? err) }) });
    }
  };

  const fmtDate = (ts: number) => {
    try {
      return new Date(ts).toLocaleDateString(lang, { year: 'numeric', month: '2-digit', day: '2-digit' });
    } catch {
      return new Date(ts).toISOString().slice(0, 10);
    }
  };
  const ruleTitle = (id: string) => rules.find((r) => r.id === id)?.messages[lang].title ?? id;

  const setReminders = async (next: Reminder[]) => {
    await env.set({ [REMINDERS_KEY]: next });
    await reload(false);
  };
  const acks = parseAcks(data.acksRaw);

  const radios = (key: 'schoolType' | 'language', options: Array<[string, string, string?]>) => (
    <fieldset
      data-field={key}
      aria-describedby={[isLocked(key) ? `l-${key}` : '', errors[key] ? `e-${key}` : ''].filter(Boolean).join(' ') || undefined}
      disabled={isLocked(key)}
    >
      <legend>{t(key === 'schoolType' ? 'schoolTypeLegend' : 'languageLegend')}</legend>
      {options.map(([value, label, labelLang]) => (
        <label class="choice" key={value}>
          <input
            type="radio"
            name={key}
            value={value}
            checked={draft[key] === value}
            onChange={() => change(key, value)}
          />{' '}
          <span lang={labelLang}>{label}</span>
        </label>
      ))}
      {key === 'schoolType' ? (
        <p class="hint" id="cites">
          {t('schoolTypeCites', {
            list: (CITED[draft.schoolType === 'private' ? 'private' : 'public'] ?? []).map((c) => CITATIONS[c].label[lang]).join(lang === 'zh-TW' ? '、' : '; '),
          })}
        </p>
      ) : null}
      {isLocked(key) ? (
        <p class="locked" id={`l-${key}`}>
          {t('locked')}
        </p>
      ) : null}
      {errors[key] ? (
        <p class="error" id={`e-${key}`}>
          {errText(key)}
        </p>
      ) : null}
    </fieldset>
  );

  const textArea = (key: 'schoolDomains' | 'rosterTerms', label: string, hint: string) => (
    <Field id={key} label={label} hint={hint} locked={isLocked(key)} error={errText(key)} t={t}>
      {(describedBy, invalid) => (
        <textarea
          id={`f-${key}`}
          rows={4}
          value={draft[key]}
          disabled={isLocked(key)}
          aria-describedby={describedBy}
          aria-invalid={invalid ? 'true' : undefined}
          spellcheck={false}
          onInput={(e) => change(key, (e.target as HTMLTextAreaElement).value)}
        />
      )}
    </Field>
  );

  const numberField = (key: 'coeditorThreshold' | 'retentionDays', label: string, hint: string) => (
    <Field id={key} label={label} hint={hint} locked={isLocked(key)} error={errText(key)} t={t}>
      {(describedBy, invalid) => (
        <input
          id={`f-${key}`}
          type="text"
          inputMode="numeric"
          size={6}
          value={draft[key]}
          disabled={isLocked(key)}
          aria-describedby={describedBy}
          aria-invalid={invalid ? 'true' : undefined}
          onInput={(e) => change(key, (e.target as HTMLInputElement).value)}
        />
      )}
    </Field>
  );

  return (
    <main>
      <h1>{t('title')}</h1>
      <p>{t('intro')}</p>
      {locked.length > 0 ? (
        <p class="locked banner" data-locked-keys={locked.join(' ')}>
          {t('lockedSome')}
        </p>
      ) : null}
      {adminIssues.length > 0 ? (
        <div class="warning" data-admin-issues={adminIssues.length}>
          <p>{t('adminIssues')}</p>
          <ul>
            {adminIssues.map((i, n) => (
              <li key={n}>
                <bdi>{t(`issue_${i.code}`, { key: i.key, detail: i.detail ?? '' })}</bdi>
              </li>
            ))}
          </ul>
        </div>
      ) : null}

      <section aria-labelledby="settings-h">
        <h2 id="settings-h">{t('settingsTitle')}</h2>
        <form ref={formRef} onSubmit={save} noValidate>
          {radios('schoolType', [
            ['public', t('schoolType_public')],
            ['private', t('schoolType_private')],
          ])}
          {textArea('schoolDomains', t('schoolDomainsLabel'), t('schoolDomainsHint'))}
          {textArea('rosterTerms', t('rosterTermsLabel'), t('rosterTermsHint'))}
          {numberField('coeditorThreshold', t('coeditorLabel'), t('coeditorHint'))}
          {numberField('retentionDays', t('retentionLabel'), t('retentionHint'))}
          {radios('language', [
            ['auto', t('lang_auto')],
            ['zh-TW', '繁體中文', 'zh-TW'],
            ['en', 'English', 'en'],
          ])}
          <fieldset
            data-field="disabledRules"
            disabled={isLocked('disabledRules')}
            aria-describedby={['h-disabledRules', isLocked('disabledRules') ? 'l-disabledRules' : '', errors.disabledRules ? 'e-disabledRules' : '']
              .filter(Boolean)
              .join(' ')}
          >
            <legend>{t('disabledLegend')}</legend>
            <p class="hint" id="h-disabledRules">
              {t('disabledHint')}
            </p>
            {APPS.map((app: App) => {
              const list = rules.filter((r) => r.app === app);
              if (list.length === 0) return null;
              return (
                <div class="rule-group" key={app}>
                  <h3>{t(`app_${app}`)}</h3>
                  {list.map((r) => (
                    <label class="choice" key={r.id}>
                      <input
                        type="checkbox"
                        id={`rule-${r.id}`}
                        value={r.id}
                        checked={draft.disabledRules.includes(r.id)}
                        onChange={(e) => {
                          const on = (e.target as HTMLInputElement).checked;
                          change('disabledRules', on ? [...draft.disabledRules, r.id] : draft.disabledRules.filter((x) => x !== r.id));
                        }}
                      />{' '}
                      <span>{r.messages[lang].title}</span> <code>{r.id}</code>
                    </label>
                  ))}
                </div>
              );
            })}
            {isLocked('disabledRules') ? (
              <p class="locked" id="l-disabledRules">
                {t('locked')}
              </p>
            ) : null}
            {errors.disabledRules ? (
              <p class="error" id="e-disabledRules">
                {errText('disabledRules')}
              </p>
            ) : null}
          </fieldset>
          <div class="actions">
            <button type="submit" data-action="save">
              {t('save')}
            </button>
            <span class={`status ${status?.kind ?? ''}`} role={status?.kind === 'error' || status?.kind === 'failed' ? 'alert' : 'status'}>
              {status && status.kind !== 'cleared' ? status.text : ''}
            </span>
          </div>
        </form>
      </section>

      <section aria-labelledby="reminders-h" data-section="reminders">
        <h2 id="reminders-h">{t('remindersTitle')}</h2>
        {repaired ? (
          <p class="warning" role="alert" data-reminders-repaired="true">
            {t('remindersRepaired')}
          </p>
        ) : null}
        {data.reminders.length === 0 ? (
          <p>{t('remindersEmpty')}</p>
        ) : (
          <ul class="list">
            {data.reminders.map((r) => {
              const href = safeHref(r.url);
              return (
                <li key={r.id} data-reminder={r.id} data-status={r.status}>
                  <div class="item-title">
                    {href ? (
                      <a href={href} target="_blank" rel="noopener noreferrer">
                        <bdi>{r.title}</bdi>
                      </a>
                    ) : (
                      <bdi>{r.title}</bdi>
                    )}
                  </div>
                  <div class="meta">
                    <span>{t('reminderDue', { date: fmtDate(r.dueAt) })}</span> · <span>{t(`status_${r.status}`)}</span> ·{' '}
                    <span>{t('reminderRule', { rule: ruleTitle(r.ruleId) })}</span>
                  </div>
                  <div class="actions">
                    {r.status !== 'done' ? (
                      <button type="button" class="secondary" data-action="done" onClick={() => void setReminders(markDone(data.reminders, r.id))}>
                        {t('markDone')}
                      </button>
                    ) : null}
                    <button
                      type="button"
                      class="secondary"
                      data-action="snooze"
                      onClick={() => void setReminders(snooze(data.reminders, r.id, SNOOZE_DAYS, env.now()))}
                    >
                      {t('snooze')}
                    </button>
                    <button type="button" class="secondary" data-action="delete" onClick={() => void setReminders(removeReminder(data.reminders, r.id))}>
                      {t('remove')}
                    </button>
                  </div>
                </li>
              );
            })}
          </ul>
        )}
      </section>

      <section aria-labelledby="acks-h" data-section="acks">
        <h2 id="acks-h">{t('acksTitle')}</h2>
        {acks.length === 0 ? (
          <p>{t('acksEmpty')}</p>
        ) : (
          <ul class="list">
            {acks.map((a) => (
              <li key={a.key} data-ack={a.key}>
                <div class="item-title">{ruleTitle(a.ruleId)}</div>
                <div class="meta">
                  <span>{t(`app_${a.app}`)}</span> · <span>{t('ackItem', { item: a.itemKey ?? t('ackUnknownItem') })}</span>
                  {a.at ? (
                    <>
                      {' · '}
                      <span>{t('ackAt', { date: fmtDate(a.at) })}</span>
                    </>
                  ) : null}
                </div>
                <div class="meta">{a.reason ? t('ackReason', { reason: a.reason }) : t('ackNoReason')}</div>
                <div class="actions">
                  <button
                    type="button"
                    class="secondary"
                    data-action="unack"
                    onClick={() => void env.set({ [ACKS_KEY]: removeAck(data.acksRaw, a.key) }).then(() => reload(false))}
                  >
                    {t('undo')}
                  </button>
                </div>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="data-h">
        <h2 id="data-h">{t('dataTitle')}</h2>
        <div class="actions">
          <button
            type="button"
            class="secondary"
            data-action="export"
            onClick={() => {
              const now = env.now();
              env.download(exportFileName(now), buildExport(acks, data.reminders, now, env.version()));
            }}
          >
            {t('exportBtn')}
          </button>
          {confirmClear ? null : (
            <button type="button" class="danger" data-action="clear" onClick={() => setConfirmClear(true)}>
              {t('clearBtn')}
            </button>
          )}
        </div>
        {confirmClear ? (
          <div class="confirm" role="group" aria-labelledby="clear-q">
            <p id="clear-q">{t('clearConfirmText')}</p>
            <div class="actions">
              <button
                type="button"
                class="danger"
                data-action="clear-confirm"
                onClick={async () => {
                  await env.clear();
                  setConfirmClear(false);
                  setRepaired(false);
                  await reload(true);
                  setStatus({ kind: 'cleared', text: t('cleared') });
                }}
              >
                {t('clearConfirm')}
              </button>
              <button type="button" class="secondary" data-action="clear-cancel" onClick={() => setConfirmClear(false)}>
                {t('clearCancel')}
              </button>
            </div>
          </div>
        ) : null}
        <p role="status" class="status">
          {status?.kind === 'cleared' ? status.text : ''}
        </p>
      </section>

      <section aria-labelledby="privacy-h" data-section="privacy">
        <h2 id="privacy-h">{t('privacyTitle')}</h2>
        <p>{t('privacyRead')}</p>
        <p>{t('privacyStored')}</p>
        <p>{t('privacySent')}</p>
      </section>
    </main>
  );
}
