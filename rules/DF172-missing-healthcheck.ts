import { shippedStages } from '../src/analysis/shipped-stage';
import { defineRule } from '../src/engine/define-rule';

export default defineRule({
  id: 'DF172',
  name: 'missing-healthcheck',
  aliases: ['DL3057'],
  severity: 'info',
  enabledByDefault: false,
  fix: 'none',
  summary: 'The shipped image declares no HEALTHCHECK',
  docs: {
    why:
      'Without a health check, Docker and Swarm only know whether the process runs, not whether it ' +
      'serves. Teams that rely on `docker ps` health or Swarm rollbacks can require one.',
    invalid: ['FROM nginx:1.27\nCOPY site /usr/share/nginx/html\n'],
    valid: [
      'FROM nginx:1.27\nHEALTHCHECK CMD ["curl", "-f", "http://localhost/"]\n',
      'FROM nginx:1.27 AS base\nHEALTHCHECK NONE\n\nFROM base\nCOPY site /usr/share/nginx/html\n',
    ],
    notes:
      'Off by default, as in hadolint (Kubernetes ignores HEALTHCHECK). Only the shipped image is checked: ' +
      'the last stage and the stages it is built `FROM`. `HEALTHCHECK NONE` counts as a deliberate choice. ' +
      'A health check the base image defines cannot be seen.',
  },
  messages: {
    missing: () => 'The image has no HEALTHCHECK',
  },
  create(ctx) {
    return {
      onEnd() {
        const final = ctx.model.finalStage;
        if (!final) return;
        const has = shippedStages(ctx.model).some((s) => s.instructions.some((i) => i.type === 'Healthcheck'));
        if (!has) ctx.report({ node: final.from.image ?? final.from, messageId: 'missing' });
      },
    };
  },
});
