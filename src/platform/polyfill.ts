import browser from 'webextension-polyfill';
export default browser;
