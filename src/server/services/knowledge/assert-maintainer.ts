import { mayMaintainKnowledge } from '../../../domain/knowledge/rights';
import { DomainError } from '../../../domain/shared/errors';
import type { Actor } from '../../auth/actor';

/** The good-practice library is maintained by redacteuren and beheerders (domain/knowledge/rights.ts). */
export function assertMaintainer(actor: Actor): void {
  if (!mayMaintainKnowledge(actor))
    throw new DomainError(
      'FORBIDDEN',
      'Goede praktijken worden bijgehouden door redacteuren en beheerders van een programma; u kunt ze wel lezen.',
      { reason: 'knowledge-maintainer' },
    );
}
