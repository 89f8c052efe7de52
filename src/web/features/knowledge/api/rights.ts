import { mayMaintainKnowledge } from '../../../../domain/knowledge/rights';
import { subjectOf, useSession } from '../../auth';

/** May the signed-in person maintain good practices (the server's own rule, domain/knowledge/rights)? */
export function useMayMaintainKnowledge(): { known: boolean; may: boolean; signedIn: boolean } {
  const session = useSession();
  if (session.state !== 'ready') return { known: session.state === 'error', may: false, signedIn: false };
  const subject = subjectOf(session.data);
  return { known: true, may: mayMaintainKnowledge(subject), signedIn: subject.kind === 'user' };
}
