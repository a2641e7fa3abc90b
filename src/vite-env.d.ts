/// <reference types="vite/client" />
declare module '*?script' {
  /** the built file name of a script that crxjs bundles (IIFE for *.iife.ts), for scripting.executeScript */
  const fileName: string;
  export default fileName;
}
