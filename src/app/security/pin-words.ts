import { t } from '../i18n';
import { pinProblem } from '../../domain/security/pin-rules';
import { PersonError } from '../../data/security/people';

/** The words for a PIN typed twice: null when it may be saved. */
export function newPinProblem(pin: string, again: string): string | null {
  const p = pinProblem(pin);
  if (p) return t(`security.pin.${p}`);
  if (pin !== again) return t('security.pin.mismatch');
  return null;
}

export function personErrorWords(err: unknown): string | null {
  if (!(err instanceof PersonError)) return null;
  switch (err.problem) {
    case 'nameMissing':
      return t('security.people.nameMissing');
    case 'nameTaken':
      return t('security.people.nameTaken');
    case 'short':
    case 'long':
    case 'digits':
      return t(`security.pin.${err.problem}`);
    default:
      return null;
  }
}
