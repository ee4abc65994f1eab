import { useState } from 'react';
import { sectionHref } from '../../app/sections';
import { useT } from '../../i18n';
import { useSession } from './session-context';

/** The header's account corner: who is signed in and a sign-out button, or a sign-in link. */
export function UserMenu() {
  const t = useT();
  const { state, signOut } = useSession();
  const [isBusy, setBusy] = useState(false);
  if (state.status === 'loading') return <span className="user-menu" />;
  if (state.status === 'anonymous') {
    return (
      <span className="user-menu">
        <a className="user-menu__link" href={sectionHref('signin')}>
          {t('auth.signIn')}
        </a>
      </span>
    );
  }
  const onSignOut = async () => {
    setBusy(true);
    try {
      await signOut();
    } catch (error) {
      console.error('Sign-out failed', error);
    } finally {
      setBusy(false);
    }
  };
  return (
    <span className="user-menu">
      <span className="user-menu__name" data-testid="user-name" title={state.me.area.name}>
        {state.me.displayName}
      </span>
      <button type="button" className="user-menu__button" onClick={onSignOut} disabled={isBusy}>
        {t('auth.signOut')}
      </button>
    </span>
  );
}
