import { render } from 'preact';

function Options() {
  return <main><h1>校園個資守門員 Campus Privacy Guard</h1></main>;
}
render(<Options />, document.getElementById('app')!);
