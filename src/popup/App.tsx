import { useEffect, useMemo, useState } from 'preact/hooks';
import type { TabStateResponse } from '../background/worker-types';
import { CITATIONS } from '../core/law';
import { ackKey } from '../core/keys';
import { redactedReport } from '../core/diagnostics';
import { resolveLang, translator } from '../core/i18n';
import type { RuleMeta as Rule } from '../core/rule';
import { ruleMetaById as ruleById } from '../core/rules/meta';
import type { Evidence, Lang, Report, RuleResult } from '../core/schema';
import { popupStrings } from './strings';

export interface PopupApi {
  tabState(tabId: number): Promise<TabStateResponse | undefined>;
  send(msg: unknown): Promise<unknown>;
  uiLanguage(): string;
  version(): string;
  openOptions(): void;
}

const SEVERITY_ORDER = { high: 0, warn: 1, info: 2 } as const;
const STATUS_ORDER = { violation: 0, unverified: 1, pass: 2, 'not-applicable': 3 } as const;
const MAX_EVIDENCE_SHOWN = 8;

type T = ReturnType<typeof translator<keyof typeof popupStrings.en>>;

function sortResults(results: RuleResult[]): RuleResult[] {
  return [...results].sort(
    (a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status] || SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity],
  );
}

function EvidenceList({ evidence, t }: { evidence: Evidence[]; t: T }) {
  if (evidence.length === 0) return null;
  const shown = evidence.slice(0, MAX_EVIDENCE_SHOWN);
  return (
    <section class="evidence">
      <h4>{t('evidenceTitle')}</h4>
      <ul>
        {shown.map((e, i) => (
          <li key={i}>
            <span class="ev-kind">{t(`evidence_${e.kind}` as 'evidence_question')}</span>{' '}
            <bdi class="ev-text">{e.text}</bdi>
            {e.match && e.match !== e.text ? (
              <>
                {' '}
                <mark>
                  <bdi>{e.match}</bdi>
                </mark>
              </>
            ) : null}
          </li>
        ))}
      </ul>
      {evidence.length > shown.length ? <p class="more">{t('moreEvidence', { n: evidence.length - shown.length })}</p> : null}
    </section>
  );
}

function Basis({ rule, lang, schoolType, t }: { rule: Rule; lang: Lang; schoolType: 'public' | 'private'; t: T }) {
  return (
    <section class="basis">
      <h4>{t('basisTitle', { schoolType: t(`schoolType_${schoolType}`) })}</h4>
      <ul>
        {rule.basis[schoolType].map((id) => (
          <li key={id} data-citation={id}>
            <strong>{CITATIONS[id].label[lang]}</strong>
            <span class="gist">{CITATIONS[id].gist[lang]}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

interface FindingProps {
  result: RuleResult;
  report: Report | undefined;
  lang: Lang;
  t: T;
  state: TabStateResponse;
  api: PopupApi;
  onChange: () => void;
}

function Finding({ result, report, lang, t, state, api, onChange }: FindingProps) {
  const rule = ruleById(result.ruleId);
  const [asking, setAsking] = useState(false);
  const [reason, setReason] = useState('');
  const [reminded, setReminded] = useState<string | null>(null);
  if (!rule) return null;
  const m = rule.messages[lang];
  const app = report?.app ?? rule.app;
  const itemKey = report?.itemKey ?? null;
  const ack = state.acks[ackKey(app, itemKey, rule.id)];
  const days = state.policy.policy.retentionDays;
  const canRemind = result.status === 'violation' && (rule.app === 'forms' || rule.app === 'studio');

  const doAck = async () => {
    await api.send({ kind: 'ack', app, itemKey, ruleId: rule.id, reason: reason.trim() || undefined });
    setAsking(false);
    onChange();
  };
  const doUnack = async () => {
    await api.send({ kind: 'unack', app, itemKey, ruleId: rule.id });
    onChange();
  };
  const doRemind = async () => {
    const res = (await api.send({
      kind: 'remind',
      app,
      itemKey,
      ruleId: rule.id,
      title: report?.itemTitle ?? m.title,
      url: report?.url ?? '',
      days,
    })) as { reminder?: { dueAt: number } } | undefined;
    if (res?.reminder) setReminded(new Date(res.reminder.dueAt).toLocaleDateString(lang));
  };

  return (
    <article
      class={`finding sev-${result.severity} st-${result.status}${ack ? ' acked' : ''}`}
      data-rule={rule.id}
      data-severity={result.severity}
      data-status={result.status}
      data-acknowledged={ack ? 'true' : undefined}
      aria-labelledby={`t-${rule.id}`}
    >
      <header>
        <span class={`chip sev-${result.severity}`}>
          {result.status === 'unverified' ? t('status_unverified') : t(`severity_${result.severity}`)}
        </span>
        <h3 id={`t-${rule.id}`}>{m.title}</h3>
      </header>
      {result.status === 'unverified' ? (
        <p class="unverified">{m.unverified}</p>
      ) : (
        <>
          <section class="why">
            <h4>{t('whyTitle')}</h4>
            <p>{m.why}</p>
          </section>
          <section class="fix">
            <h4>{t('fixTitle')}</h4>
            <ol>
              {m.fix.map((step, i) => (
                <li key={i}>{step}</li>
              ))}
            </ol>
          </section>
        </>
      )}
      <EvidenceList evidence={result.evidence} t={t} />
      <Basis rule={rule} lang={lang} schoolType={state.policy.policy.schoolType} t={t} />
      <div class="actions">
        {ack ? (
          <>
            <span class="ack-state" role="status">
              {ack.reason ? t('ackedWithReason', { reason: ack.reason }) : t('acked')}
            </span>
            <button type="button" class="secondary" data-action="unack" onClick={doUnack}>
              {t('unack')}
            </button>
          </>
        ) : asking ? (
          <div class="ack-form">
            <label>
              {t('ackReasonLabel')}
              <input type="text" maxLength={500} value={reason} onInput={(e) => setReason((e.target as HTMLInputElement).value)} />
            </label>
            <button type="button" data-action="ack-confirm" onClick={doAck}>
              {t('ackConfirm')}
            </button>
            <button type="button" class="secondary" onClick={() => setAsking(false)}>
              {t('ackCancel')}
            </button>
          </div>
        ) : result.status === 'violation' ? (
          <button type="button" class="secondary" data-action="ack" onClick={() => setAsking(true)}>
            {t('ack')}
          </button>
        ) : null}
        {canRemind ? (
          reminded ? (
            <span class="reminded" role="status">
              {t('reminded', { date: reminded })}
            </span>
          ) : (
            <button type="button" class="secondary" data-action="remind" onClick={doRemind}>
              {t('remind', { days })}
            </button>
          )
        ) : null}
      </div>
    </article>
  );
}

function Diagnostics({ state, t, api }: { state: TabStateResponse; t: T; api: PopupApi }) {
  const [copied, setCopied] = useState<'idle' | 'ok' | 'fail'>('idle');
  const text = useMemo(
    () => JSON.stringify(redactedReport(state.merged.reports, state.merged.results, state.dropped, api.version()), null, 2),
    [state],
  );
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setCopied('ok');
    } catch {
      setCopied('fail');
    }
  };
  return (
    <details class="diagnostics">
      <summary>{t('diagnosticsTitle')}</summary>
      <p class="hint">{t('diagnosticsHint')}</p>
      {state.merged.reports.map((r, i) => (
        <dl key={i} data-diagnostics-app={r.app}>
          <dt>{t(`app_${r.app}`)}</dt>
          <dd>
            {t('anchors')}:{' '}
            {Object.entries(r.diagnostics.anchors)
              .map(([k, v]) => `${k} → ${t(`anchor_${v}` as 'anchor_none')}`)
              .join('; ') || '—'}
          </dd>
          {r.diagnostics.notes.length > 0 ? (
            <dd class="diag-notes">
              {t('notes')}: {r.diagnostics.notes.join(', ')}
            </dd>
          ) : null}
          <dd>
            {t('counts')}:{' '}
            {Object.entries(r.diagnostics.counts)
              .map(([k, v]) => `${k}=${v}`)
              .join(', ') || '—'}
          </dd>
        </dl>
      ))}
      <ul class="diag-rules">
        {state.merged.results.map((r) => (
          <li key={r.ruleId} data-diag-rule={r.ruleId}>
            <code>{r.ruleId}</code> <span data-diag-status={r.status}>{r.status}</span>
            {r.reason ? <span class="diag-reason">{` (${t('reason')}: ${r.reason})`}</span> : ''}
            {r.evidence.length > 0 ? (
              <span class="diag-evidence">
                {` · ${t('evidenceTitle')}: `}
                {[...new Set(r.evidence.map((e) => t(`evidence_${e.kind}` as 'evidence_question')))].join(', ')}
                {` ×${r.evidence.length}`}
              </span>
            ) : null}
          </li>
        ))}
      </ul>
      {Object.keys(state.dropped).length > 0 ? (
        <p>
          {t('dropped')}:{' '}
          {Object.entries(state.dropped)
            .map(([k, v]) => `${k}=${v}`)
            .join(', ')}
        </p>
      ) : null}
      <button type="button" class="secondary" data-action="copy-report" onClick={copy}>
        {copied === 'ok' ? t('copied') : t('copyReport')}
      </button>
      {copied === 'fail' ? <p role="alert">{t('copyFailed')}</p> : null}
      <pre class="report-text" tabIndex={0}>
        {text}
      </pre>
    </details>
  );
}

export function App({ api, tabId }: { api: PopupApi; tabId: number | null }) {
  const [state, setState] = useState<TabStateResponse | null | undefined>(undefined);
  const [tick, setTick] = useState(0);
  useEffect(() => {
    if (tabId === null) {
      setState(null);
      return;
    }
    let alive = true;
    void api
      .tabState(tabId)
      .then((s) => alive && setState(s ?? null))
      .catch(() => alive && setState(null));
    return () => {
      alive = false;
    };
  }, [tabId, tick]);
  // Refresh while open so a fix in the page shows here too.
  useEffect(() => {
    const id = setInterval(() => setTick((n) => n + 1), 1000);
    return () => clearInterval(id);
  }, []);

  const lang: Lang = resolveLang(state?.policy.policy.language ?? 'auto', api.uiLanguage());
  const t = translator(popupStrings, lang);
  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = t('appName');
  }, [lang]);

  const header = (
    <header class="top">
      <img src="/icons/icon-32.png" alt="" width={24} height={24} />
      <h1>{t('appName')}</h1>
      <button type="button" class="link" data-action="options" onClick={() => api.openOptions()}>
        {t('options')}
      </button>
    </header>
  );

  if (state === undefined) {
    return (
      <main>
        {header}
        <p role="status">{t('loading')}</p>
      </main>
    );
  }
  if (state === null) {
    return (
      <main>
        {header}
        <p>{tabId === null ? t('noTab') : t('nothingHere')}</p>
      </main>
    );
  }
  const results = sortResults(state.merged.results.filter((r) => r.status !== 'not-applicable'));
  const notApplicable = state.merged.results.filter((r) => r.status === 'not-applicable');
  const reportOf = (r: RuleResult) =>
    state.merged.reports.find((rep) => rep.results.some((x) => x.ruleId === r.ruleId && x.status === r.status));
  const problems = results.filter((r) => r.status === 'violation');
  const unverified = results.filter((r) => r.status === 'unverified');
  const itemTitles = [...new Set(state.merged.reports.map((r) => r.itemTitle).filter(Boolean))];

  return (
    <main>
      {header}
      {state.merged.reports.length === 0 ? (
        <p>{t('nothingHere')}</p>
      ) : (
        <>
          <p class="context">
            {[...new Set(state.merged.reports.map((r) => t(`app_${r.app}`)))].join('、')}
            {itemTitles.length > 0 ? (
              <>
                {' · '}
                <bdi>{itemTitles.join(' / ')}</bdi>
              </>
            ) : null}
          </p>
          <p class={`summary ${problems.length ? 'bad' : 'good'}`} role="status">
            {problems.length === 1
              ? t('summaryProblemsOne')
              : problems.length
                ? t('summaryProblems', { n: problems.length })
                : t('summaryClean')}
            {unverified.length === 1
              ? ` · ${t('summaryUnverifiedOne')}`
              : unverified.length
                ? ` · ${t('summaryUnverified', { n: unverified.length })}`
                : ''}
          </p>
          {problems.length + unverified.length > 0 ? <h2 id="findings-h">{t('findingsTitle')}</h2> : null}
          <div class="findings" aria-labelledby={problems.length + unverified.length > 0 ? 'findings-h' : undefined}>
            {[...problems, ...unverified].map((r) => (
              <Finding
                key={r.ruleId}
                result={r}
                report={reportOf(r)}
                lang={lang}
                t={t}
                state={state}
                api={api}
                onChange={() => setTick((n) => n + 1)}
              />
            ))}
          </div>
          <section class="checklist" aria-labelledby="checklist-h">
            <h2 id="checklist-h">{t('checklistTitle')}</h2>
            <p class="hint">{t('checklistHint')}</p>
            <ul>
              {results.map((r) => {
                const rule = ruleById(r.ruleId);
                if (!rule) return null;
                return (
                  <li key={r.ruleId} class={`row st-${r.status}`} data-rule={r.ruleId} data-status={r.status} data-severity={r.severity}>
                    <span class="mark" aria-hidden="true">
                      {r.status === 'pass' ? '✓' : r.status === 'violation' ? '✗' : '?'}
                    </span>
                    {/* a passed rule reads as what is fine ("查看結果摘要已關閉"), the others as the problem */}
                    <span class="row-title">{r.status === 'pass' ? rule.messages[lang].pass : rule.messages[lang].title}</span>
                    <span class="row-status">{t(`status_${r.status as 'pass'}`)}</span>
                  </li>
                );
              })}
              {notApplicable.map((r) => {
                const rule = ruleById(r.ruleId);
                if (!rule) return null;
                return (
                  <li key={r.ruleId} class="row st-na" data-rule={r.ruleId} data-status="not-applicable" data-severity={r.severity}>
                    <span class="mark" aria-hidden="true">
                      –
                    </span>
                    <span class="row-title">
                      {rule.messages[lang].title}
                      {r.reason === 'no-school-domains' ? <span class="hint row-hint">{t('naNoDomains')}</span> : null}
                    </span>
                    <span class="row-status">{t('status_na')}</span>
                  </li>
                );
              })}
            </ul>
          </section>
          <Diagnostics state={state} t={t} api={api} />
        </>
      )}
      {state.policy.locked.length > 0 ? <p class="hint">{t('managedBy')}</p> : null}
      <footer>{t('privacy')}</footer>
    </main>
  );
}
