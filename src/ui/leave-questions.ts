/**
 * Leaving that is no navigation, such as signing out: the router's blocker never sees it, so each
 * guard (LeaveGuard) holding work that leaving would lose registers its question here too.
 */
export type LeaveQuestion = () => Promise<boolean>;

const questions = new Set<LeaveQuestion>();
let agreed = false;

/** Registers `question`, to be asked before leaving; answers its removal. */
export function addLeaveQuestion(question: LeaveQuestion): () => void {
  questions.add(question);
  return () => void questions.delete(question);
}

/**
 * Asks every registered question in turn, stopping at the first Stay. True when the admin agreed to
 * leave, or nothing needed asking: the page may then unload without the browser asking again.
 */
export async function confirmLeaving(): Promise<boolean> {
  for (const question of [...questions]) if (!(await question())) return false;
  agreed = true;
  return true;
}

/** Whether the admin agreed to leave, so closing the page need not ask again. */
export function leavingAgreed(): boolean {
  return agreed;
}

/** The departure agreed to did not happen (a sign-out that failed): the guards ask again. */
export function stayedAfterAll(): void {
  agreed = false;
}
