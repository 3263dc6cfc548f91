import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { MenuCommand } from '../../electron/shared/ipc-contract';
import { err, ok, type Result } from '../../electron/shared/result';
import { exportMeetingJson, parseExchange, type MeetingRecords } from '../../renderer/domain/exchange/format';
import type { OutgoingFile, Platform, SavedFile } from '../../renderer/platform/platform';
import { createWebPlatform } from '../../renderer/platform/web';
import { emptyDraft } from '../../renderer/features/conflicts/labels';
import { useExportUi } from '../../renderer/state/export-ui';
import { ids, sampleMeeting } from '../unit/domain/exchange-fixture';
import { renderApp } from './render-app';

const initialExportUi = useExportUi.getState();
afterEach(() => useExportUi.setState(initialExportUi, true));

const STEM = 'Q1 joint strategy-2026-12-01';

/**
 * The sample meeting with agenda notes of its own and a relationship issue Ben raised; with
 * `rationale`, the first decision's rationale (text the PDF writer's fonts may not set).
 */
function meetingRecords(rationale?: string): MeetingRecords {
  const records = sampleMeeting();
  const [decision] = records.decisions;
  if (decision && rationale !== undefined) decision.rationale = rationale;
  const [item] = records.agendaItems;
  const [point] = records.conflictPoints;
  if (!item || !point) throw new Error('the fixture changed');
  item.notes = 'Pipeline needs a bigger share';
  records.conflictPoints.push({
    ...point,
    id: 'aaaaaaaa-0000-4000-8000-000000000099',
    statement: 'Sales feels overruled',
    level: 'relationship',
    category: 'recognition-blame',
    raisedByDepartmentId: undefined,
    raisedByPersonId: ids.ben,
    status: 'open',
    resolution: '',
    decisionId: undefined,
  });
  return records;
}

/** The web platform with saving and printing recorded (and answered as `answers` says). */
function recordingPlatform(answers: Partial<Pick<Platform, 'saveFile' | 'printDocument'>> = {}) {
  const web = createWebPlatform();
  const listeners = new Set<(command: MenuCommand) => void>();
  const platform: Platform = {
    ...web,
    saveFile: vi.fn(answers.saveFile ?? (async (file: OutgoingFile) => ok({ path: file.name, bytes: 1 }))),
    printDocument: vi.fn(answers.printDocument ?? (async () => ok(null))),
    onMenuCommand(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  const send = (command: MenuCommand) => listeners.forEach((listener) => listener(command));
  return { platform, send };
}

/** A rationale in Hindi: the PDF writer cannot shape Devanagari, so the minutes are printed. */
const HINDI = 'Agreed with the Mumbai office (मुंबई कार्यालय).';
/** Chinese, Arabic, Hebrew and emoji: set by the PDF writer with its Noto fallback faces. */
const WORLD = 'Agreed with 上海办公室, فريق التسويق and צוות המכירות 👍';

async function openPrepare(platform: Platform, language: 'en' | 'de' = 'en', rationale?: string) {
  const app = renderApp({ platform });
  const parsed = parseExchange(exportMeetingJson(meetingRecords(rationale), '2026-12-02T08:00:00.000Z'));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  await app.workspace.exchange.importMeeting(parsed.value, 'update');
  if (language === 'de') await app.workspace.settings.setLanguage('de');
  window.location.hash = `#/meetings/${ids.meeting}`;
  await screen.findByRole('heading', { level: 1, name: 'Q1 joint strategy' });
  return app;
}

async function openDialog(app: Awaited<ReturnType<typeof openPrepare>>, name = 'Export minutes') {
  await app.user.click(screen.getByRole('button', { name }));
  const dialog = await screen.findByRole('dialog', { name });
  await within(dialog).findByTitle(/Preview of the minutes|Vorschau des Protokolls/);
  return dialog;
}

function preview(dialog: HTMLElement): string {
  const frame = dialog.querySelector('iframe');
  if (!frame) throw new Error('no preview');
  return frame.getAttribute('srcdoc') ?? '';
}

function savedFile(platform: Platform, call = 0): OutgoingFile {
  const file = vi.mocked(platform.saveFile).mock.calls[call]?.[0];
  if (!file) throw new Error(`saveFile was not called ${call + 1} times`);
  return file;
}

const text = (data: OutgoingFile['data']) =>
  typeof data === 'string' ? data : new TextDecoder().decode(data);

describe('Export minutes: the preview', () => {
  it('shows the minutes in an empty sandbox, with the decisions, in the meeting language', async () => {
    const app = await openPrepare(recordingPlatform().platform);
    const dialog = await openDialog(app);
    const frame = dialog.querySelector('iframe');
    expect(frame?.getAttribute('sandbox')).toBe('');
    expect(preview(dialog)).toContain('<h1>Minutes: Q1 joint strategy</h1>');
    expect(preview(dialog)).toContain('D-1: Budget split 60/40');
    expect(preview(dialog)).not.toContain('<script');
  });

  it('follows the options: language, anonymous relationship issues, notes', async () => {
    const app = await openPrepare(recordingPlatform().platform);
    const dialog = await openDialog(app);
    expect(preview(dialog)).toContain('not recorded in the minutes');
    expect(preview(dialog)).toContain('Pipeline needs a bigger share');

    await app.user.click(within(dialog).getByRole('checkbox', { name: 'Relationship issues anonymous' }));
    await waitFor(() => expect(preview(dialog)).not.toContain('not recorded in the minutes'));
    expect(preview(dialog)).toMatch(/Sales feels overruled[\s\S]*Ben Sales/);

    await app.user.click(within(dialog).getByRole('checkbox', { name: 'Notes per agenda item' }));
    await waitFor(() => expect(preview(dialog)).not.toContain('Pipeline needs a bigger share'));

    await app.user.selectOptions(
      within(dialog).getByRole('combobox', { name: 'Language of the minutes' }),
      'de',
    );
    await waitFor(() => expect(preview(dialog)).toContain('<h1>Protokoll: Q1 joint strategy</h1>'));
    expect(preview(dialog)).toContain('Entscheidungsregister');
  });
});

describe('Export minutes: saving each format', () => {
  const TYPE = {
    markdown: 'text/markdown;charset=utf-8',
    csv: 'text/csv;charset=utf-8',
  };

  it.each([
    [
      'Markdown',
      `${STEM}-minutes.md`,
      TYPE.markdown,
      ['# Minutes: Q1 joint strategy', 'D-1: Budget split 60/40'],
    ],
    ['HTML', `${STEM}-minutes.html`, 'text/html;charset=utf-8', ['<!doctype html>', 'Budget split 60/40']],
    [
      'Decision register (CSV)',
      `${STEM}-decisions.csv`,
      TYPE.csv,
      ['\uFEFFNumber,Meeting', 'D-1,Q1 joint strategy'],
    ],
    [
      'Action items (CSV)',
      `${STEM}-action-items.csv`,
      TYPE.csv,
      ['\uFEFFWhat,Owner', 'Draft the brief,Anna Marketing'],
    ],
    [
      'Calendar of due dates (ICS)',
      `${STEM}-due-dates.ics`,
      'text/calendar;charset=utf-8',
      ['BEGIN:VEVENT', 'SUMMARY:Action: Draft the brief'],
    ],
    [
      'Meeting file (JSON)',
      `${STEM}.tandem.json`,
      'application/json',
      ['"format": "tandem.meeting"', 'Budget split 60/40'],
    ],
  ])('saves %s as %s', async (format, name, mimeType, contents) => {
    const { platform } = recordingPlatform();
    const app = await openPrepare(platform);
    const dialog = await openDialog(app);
    await app.user.click(within(dialog).getByRole('radio', { name: format }));
    await app.user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(await within(dialog).findByText(`Saved ${name}`)).toBeTruthy();
    const file = savedFile(platform);
    expect(file).toMatchObject({ name, mimeType });
    expect(file.filters[0]?.name).toBe(format);
    for (const content of contents) expect(text(file.data)).toContain(content);
  });

  it('saves Word as a DOCX package', async () => {
    const { platform } = recordingPlatform();
    const app = await openPrepare(platform);
    const dialog = await openDialog(app);
    await app.user.click(within(dialog).getByRole('radio', { name: 'Word (DOCX)' }));
    await app.user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(await within(dialog).findByText(`Saved ${STEM}-minutes.docx`)).toBeTruthy();
    const file = savedFile(platform);
    expect(file.mimeType).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(file.data).toBeInstanceOf(Uint8Array);
    expect(text(file.data).slice(0, 2)).toBe('PK');
  });

  it('saves the PDF Tandem sets as a file, and names the file the shell saved', async () => {
    const { platform } = recordingPlatform({
      saveFile: async () => ok({ path: '/home/ana/Protokoll final.pdf', bytes: 2000 }),
    });
    const app = await openPrepare(platform);
    const dialog = await openDialog(app);
    expect(within(dialog).getByRole('radio', { name: 'PDF' })).toHaveProperty('checked', true);
    await app.user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(await within(dialog).findByText('Saved Protokoll final.pdf')).toBeTruthy();
    const file = savedFile(platform);
    expect(file.name).toBe(`${STEM}-minutes.pdf`);
    expect(file.mimeType).toBe('application/pdf');
    expect(file.filters).toEqual([{ name: 'PDF', extensions: ['pdf'] }]);
    expect(text(file.data).slice(0, 5)).toBe('%PDF-');
    expect(platform.printDocument).not.toHaveBeenCalled();
  });

  it('prints the PDF from the same HTML as the preview when its text needs the browser engine', async () => {
    const { platform } = recordingPlatform({
      printDocument: async () => ok({ path: '/home/ana/Protokoll final.pdf', bytes: 2000 }),
    });
    const app = await openPrepare(platform, 'en', HINDI);
    const dialog = await openDialog(app);
    await app.user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(await within(dialog).findByText('Saved Protokoll final.pdf')).toBeTruthy();
    const printed = vi.mocked(platform.printDocument).mock.calls[0]?.[0];
    expect(printed?.name).toBe(`${STEM}-minutes.pdf`);
    expect(printed?.html).toContain('D-1: Budget split 60/40');
    expect(printed?.html).toContain('मुंबई कार्यालय');
    expect(platform.saveFile).not.toHaveBeenCalled();
  });

  it('sets Chinese, Arabic, Hebrew and emoji in the PDF file itself, with no note', async () => {
    const { platform } = recordingPlatform();
    const app = await openPrepare(platform, 'en', WORLD);
    const dialog = await openDialog(app);
    await app.user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(await within(dialog).findByText(`Saved ${STEM}-minutes.pdf`)).toBeTruthy();
    expect(text(savedFile(platform).data)).toMatch(/NotoSansSC-Regular[\s\S]*NotoSansArabic-Regular/);
    expect(within(dialog).queryByRole('note')).toBeNull();
    expect(platform.printDocument).not.toHaveBeenCalled();
  });

  it('names the script the PDF cannot set before saving, and offers Word and HTML', async () => {
    const { platform } = recordingPlatform();
    const app = await openPrepare(platform, 'en', HINDI);
    const dialog = await openDialog(app);
    const note = await within(dialog).findByRole('note');
    expect(note.textContent).toContain('The PDF cannot set some of the text in these minutes (Devanagari).');
    await app.user.click(within(note).getByRole('button', { name: 'Choose Word (DOCX)' }));
    expect(within(dialog).getByRole('radio', { name: 'Word (DOCX)' })).toHaveProperty('checked', true);
    expect(within(dialog).queryByRole('note')).toBeNull();
    await app.user.click(within(dialog).getByRole('radio', { name: 'PDF' }));
    await app.user.click(
      within(await within(dialog).findByRole('note')).getByRole('button', { name: 'Choose HTML' }),
    );
    expect(within(dialog).getByRole('radio', { name: 'HTML' })).toHaveProperty('checked', true);
  });

  it('says the browser print dialog is open when the PDF is printed there', async () => {
    const { platform } = recordingPlatform();
    const app = await openPrepare(platform, 'en', HINDI);
    const dialog = await openDialog(app);
    await app.user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(await within(dialog).findByText(/The print dialog is open/)).toBeTruthy();
  });

  it('names files in the language of the minutes', async () => {
    const { platform } = recordingPlatform();
    const app = await openPrepare(platform);
    const dialog = await openDialog(app);
    await app.user.selectOptions(
      within(dialog).getByRole('combobox', { name: 'Language of the minutes' }),
      'de',
    );
    await app.user.click(within(dialog).getByRole('radio', { name: 'Decision register (CSV)' }));
    await app.user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(await within(dialog).findByText(`Saved ${STEM}-Entscheidungen.csv`)).toBeTruthy();
    expect(text(savedFile(platform).data)).toContain('\uFEFFNummer;Besprechung');
  });
});

describe('Export minutes: the choices while the dialog is open', () => {
  it('keeps every choice while the meeting changes behind it; a new opening starts afresh', async () => {
    const { platform } = recordingPlatform();
    const app = await openPrepare(platform);
    let dialog = await openDialog(app);
    const language = () => within(dialog).getByRole('combobox', { name: 'Language of the minutes' });
    await app.user.selectOptions(language(), 'de');
    await app.user.click(within(dialog).getByRole('checkbox', { name: 'Relationship issues anonymous' }));
    await app.user.click(within(dialog).getByRole('checkbox', { name: 'Notes per agenda item' }));
    await app.user.click(within(dialog).getByRole('radio', { name: 'Action items (CSV)' }));

    // Another window logs a point: the preview follows, the choices stay.
    const logged = await app.workspace.conflicts.log(ids.meeting, {
      ...emptyDraft(undefined),
      statement: 'Booth budget is still open',
      level: 'content',
    });
    expect(logged.ok).toBe(true);
    await waitFor(() => expect(preview(dialog)).toContain('Booth budget is still open'));
    expect(language()).toHaveProperty('value', 'de');
    expect(within(dialog).getByRole('checkbox', { name: 'Relationship issues anonymous' })).toHaveProperty(
      'checked',
      false,
    );
    expect(within(dialog).getByRole('checkbox', { name: 'Notes per agenda item' })).toHaveProperty(
      'checked',
      false,
    );
    await app.user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(await within(dialog).findByText(`Saved ${STEM}-Aufgaben.csv`)).toBeTruthy();
    expect(text(savedFile(platform).data)).toMatch(/^\uFEFFWas;Verantwortlich;/);

    await app.user.click(within(dialog).getByRole('button', { name: 'Close' }));
    dialog = await openDialog(app);
    expect(language()).toHaveProperty('value', 'en');
    expect(within(dialog).getByRole('radio', { name: 'PDF' })).toHaveProperty('checked', true);
  });
});

describe('Export minutes: failures and cancelling', () => {
  it('reports a file that could not be written, and clears the message when the user cancels', async () => {
    const saveFile = vi
      .fn<Platform['saveFile']>()
      .mockResolvedValueOnce(err({ code: 'write-failed' }))
      .mockResolvedValueOnce(err({ code: 'cancelled' }));
    const { platform } = recordingPlatform({ saveFile });
    const app = await openPrepare(platform);
    const dialog = await openDialog(app);
    await app.user.click(within(dialog).getByRole('radio', { name: 'Markdown' }));
    await app.user.click(within(dialog).getByRole('button', { name: 'Save' }));
    const status = within(dialog).getByRole('status');
    await waitFor(() =>
      expect(status.textContent).toBe(`${STEM}-minutes.md could not be saved. Please try again.`),
    );
    await app.user.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(saveFile).toHaveBeenCalledTimes(2));
    await waitFor(() => expect(status.textContent).toBe(''));
  });

  it('reports a printed PDF that could not be made', async () => {
    const { platform } = recordingPlatform({ printDocument: async () => err({ code: 'print-failed' }) });
    const app = await openPrepare(platform, 'en', HINDI);
    const dialog = await openDialog(app);
    await app.user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(await within(dialog).findByText('The PDF could not be made. Please try again.')).toBeTruthy();
  });

  it('reports a PDF file that could not be written', async () => {
    const { platform } = recordingPlatform({ saveFile: async () => err({ code: 'write-failed' }) });
    const app = await openPrepare(platform);
    const dialog = await openDialog(app);
    await app.user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(
      await within(dialog).findByText(`${STEM}-minutes.pdf could not be saved. Please try again.`),
    ).toBeTruthy();
    expect(platform.printDocument).not.toHaveBeenCalled();
  });
});

describe('Export minutes in German', () => {
  it('offers the dialog, its options and its statuses in German', async () => {
    const saveFile = vi.fn<Platform['saveFile']>().mockResolvedValueOnce(err({ code: 'write-failed' }));
    const { platform } = recordingPlatform({ saveFile });
    const app = await openPrepare(platform, 'de');
    const dialog = await openDialog(app, 'Protokoll exportieren');
    expect(within(dialog).getByRole('checkbox', { name: 'Beziehungsebene anonym' })).toHaveProperty(
      'checked',
      true,
    );
    expect(within(dialog).getByRole('checkbox', { name: 'Notizen je Tagesordnungspunkt' })).toBeTruthy();
    // The minutes keep the meeting's language (English) until the user picks another.
    expect(preview(dialog)).toContain('<h1>Minutes: Q1 joint strategy</h1>');
    await app.user.click(within(dialog).getByRole('radio', { name: 'Aufgaben (CSV)' }));
    await app.user.click(within(dialog).getByRole('button', { name: 'Speichern' }));
    expect(
      await within(dialog).findByText(
        `${STEM}-action-items.csv konnte nicht gespeichert werden. Bitte versuchen Sie es erneut.`,
      ),
    ).toBeTruthy();
  });
});

describe('Export minutes in German: what the PDF cannot set', () => {
  it('names the script and offers Word and HTML in German', async () => {
    const { platform } = recordingPlatform();
    const app = await openPrepare(platform, 'de', HINDI);
    const dialog = await openDialog(app, 'Protokoll exportieren');
    const note = await within(dialog).findByRole('note');
    expect(note.textContent).toContain(
      'Einen Teil des Textes dieses Protokolls kann das PDF nicht setzen (Devanagari).',
    );
    expect(within(note).getByRole('button', { name: 'Word (DOCX) wählen' })).toBeTruthy();
    expect(within(note).getByRole('button', { name: 'HTML wählen' })).toBeTruthy();
  });
});

describe('Export minutes: while a file is saved', () => {
  it('keeps the focus on Save, ignores another click, and still closes on Escape', async () => {
    let answer: (result: Result<SavedFile>) => void = () => undefined;
    const pending = new Promise<Result<SavedFile>>((resolve) => {
      answer = resolve;
    });
    const { platform } = recordingPlatform({ saveFile: () => pending });
    const app = await openPrepare(platform);
    const dialog = await openDialog(app);
    await app.user.click(within(dialog).getByRole('radio', { name: 'Markdown' }));
    const save = within(dialog).getByRole('button', { name: 'Save' });
    await app.user.click(save);
    await waitFor(() => expect(save.getAttribute('aria-disabled')).toBe('true'));
    expect(save).toHaveProperty('disabled', false);
    expect(document.activeElement).toBe(save);
    expect(within(dialog).getByRole('status').textContent).toBe('Saving…');

    await app.user.click(save);
    expect(platform.saveFile).toHaveBeenCalledTimes(1);

    await app.user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Export minutes' })).toBeNull());
    answer(ok({ path: 'minutes.md', bytes: 1 }));
  });
});

describe('Export minutes from the run screen and the menu', () => {
  it('is offered on the run screen of an ended meeting', async () => {
    const { platform } = recordingPlatform();
    const app = await openPrepare(platform);
    window.location.hash = `#/meetings/${ids.meeting}/run`;
    await screen.findByText(/Budget split 60\/40/);
    const dialog = await openDialog(app);
    expect(preview(dialog)).toContain('Q1 joint strategy');
  });

  it('opens for the meeting on screen from the application menu, and asks for a meeting elsewhere', async () => {
    const { platform, send } = recordingPlatform();
    const app = await openPrepare(platform);
    send('export-minutes');
    const dialog = await screen.findByRole('dialog', { name: 'Export minutes' });
    await waitFor(() => expect(preview(dialog)).toContain('Budget split 60/40'));
    await app.user.click(within(dialog).getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog')).toBeNull();

    window.location.hash = '#/meetings';
    await screen.findByRole('heading', { level: 1, name: 'Meetings' });
    send('export-minutes');
    const notice = await screen.findByRole('dialog', { name: 'Export minutes' });
    expect(within(notice).getByText(/Open a meeting first/)).toBeTruthy();
    expect(notice.querySelector('iframe')).toBeNull();
  });
});
