import { BOARD_MATCHES } from '../sites/hosts';

export default defineContentScript({
  matches: BOARD_MATCHES,
  runAt: 'document_idle',
  main(ctx) {
    // Apply detection and the site adapters plug in here (capture issue). The script
    // reads the open listing only: never cookies, storage or account pages.
    void ctx;
  },
});
