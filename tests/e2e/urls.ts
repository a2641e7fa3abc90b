// Real URLs the fixtures are served at (the built manifest's match patterns decide what runs).
export const FORMS_ZH = 'https://docs.google.com/forms/d/1cpgDemoFormZh0000000000000000000000000000/edit';
export const FORMS_EN = 'https://docs.google.com/forms/d/1cpgDemoFormEn0000000000000000000000000000/edit';
export const SHEETS_TOP = 'https://docs.google.com/spreadsheets/d/1cpgDemoSheet00000000000000000000000000000/edit';
export const SHARE_FRAME_PREFIX = 'https://docs.google.com/drivesharing/driveshare';
export const STUDIO_UPLOAD = 'https://studio.youtube.com/channel/UCcpgDemoChannel000000000/videos/upload?d=ud';
export const STUDIO_EDIT = 'https://studio.youtube.com/video/cpgDemoVid01/edit';
