import { describe, expect, test } from 'vitest';
import {
  docsEditorId,
  formsEditId,
  isDrive,
  isFormsEditor,
  isShareDialogFrame,
  isStudio,
  shareFrameItemId,
  studioVideoId,
} from '../../../src/sites/detect';

const ID = '1FAIpQLSdDemoEditId0123456789abcdefghijk';

describe('Forms editor URLs', () => {
  test.each([
    [`https://docs.google.com/forms/d/${ID}/edit`, ID],
    [`https://docs.google.com/forms/u/0/d/${ID}/edit`, ID],
    [`https://docs.google.com/forms/u/2/d/${ID}/edit#settings`, ID],
    [`https://docs.google.com/forms/d/${ID}/edit?usp=drive_web#responses`, ID],
    [`https://docs.google.com/forms/d/${ID}/edit#question=2128487999&field=108525739`, ID],
  ])('%s → editor', (url, id) => {
    expect(formsEditId(url)).toBe(id);
    expect(isFormsEditor(url)).toBe(true);
  });
  test.each([
    `https://docs.google.com/forms/d/e/${ID}/viewform`,
    `https://docs.google.com/forms/d/e/${ID}/formResponse`,
    `https://docs.google.com/forms/d/${ID}/viewanalytics`,
    `http://docs.google.com/forms/d/${ID}/edit`,
    `https://docs.google.com.evil.example/forms/d/${ID}/edit`,
    `https://docs.google.com/document/d/${ID}/edit`,
    'https://docs.google.com/forms/u/0/',
    'not a url',
  ])('%s → not an editor', (url) => expect(isFormsEditor(url)).toBe(false));
});

describe('share dialog frame', () => {
  test.each([
    `https://docs.google.com/drivesharing/driveshare?id=${ID}&foreignService=kix&command=init_share&origin=https://docs.google.com`,
    `https://drive.google.com/drivesharing/driveshare?id=${ID}`,
  ])('%s → frame', (url) => {
    expect(isShareDialogFrame(url)).toBe(true);
    expect(shareFrameItemId(url)).toBe(ID);
  });
  test.each([
    'https://docs.google.com/drivesharing/_/bscframe',
    `https://docs.google.com/spreadsheets/d/${ID}/edit`,
    'https://example.com/drivesharing/driveshare?id=x',
  ])('%s → not a frame', (url) => expect(isShareDialogFrame(url)).toBe(false));
});

describe('Docs editors and Drive', () => {
  test('editor kinds', () => {
    expect(docsEditorId(`https://docs.google.com/spreadsheets/d/${ID}/edit#gid=0`)).toEqual({ kind: 'spreadsheets', id: ID });
    expect(docsEditorId(`https://docs.google.com/document/u/1/d/${ID}/edit`)).toEqual({ kind: 'document', id: ID });
    expect(docsEditorId(`https://docs.google.com/presentation/d/${ID}/edit`)).toEqual({ kind: 'presentation', id: ID });
    expect(docsEditorId('https://docs.google.com/spreadsheets/u/0/')).toBeNull();
  });
  test('drive', () => {
    expect(isDrive('https://drive.google.com/drive/my-drive')).toBe(true);
    expect(isDrive('https://drive.google.com/drivesharing/driveshare?id=x')).toBe(false);
    expect(isDrive('https://docs.google.com/drive/')).toBe(false);
  });
});

describe('YouTube Studio', () => {
  test('studio pages', () => {
    expect(isStudio('https://studio.youtube.com/channel/UCabc/videos/upload?d=ud')).toBe(true);
    expect(isStudio('https://www.youtube.com/upload')).toBe(false);
    expect(studioVideoId('https://studio.youtube.com/video/dQw4w9WgXcQ/edit')).toBe('dQw4w9WgXcQ');
    expect(studioVideoId('https://studio.youtube.com/video/dQw4w9WgXcQ/edit/basic')).toBe('dQw4w9WgXcQ');
    expect(studioVideoId('https://studio.youtube.com/video/dQw4w9WgXcQ/analytics')).toBeNull();
  });
});
