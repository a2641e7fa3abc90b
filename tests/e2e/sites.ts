// Serves the bundled demo pages at their real URLs (used by the e2e tests and the demo script).
import { fixture, type Harness } from './harness';
import * as U from './urls';

export async function serveDemoPages(h: Harness): Promise<void> {
  await h.serve(U.FORMS_ZH, 'tests/fixtures/forms/e2e-editor-zh.html');
  await h.serve(U.FORMS_EN, 'tests/fixtures/forms/e2e-editor-en.html');
  await h.serve(U.SHEETS_TOP, 'tests/fixtures/share/e2e-sheets-top.html');
  // The handout lives in a Docs editor whose share frame carries its own id.
  await h.serve(U.HANDOUT_TOP, () =>
    fixture('tests/fixtures/share/e2e-sheets-top.html').replaceAll(U.ROSTER_ID, U.HANDOUT_ID).replaceAll('foreignService=ritz', 'foreignService=kix'),
  );
  await h.serve(U.SHARE_FRAME, (url) =>
    fixture(
      url.searchParams.get('id') === U.HANDOUT_ID
        ? 'tests/fixtures/share/e2e-frame-handout-en.html'
        : 'tests/fixtures/share/e2e-frame-roster-zh.html',
    ),
  );
  await h.serve(U.STUDIO_UPLOAD_EN, 'tests/fixtures/studio/e2e-upload-en.html');
  await h.serve(U.STUDIO_UPLOAD_ZH, 'tests/fixtures/studio/e2e-upload-zh.html');
  await h.serve(U.STUDIO_EDIT, 'tests/fixtures/studio/e2e-edit-en.html');
}
