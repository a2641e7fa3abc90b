// Real URLs the fixtures are served at (the built manifest's match patterns decide what runs).
export const FORMS_ZH = 'https://docs.google.com/forms/d/1cpgDemoFormZh0000000000000000000000000000/edit';
export const FORMS_EN = 'https://docs.google.com/forms/d/1cpgDemoFormEn0000000000000000000000000000/edit';
export const ROSTER_ID = '1SheetsRosterDemoAbCdEfGhIjKlMnOpQrStUvWx';
export const HANDOUT_ID = '1DocsHandoutDemoAbCdEfGhIjKlMnOpQrStUvWx';
export const SHEETS_TOP = `https://docs.google.com/spreadsheets/d/${ROSTER_ID}/edit`;
export const HANDOUT_TOP = `https://docs.google.com/document/d/${HANDOUT_ID}/edit`;
export const SHARE_FRAME = 'https://docs.google.com/drivesharing/driveshare';
export const STUDIO_UPLOAD_EN = 'https://studio.youtube.com/channel/UCcpgDemoChannelEn0000000/videos/upload?d=ud';
export const STUDIO_UPLOAD_ZH = 'https://studio.youtube.com/channel/UCcpgDemoChannelZh0000000/videos/upload?d=ud';
export const STUDIO_EDIT = 'https://studio.youtube.com/video/cpgDemoVid01/edit';
