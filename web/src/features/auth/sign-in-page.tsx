import { type FormEvent, useState } from 'react';
import { type MessageRef, useT } from '../../i18n';
import { useSession } from './session-context';
import { signInErrorMessage } from './sign-in-error';
import './auth.css';

interface SignInPageProps {
  /** Called once the session exists (e.g. to go to the work section). */
  onSignedIn?: () => void;
}

/** 登录: username and password; the session then lives in an httpOnly cookie the API set. */
export function SignInPage({ onSignedIn }: SignInPageProps) {
  const t = useT();
  const { signIn } = useSession();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [isBusy, setBusy] = useState(false);
  const [error, setError] = useState<MessageRef | null>(null);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (username.trim() === '' || password === '') {
      setError({ key: 'auth.error.missing' });
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await signIn(username.trim(), password);
      onSignedIn?.();
    } catch (caught) {
      setError(signInErrorMessage(caught));
      setPassword('');
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="sign-in" aria-labelledby="sign-in-title">
      <form className="sign-in__card" onSubmit={submit} noValidate>
        <h1 id="sign-in-title" className="sign-in__title">
          {t('auth.title')}
        </h1>
        <p className="sign-in__hint">{t('auth.hint')}</p>
        <label className="sign-in__field">
          <span>{t('auth.username')}</span>
          <input
            name="username"
            autoComplete="username"
            value={username}
            onChange={(event) => setUsername(event.target.value)}
            required
          />
        </label>
        <label className="sign-in__field">
          <span>{t('auth.password')}</span>
          <input
            name="password"
            type="password"
            autoComplete="current-password"
            value={password}
            onChange={(event) => setPassword(event.target.value)}
            required
          />
        </label>
        {error && (
          <p className="sign-in__error" role="alert" data-testid="sign-in-error">
            {t(error.key, error.params)}
          </p>
        )}
        <button type="submit" className="button button--primary sign-in__submit" disabled={isBusy}>
          {isBusy ? t('auth.signingIn') : t('auth.signIn')}
        </button>
      </form>
    </section>
  );
}
