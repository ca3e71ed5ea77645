import { builder } from '../builder.ts';
import { callerOf } from '../../context.ts';

builder.queryFields((t) => ({
  myDataExport: t.string({
    description: 'All data held about the signed-in user, as JSON (for download).',
    authScopes: { signedIn: true },
    // GDPR art. 15: the use case gathers account, profile, shortlists and audit entries.
    resolve: (_r, _a, ctx) => ctx.useCases.exportPersonalData(callerOf(ctx)),
  }),
}));
