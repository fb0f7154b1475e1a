import { signalKindVocabulary } from '../../domain/signals/vocabulary.ts';
import { requireUser } from '../auth/sessionUser.ts';
import type { Routes } from './index.ts';

export const vocabularyRoutes: Routes = (app) => {
  app.get('/vocabulary/signal-kinds', {
    schema: { tags: ['signals'], summary: 'The fixed vocabulary of signal kinds, in Dutch and English' },
    config: { policy: 'authenticated' },
  }, async (request) => {
    requireUser(request);
    return signalKindVocabulary;
  });
};
