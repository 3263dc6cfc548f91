/**
 * A series of six joint meetings with something in every trend (conflict points, decisions with both
 * stances, action items, talk time, check-in and check-out, agreements reviewed, units' responses),
 * written straight into the app's IndexedDB (the app has opened it, so every store exists) for the
 * Trends screenshots. Fixed dates, no randomness.
 */
import type { Page } from '@playwright/test';

const SERIES = 'docs-series-1';

export async function seedTrendsWorkspace(page: Page, language: 'en' | 'de'): Promise<string> {
  const title = language === 'en' ? 'Marketing–Sales alignment' : 'Abstimmung Marketing–Vertrieb';
  const stores: Record<string, Record<string, unknown>[]> = {
    meetings: [],
    people: [],
    conflictPoints: [],
    decisions: [],
    actionItems: [],
    speakerTurns: [],
    roundEntries: [],
    ledgerEntries: [],
    ledgerReviews: [],
    cascadeResponses: [],
  };
  const T = '2026-09-01T08:00:00.000Z';
  const meta = (id: string, at = T) => ({ id, createdAt: at, updatedAt: at });
  const push = (store: string, row: Record<string, unknown>) => stores[store]?.push(row);
  push('people', {
    ...meta('docs-p-m'),
    name: 'Mara Lind',
    departmentId: 'marketing',
    orgUnit: 'Central Marketing',
    archived: false,
  });
  push('people', {
    ...meta('docs-p-s'),
    name: 'Jon Vik',
    departmentId: 'sales',
    orgUnit: 'Sales Nordics',
    archived: false,
  });
  push('ledgerEntries', {
    ...meta('docs-ledger-1'),
    meetingId: SERIES,
    seriesId: SERIES,
    title: 'Leads for follow-up',
    marketing: { gives: '300 leads a month', measure: 'leads with score ≥ 60', target: 300, unit: 'leads' },
    sales: { gives: 'Follow-up within 48 hours', measure: 'hours to first call', target: 48, unit: 'h' },
    period: 'a month',
    startDate: '2026-09-07',
    status: 'active',
  });
  const content = [2, 3, 3, 4, 5, 5];
  const relationship = [3, 2, 2, 1, 1, 1];
  const talkM = [38, 34, 30, 28, 27, 26];
  const talkS = [12, 18, 22, 24, 26, 27];
  const signed = [
    [1, 3],
    [2, 3],
    [2, 2],
    [3, 4],
    [3, 3],
    [4, 4],
  ];
  const verdicts = [
    [],
    ['partly', 'broken'],
    ['partly', 'partly'],
    ['kept', 'partly'],
    ['kept', 'kept'],
    ['kept', 'kept'],
  ];
  const moods = [
    [3, 2],
    [3, 3],
    [4, 3],
    [4, 4],
    [4, 4],
    [5, 4],
  ];
  for (let index = 0; index < 6; index += 1) {
    const id = index === 0 ? SERIES : `docs-m-${index + 1}`;
    const day = new Date(Date.UTC(2026, 8, 7 + index * 14));
    const date = day.toISOString().slice(0, 10);
    const at = new Date(day.getTime() + 8 * 3_600_000).toISOString();
    push('meetings', {
      ...meta(id, at),
      title,
      goal: '',
      date,
      startTime: '10:00',
      durationMinutes: 90,
      location: '',
      language,
      status: 'ended',
      seriesId: SERIES,
      ...(index > 0 ? { previousMeetingId: index === 1 ? SERIES : `docs-m-${index}` } : {}),
      groundRules: [],
      startedAt: at,
      endedAt: at,
      definitionIds: [],
    });
    const points = [
      ...Array.from({ length: content[index] ?? 0 }, () => 'content'),
      ...Array.from({ length: relationship[index] ?? 0 }, () => 'relationship'),
    ];
    points.forEach((level, order) =>
      push('conflictPoints', {
        ...meta(`${id}-c${order}`, at),
        meetingId: id,
        statement: `Point ${order + 1}`,
        level,
        category: level === 'content' ? 'facts-figures' : 'communication-style',
        positionMarketing: '',
        positionSales: '',
        status: 'open',
        resolution: '',
        private: false,
      }),
    );
    const [both = 0, all = 0] = signed[index] ?? [];
    for (let order = 0; order < all; order += 1)
      push('decisions', {
        ...meta(`${id}-d${order}`, at),
        meetingId: id,
        number: index * 10 + order + 1,
        statement: `Decision ${order + 1}`,
        rationale: '',
        alternatives: '',
        method: 'consensus',
        responsible: [],
        consulted: [],
        informed: [],
        scope: order === 0 ? ['Sales Iberia', 'Sales Nordics'] : [],
        status: 'decided',
        settlesConflictIds: [],
        revisitIf: [],
        stanceMarketing: 'agree',
        stanceSales: order < both ? 'agree' : 'object',
      });
    ['Sales Iberia', 'Sales Nordics'].forEach((unit, u) => {
      const due = new Date(day.getTime() + 14 * 86_400_000);
      const late = (index + u) % 3 === 0;
      push('cascadeResponses', {
        ...meta(`${id}-r${u}`, at),
        decisionId: `${id}-d0`,
        unit,
        dueDate: due.toISOString().slice(0, 10),
        response: 'adopt',
        explanation: '',
        respondedAt: new Date(due.getTime() + (late ? 3 : -2) * 86_400_000).toISOString(),
        source: 'register',
      });
    });
    ['docs-p-m', 'docs-p-s'].forEach((owner, side) => {
      for (let order = 0; order < 3; order += 1) {
        const due = new Date(day.getTime() + 10 * 86_400_000);
        const onTime = order < (side === 0 ? 2 : 1 + (index > 2 ? 1 : 0));
        push('actionItems', {
          ...meta(`${id}-a${side}${order}`, at),
          updatedAt: new Date(due.getTime() + (onTime ? -86_400_000 : 3 * 86_400_000)).toISOString(),
          meetingId: id,
          what: `Action ${order + 1}`,
          ownerPersonId: owner,
          dueDate: due.toISOString().slice(0, 10),
          status: 'done',
        });
      }
      const minutes = side === 0 ? talkM[index] : talkS[index];
      const start = new Date(day.getTime() + 9 * 3_600_000);
      push('speakerTurns', {
        ...meta(`${id}-t${side}`, at),
        meetingId: id,
        personId: owner,
        raisedAt: start.toISOString(),
        start: start.toISOString(),
        end: new Date(start.getTime() + (minutes ?? 0) * 60_000).toISOString(),
      });
      const mood = moods[index]?.[side] ?? 3;
      push('roundEntries', {
        ...meta(`${id}-in${side}`, at),
        meetingId: id,
        kind: 'check-in',
        personId: owner,
        departmentId: side === 0 ? 'marketing' : 'sales',
        mood,
      });
      push('roundEntries', {
        ...meta(`${id}-out${side}`, at),
        meetingId: id,
        kind: 'check-out',
        personId: owner,
        departmentId: side === 0 ? 'marketing' : 'sales',
        worthTime: Math.min(5, mood + 1),
        heard: mood,
      });
    });
    const [m, s] = verdicts[index] ?? [];
    if (m && s)
      push('ledgerReviews', {
        ...meta(`${id}-lr`, at),
        entryId: 'docs-ledger-1',
        meetingId: id,
        marketing: { verdict: m, note: '' },
        sales: { verdict: s, note: '' },
      });
  }
  await page.evaluate(async (rows) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('tandem');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const tx = db.transaction(Object.keys(rows), 'readwrite');
    for (const [store, list] of Object.entries(rows)) for (const row of list) tx.objectStore(store).put(row);
    await new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, stores);
  return SERIES;
}
