import { Suspense, useCallback, useEffect, useRef, useState } from 'react';
import { lazyPage } from './lazyPage';
import { lockOnReturn, onLockRequest, pinHint, revokedMark, setPinHint } from './lock-state';

// The PIN lock over the whole app (issue 17). Nothing happens on a phone where nobody set a PIN.
// With PINs: the app starts locked (a reload or a killed app asks again: the signed-in person is
// held in memory only) and locks again after the county's N minutes in the background.

const LockScreen = lazyPage<{ onUnlocked(): void }>(['security', 'sync'], () => import('../security/LockScreen'));
const RevokedScreen = lazyPage<{ onClose(): void }>(['security'], () => import('../security/RevokedScreen'));
const check = () => import('../security/lock-check');

const cover: React.CSSProperties = { position: 'fixed', inset: 0, zIndex: 100000, background: 'var(--ion-background-color, #fff)' };

export function LockGate() {
  const [locked, setLocked] = useState(pinHint);
  const hiddenAt = useRef(0);
  const lockAfter = useRef(5 * 60_000);
  const unlocked = useCallback(() => setLocked(false), []);
  const [revoked, setRevoked] = useState(revokedMark);

  useEffect(() => {
    let live = true;
    void check()
      .then(async (m) => {
        const has = await m.phoneHasPins();
        setPinHint(has);
        // Locked on a start with PINs (even when the hint was lost); open without them.
        if (live && !m.signedInNow()) setLocked(has);
        lockAfter.current = await m.lockAfterMs();
      })
      .catch(() => undefined); // storage problems are the storage banner's
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') {
        hiddenAt.current = Date.now();
        if (pinHint()) void check().then(async (m) => void (lockAfter.current = await m.lockAfterMs())).catch(() => undefined);
      } else if (pinHint() && lockOnReturn(hiddenAt.current, Date.now(), lockAfter.current)) {
        void check().then((m) => m.signOut());
        setLocked(true);
      }
    };
    document.addEventListener('visibilitychange', onVisibility);
    const off = onLockRequest(() => {
      void check().then((m) => m.signOut());
      setLocked(true);
    });
    return () => {
      live = false;
      document.removeEventListener('visibilitychange', onVisibility);
      off();
    };
  }, []);

  if (revoked)
    return (
      <div style={cover}>
        <Suspense fallback={null}>
          <RevokedScreen onClose={() => setRevoked(false)} />
        </Suspense>
      </div>
    );
  if (!locked) return null;
  return (
    <div style={cover} data-testid="lock-cover">
      <Suspense fallback={null}>
        <LockScreen onUnlocked={unlocked} />
      </Suspense>
    </div>
  );
}
