import { useEffect, useRef } from 'react';
import { useLocation, useNavigate } from 'react-router-dom';
import type { Role } from '../../domain/records/scope';
import { HOME_OF } from './modules';

/**
 * A phone whose role has a tab of its own opens there: '/' leads to the Posyandu tab before the
 * role is read from IndexedDB, so once it is known, a start on that default page moves to the
 * role's home (desa staff → /desa). Only at start: a deep link opened later stays where it is.
 */
export function RoleLanding({ role }: { role: Role | null }) {
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const done = useRef(false);
  useEffect(() => {
    if (done.current || role === null) return;
    done.current = true;
    const home = HOME_OF[role];
    if (home && (pathname === '/' || pathname === '/posyandu')) navigate(home, { replace: true });
  }, [role, pathname, navigate]);
  return null;
}
